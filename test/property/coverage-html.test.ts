/**
 * The coverage webview shows text from the document and from clause packs, which may be hostile.
 * Property: whatever that text is, the page has the same markup as with plain text in its place
 * (no character that could open a tag, close an attribute or start a template gets through
 * unescaped), the strict Content Security Policy is intact, and there is exactly one script.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { coverageViewHtml as coverageHtml, type CoverageViewModel } from '../../server/src/reporters/coverage-view-html';
import type { Coverage, CoverageItem } from '../../server/src/engine/coverage';
import type { Status } from '../../server/src/engine/types';
import { anyString } from './arbitraries';
import { params } from './config';

const CANARIES = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' onclick='x'", '</style><style>*{}', '`${1}`', '<!--', ']]>', '&amp;', '\u2028'];
const hostile: fc.Arbitrary<string> = fc.oneof(anyString(30), fc.constantFrom(...CANARIES), fc.tuple(anyString(10), fc.constantFrom(...CANARIES), anyString(10)).map((p) => p.join('')));
const STATUSES: Status[] = ['present', 'weak', 'below-threshold', 'wrong-party', 'negated', 'missing', 'accepted'];

const item: fc.Arbitrary<CoverageItem> = fc
  .record({
    id: hostile,
    title: hostile,
    status: fc.constantFrom(...STATUSES),
    statusLabel: hostile,
    severity: fc.constantFrom('error', 'warning', 'info') as fc.Arbitrary<CoverageItem['severity']>,
    party: fc.constantFrom('provider', 'customer', 'both') as fc.Arbitrary<CoverageItem['party']>,
    message: hostile,
    rationale: hostile,
    citation: fc.record({ label: hostile, url: hostile, verified: fc.boolean() }),
    controls: hostile,
    evidence: fc.array(fc.record({ line: fc.nat(), endLine: fc.nat(), start: fc.nat(), end: fc.nat(), text: hostile, status: fc.constantFrom(...STATUSES), reason: hostile }), { maxLength: 3 }),
    suppression: fc.option(fc.record({ reason: hostile, line: fc.nat() }), { nil: undefined }),
  })
  .map(({ suppression, ...rest }) => ({ ...rest, ...(suppression ? { suppression } : {}) }));

const coverage: fc.Arbitrary<Coverage> = fc.record({
  isContract: fc.boolean(),
  parties: fc.record({ provider: hostile, customer: hostile }),
  score: fc.record({ met: fc.nat(), total: fc.nat(), percent: fc.option(fc.nat(100), { nil: undefined }) }),
  counts: fc.constant(Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>),
  groups: fc.array(
    fc.record({ heading: fc.stringMatching(/^[a-z][a-z-]{0,20}$/), title: hostile, items: fc.array(item, { maxLength: 3 }), score: fc.record({ met: fc.nat(), total: fc.nat(), percent: fc.constant(undefined) }) }),
    { maxLength: 3 },
  ),
});

const model: fc.Arbitrary<CoverageViewModel> = fc.oneof(
  fc.record({ documentName: hostile, coverage }),
  fc.record({ documentName: hostile, notChecked: hostile }),
);

/** The same model with every free-text field replaced by "x" (an empty one stays empty: optional lines such as "Also:" depend on it). */
function plain<T>(value: T, key = ''): T {
  if (typeof value === 'string') return (['status', 'severity', 'party', 'heading'].includes(key) || value === '' ? value : 'x') as T;
  if (Array.isArray(value)) return value.map((v) => plain(v)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v, k)])) as T;
  return value;
}

const MARKUP = ['<', '>', '"', "'", '`'];
const count = (html: string, c: string): number => html.split(c).length - 1;

describe('coverage view HTML properties', function () {
  this.timeout(60_000);

  it('escapes every text from the document and the packs: the markup is that of plain text', () => {
    fc.assert(
      fc.property(model, fc.base64String({ minLength: 24, maxLength: 24 }), (m, nonce) => {
        const html = coverageHtml(m, nonce);
        const reference = coverageHtml(plain(m), nonce);
        for (const c of MARKUP) assert.equal(count(html, c), count(reference, c), `${JSON.stringify(c)} leaked from the text`);
        assert.equal(count(html, '<script'), 1);
        assert.equal(count(html, '</script>'), 1);
        assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">`));
        // The page itself loads nothing (hostile text may read "src=", but only as escaped text).
        assert.doesNotMatch(reference, /\bsrc=|<link|@import|url\(|<iframe|<img|<object|<embed/i);
        assert.doesNotMatch(html, /<(?:img|iframe|object|embed|link)\b/i);
      }),
      params(300),
    );
  });
});
