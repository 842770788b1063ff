/**
 * Documents built to break a parser or a matcher: tens of thousands of brackets, unclosed
 * comments and tags, nesting thousands of levels deep (which overflows the call stack of a
 * recursive reader), one endless word or sentence, lone surrogates, bare CRs. The engine must
 * return a well-formed result for each, in time linear in its size.
 *
 * remark (micromark) itself is super-linear on some constructs: setext headings and closed list
 * items (fixed in micromark-patch.ts, see docs/remark-setext-quadratic.md), containers nested
 * deep on one line (read as paragraphs past MAX_NESTING), "![a]" images without blank lines in
 * between (not covered: inline content is not parsed by the bounded reader).
 * Every case goes through analyze() and through the incremental analyzer (the editor's and the
 * CLI's path), which must agree.
 */
import { strict as assert } from 'node:assert';
import { performance } from 'node:perf_hooks';
import { analyze } from '../../server/src/engine/analyze';
import { IncrementalAnalyzer } from '../../server/src/engine/incremental';
import { fixAll } from '../../server/src/engine/fixes';
import { applyEdits } from '../../server/src/engine/edits';
import { PROPERTY_CATALOG } from './catalog';
import { fuzzing } from './config';
import { assertWellFormed } from './invariants';

/** Characters per case: small under `npm test`; under `npm run fuzz` large enough that anything quadratic shows. */
const SCALE = fuzzing ? 4 : 0.25;
const fill = (unit: string, size = 60_000): string => unit.repeat(Math.ceil((size * SCALE) / unit.length));

const CASES: Record<string, string> = {
  'opening brackets': fill('['),
  'brackets and spaces': fill('[ '),
  'an image then a late "]"': fill('![') + ']',
  'unclosed comments': fill('<!--'),
  'unclosed comment block': '<!--\n' + fill('The Provider shall keep logs.\n'),
  'unclosed tags': fill('<a'),
  'unclosed HTML block': '<div>\n' + fill('x\n'),
  'unclosed fence': '```\n' + fill('# Heading in code\n'),
  'unclosed front matter': '---\n' + fill('a: b\n', 20_000),
  'backticks': fill('`a'),
  'underscores': fill('_a'),
  // remark is quadratic here itself, so this one does not grow under npm run fuzz.
  'link targets': '](a '.repeat(2_500),
  // Deep enough to overflow the call stack of a recursive reader at any scale.
  'quotes nested 10 000 deep': '>'.repeat(10_000) + ' The Provider shall keep logs.',
  'quote markers with spaces, 5 000 deep': '> '.repeat(5_000) + 'The Provider shall keep logs.',
  'lists nested 1 000 deep': '- '.repeat(1_000) + 'The Provider shall keep logs.',
  'lists nested 10 000 deep': '- '.repeat(10_000) + 'The Provider shall keep logs.',
  '"> - " nested 2 500 deep on one line': '> - '.repeat(2_500) + 'The Provider shall keep logs.',
  '"> - " nested 10 000 deep on one line': '> - '.repeat(10_000) + 'The Provider shall keep logs.',
  'quotes nested one more per line, 300 lines': Array.from({ length: 300 }, (_, i) => `${'>'.repeat(i + 1)} The Provider shall keep logs ${i}.`).join('\n'),
  'setext headings': fill('a\n=\n'),
  'paragraph lines over "---"': fill('Clause text\n---\n'),
  'nested lists, three levels, repeated': fill('- a\n  - b\n    - c\n'),
  'link reference definitions': fill('[a]: b\n'),
  'emphasis runs': fill('*a **b** c*\n'),
  'indented lists, 150 levels': Array.from({ length: 150 }, (_, i) => `${' '.repeat(i * 2)}- The Provider shall keep logs ${i}.`).join('\n'),
  'one endless word': fill('logloglog'),
  'one endless sentence': fill('the Provider shall retain logs and '),
  'number words with no unit': fill('one hundred and '),
  'party definitions': fill('Acme (the "Provider") '),
  'quoted definitions': fill('"Provider" means x. '),
  'abbreviations and dots': fill('e.g. U.S. No. 7.2. '),
  'a very wide table': `|${fill('a|', 6_000)}\n|${fill('-|', 6_000)}\n|${fill('b|', 6_000)}`,
  'ATX headings': fill('# Logs\n', 30_000),
  'lone surrogates': fill('\uD800'),
  'bare CRs': fill('\r'),
  'CRLF blank lines': fill('\r\n'),
  'entities': fill('&amp;'),
  'backslash escapes': fill('\\*'),
  'suppression comments': fill('<!-- clauselint-disable mfa.provider-access -->\n', 30_000),
};

const PREAMBLE = '# Master Services Agreement\n\nAcme Ltd. (the "Provider") and Beta Inc. (the "Customer") agree. The Provider shall act. The Provider must report. The Provider shall comply.\n\n';

/**
 * Far above what a linear pass over these sizes takes (well under a second), far below what a
 * quadratic one takes (minutes): a hang detector, not a speed target.
 */
const BOUND_MS = 15_000;

describe('pathological documents', function () {
  this.timeout(120_000);
  for (const [name, body] of Object.entries(CASES)) {
    it(`${name}: a well-formed result in linear time, fixes apply`, () => {
      const text = PREAMBLE + body;
      const started = performance.now();
      const decided = analyze(text, { catalog: PROPERTY_CATALOG });
      // Some cases (thousands of code spans) do not read as contracts; the full analysis is timed forced.
      const options = { catalog: PROPERTY_CATALOG, force: !decided.isContract };
      const result = decided.isContract ? decided : analyze(text, options);
      const elapsed = performance.now() - started;
      assertWellFormed(text, result);
      assert.equal(result.isContract, true);
      assert.ok(elapsed < BOUND_MS, `${Math.round(elapsed)} ms for ${text.length} characters`);
      applyEdits(text, fixAll(result).edits);
      const started2 = performance.now();
      const incremental = new IncrementalAnalyzer().analyze(text, options);
      const elapsed2 = performance.now() - started2;
      assert.ok(elapsed2 < BOUND_MS, `incremental: ${Math.round(elapsed2)} ms for ${text.length} characters`);
      assert.deepStrictEqual(incremental, result);
    });
  }
});
