/**
 * Clause-pack terms are data, never regular expressions. Properties: any term string (regex
 * metacharacters, very long, any Unicode, invalid UTF-16) compiles; its metacharacters match only
 * themselves; hits are well-formed; and matching stays linear on text built to make a
 * backtracking matcher explode (long runs of the term's own prefix, separators and word
 * characters, which is where the `[\s-]?` joins and the `\p{L}*` wildcard could backtrack).
 */
import { strict as assert } from 'node:assert';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { termProblem } from '../../server/src/engine/catalog/terms-check';
import { termSet, TermSet } from '../../server/src/engine/terms';
import { anyString, codeUnit } from './arbitraries';
import { params } from './config';

const META = ['.', '*', '+', '?', '|', '(', ')', '[', ']', '{', '}', '^', '$', '\\', '/', '-', '&'];

const termChar = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') },
  { weight: 2, arbitrary: fc.constantFrom(' ', '-', '  ', '\t') },
  { weight: 2, arbitrary: fc.constantFrom(...META) },
  { weight: 1, arbitrary: fc.constantFrom('é', 'ß', 'İ', 'ﬁ', 'Ω', '合', '😀', '\u0301', '\uD800', '\u0000') },
  { weight: 1, arbitrary: codeUnit },
);
/** Term strings as an author (or an attacker) might write them. */
const term: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: termChar, minLength: 1, maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: termChar, minLength: 200, maxLength: 2000 }) },
  { weight: 1, arbitrary: anyString(40) },
);
const terms = fc.array(term, { minLength: 1, maxLength: 6 });

function assertHits(set: TermSet, text: string, base: number): void {
  const hits = set.find(text, base);
  let last = -1;
  for (const h of hits) {
    assert.ok(h.start >= base && h.end <= base + text.length && h.start < h.end, `hit ${h.start}-${h.end} outside the text`);
    assert.equal(h.term, text.slice(h.start - base, h.end - base));
    assert.ok(h.start >= last, 'hits are sorted');
    last = h.start;
  }
  assert.equal(set.test(text), hits.length > 0, 'test() agrees with find()');
}

/**
 * Text that tempts a backtracking matcher: the term's first word repeated with every separator
 * the compiled pattern accepts, long word-character runs for the wildcard, and near misses.
 */
function adversarialTexts(t: string): string[] {
  const words = t.trim().split(/[\s-]+/).filter(Boolean);
  const first = words[0] ?? 'a';
  const prefix = t.slice(0, Math.max(1, t.length - 1));
  const n = Math.max(200, Math.floor(60_000 / Math.max(1, t.length)));
  return [
    `${first} `.repeat(n) + '!',
    `${first}-`.repeat(n) + '!',
    `${first}- `.repeat(n),
    `${prefix}`.repeat(n) + '\u0000',
    `x${first}`.repeat(n),
    'x' + `${first}`.repeat(n),
    `${words.join(' ')} `.repeat(n).slice(0, -1) + 'x',
    'é'.repeat(60_000) + '1',
    'ab '.repeat(20_000) + 'ingsededs'.repeat(2_000),
  ];
}

/**
 * A bound for a scan of ~60 000 characters. A linear scan takes a few milliseconds; catastrophic
 * backtracking takes seconds to years. The bound is two orders of magnitude above linear so a
 * busy machine cannot trip it, and far below what super-linear matching would take.
 */
const LINEAR_SCAN_BOUND_MS = 1500;

describe('term compilation properties', function () {
  this.timeout(120_000);

  it('compiles any term strings and reports well-formed hits', () => {
    fc.assert(
      fc.property(terms, anyString(300), fc.nat(1000), (ts, text, base) => {
        const set = new TermSet(ts);
        assertHits(set, text, base);
        assertHits(set, ts.join(' '), 0);
      }),
      params(400),
    );
  });

  it('reads regex metacharacters in a term literally', () => {
    const wordy = fc.string({ unit: fc.constantFrom(...'abcdefgh'), minLength: 2, maxLength: 6 });
    fc.assert(
      fc.property(wordy, fc.constantFrom(...META.filter((m) => m !== '-' && m !== '*')), wordy, (left, meta, right) => {
        const set = new TermSet([`${left}${meta}${right}`]);
        for (const text of [`${left}${right}`, `${left}x${right}`, `${left}${meta}${meta}${right}`, left, right, `${left}${meta}`]) {
          for (const h of set.find(text)) assert.ok(h.term.includes(meta), `"${left}${meta}${right}" matched "${h.term}" in "${text}"`);
        }
        assert.equal(set.test(`x ${left}${meta}${right} x`), true, 'the literal term is found');
      }),
      params(200),
    );
  });

  it('matches a multi-word term across any white space: a CRLF line break, tabs, blanks left by masked emphasis', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcdefghij'), minLength: 2, maxLength: 8 });
    const gap = fc.constantFrom('\r\n', '\n', '\r', '  ', '\t', ' \r\n   ', '    ', '-');
    fc.assert(
      fc.property(word, word, gap, (a, b, sep) => {
        assert.equal(new TermSet([`${a} ${b}`]).test(`x ${a}${sep}${b} x`), true, JSON.stringify(`${a}${sep}${b}`));
      }),
      params(200),
    );
  });

  it('never matches a word that does not start like the term', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abdegins'), minLength: 1, maxLength: 6 });
    // Text words: random ones, the term's inflections, and the bare endings the compiler adds.
    const textWords = (t: string): fc.Arbitrary<string[]> =>
      fc.array(fc.oneof(word, fc.constantFrom(`${t}s`, `${t}ing`, `${t.slice(0, -1)}ing`, 'ing', 'es', 'ed', 's', 'd')), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(word.chain((t) => fc.tuple(fc.constant(t), textWords(t))), ([t, text]) => {
        for (const h of new TermSet([t]).find(text.join(' '))) assert.equal(h.term[0]!.toLowerCase(), t[0], `"${t}" matched "${h.term}"`);
      }),
      params(300),
    );
  });

  it('gives the cached term set the same answers as a freshly compiled one', () => {
    fc.assert(
      fc.property(fc.array(terms, { minLength: 1, maxLength: 4 }), anyString(200), (lists, text) => {
        for (const ts of lists) {
          assert.deepEqual(termSet(ts).find(text), new TermSet(ts).find(text), JSON.stringify(ts));
        }
      }),
      params(200),
    );
    termSet(['ab', 'cd']);
    assert.deepEqual(termSet(['ab\u0000cd']).find('ab cd'), [], 'a term with a NUL in it is not the list it looks like when joined');
  });

  it('matches in linear time on adversarial text, for pack-valid and arbitrary terms', () => {
    fc.assert(
      fc.property(fc.oneof(term.filter((t) => termProblem(t) === undefined), term), (t) => {
        const set = new TermSet([t, `${t.trim()}*`]);
        for (const text of adversarialTexts(t)) {
          const started = performance.now();
          set.find(text);
          set.test(text);
          const elapsed = performance.now() - started;
          assert.ok(elapsed < LINEAR_SCAN_BOUND_MS, `"${t.slice(0, 40)}" took ${elapsed.toFixed(0)} ms on ${text.length} characters`);
        }
      }),
      params(40),
    );
  });
});
