/**
 * parseDocument reads a document in bounded pieces (block-reader.ts: plain lines without a parser,
 * the rest in runs that end where CommonMark restarts, each cut verified); the result must be
 * exactly what one remark parse of the whole text gives (parseWholeDocument), and no piece given
 * to remark may grow with the document where the text has restart points.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { containerDepth, MAX_NESTING, NestingTooDeep, readBlock, RUN_TARGET } from '../../server/src/engine/block-reader';
import { parseDocument, parseWholeDocument } from '../../server/src/engine/parse';
import { generateContract } from '../../bench/generate';
import { block as anyBlock, EOLS } from '../property/arbitraries';
import { params } from '../property/config';
import { commonMarkExamples, corpusDocuments } from '../sweep/documents';

function assertSameParse(text: string, what: string): void {
  assert.deepStrictEqual(parseDocument(text), parseWholeDocument(text), what);
}

/** `unit` repeated to about `size` characters. */
const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length));

describe('bounded parsing equals a whole-document parse', function () {
  this.timeout(120_000);

  it('on every corpus document', function () {
    const docs = corpusDocuments();
    if (docs.length === 0) this.skip();
    for (const d of docs) assertSameParse(d.text, d.name);
  });

  it('on every CommonMark spec example, alone and all in one document', () => {
    const examples = commonMarkExamples();
    for (const d of examples) assertSameParse(d.text, d.name);
    // One long document: runs are long there, so they are cut at every kind of restart point.
    assertSameParse(examples.map((d) => d.text).join('\n'), 'all examples, one line apart');
    assertSameParse(examples.map((d) => d.text.trimEnd()).join('\n'), 'all examples, no blank lines between');
  });

  it('on generated contracts and on dense generated Markdown (property)', () => {
    assertSameParse(generateContract({ size: 60_000, seed: 4 }), 'generated contract');
    // Blocks one line break apart, repeated past RUN_TARGET, so the long-run cuts are exercised.
    const dense = fc
      .tuple(fc.array(fc.tuple(anyBlock, fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n', '\n \n')), { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 6 }))
      .map(([blocks, times]) => blocks.map(([b, sep]) => b + sep).join('').repeat(times));
    fc.assert(
      fc.property(dense, (text) => assertSameParse(text, 'dense document')),
      params(60),
    );
  });

  it('on runs of setext headings, underlines, thematic breaks and blocks between them', () => {
    for (const eol of EOLS) {
      for (const unit of ['a\n=\n', 'Clause text\n---\n', 'Clause text\n\n---\n', 'x\n***\n', '> q\n---\n', '- a\nb\n===\n', '- a\n\n  b\n---\n', '```\n#\n---\n```\n']) {
        assertSameParse(fill(unit.replace(/\n/g, eol), 6_000), `${JSON.stringify(unit)} with ${JSON.stringify(eol)}`);
      }
    }
    // Underlines read without remark: content over several lines, trailing blanks, indentation (3 spaces: an underline; 4 or a tab: content).
    for (const text of ['a\nb\n===\nc\n', 'a  \n=  \t\n', 'a\n   ---\n', 'a\n    ---\n', 'a\n\t===\n', 'a\n-\n', 'a\n- \nb\n', 'a\n  b\n--\n', '(a) x\n==\n# h\nb\n---\n\nc\n===\n- d\n', 'a\n= =\n', 'a\n-- -\n']) {
      for (const eol of EOLS) assertSameParse(text.replace(/\n/g, eol), JSON.stringify(text));
    }
    assertSameParse('---\ntitle: x\n---\n' + fill('a\n=\n', 6_000), 'front matter, then setext headings');
    assertSameParse('---\ntitle: x\n' + fill('a\n=\n', 6_000), 'unclosed front matter, then setext headings');
  });
});

describe('bounded parsing reads bounded pieces', function () {
  this.timeout(60_000);

  /** A run may go past RUN_TARGET by one block of the repeated unit plus the lookahead lines. */
  const BOUND = 2 * RUN_TARGET;

  for (const [name, unit] of [
    ['setext headings', 'a\n=\n'],
    ['paragraph lines with "---" under them', 'Clause text\n---\n'],
    ['lists separated by blank lines and paragraphs', '- a\n- b\n\nThe Provider shall.\n\n'],
    ['quotes separated by blank lines', '> a\n> b\n\n'],
  ] as const) {
    it(`${name}: no remark call sees more than ${BOUND} characters of 64 KB`, () => {
      const text = fill(unit, 64 * 1024);
      const read = readBlock(text, text.length, true);
      assert.ok(read.longestRun <= BOUND, `longest run ${read.longestRun}`);
    });
  }

  it('front matter is read with the line after it only', () => {
    const text = '---\ntitle: x\n---\n' + fill('a\n=\n', 64 * 1024);
    assert.ok(readBlock(text, text.length, true).longestRun <= BOUND);
  });
});

describe('container depth of a line (block-reader.ts)', () => {
  const depth = (line: string): number => containerDepth(line, { start: 0, end: line.length });

  it('counts quote and list markers, and indentation before them', () => {
    assert.equal(depth('plain text'), 0);
    assert.equal(depth('> quote'), 1);
    assert.equal(depth('> - > 1. item'), 4 + 2, 'four markers, four spaces');
    assert.equal(depth('      - item'), 1 + 3);
    assert.equal(depth('---'), 0, 'a thematic break is not a list');
    assert.equal(depth('-not a list'), 0);
  });

  it(`reads a line nesting more than ${MAX_NESTING} containers as plain paragraphs, like a stack overflow`, () => {
    const text = '> - '.repeat(MAX_NESTING) + 'The Provider shall keep logs.\n\nNext.\n';
    assert.throws(() => readBlock(text, text.length, true), NestingTooDeep);
    assert.deepEqual(parseDocument(text).units.map((u) => u.kind), ['paragraph', 'paragraph']);
    const fine = '> - '.repeat(20) + 'The Provider shall keep logs.\n';
    assertSameParse(fine, 'twenty levels are read by remark');
  });
});
