/**
 * The guard against micromark's quadratic walk over lazy continuation lines (lazy-lines.ts): a
 * paragraph of hundreds of lazy lines under a list item or quote is read as plain paragraphs, while
 * every ordinary document (the corpus and CommonMark examples, in bounded-parse.test.ts) keeps the
 * reading a whole-document parse gives.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import { hasLongLazyStretch, MAX_LAZY_LINES, plainParagraphs } from '../../server/src/engine/lazy-lines';
import { parseDocument, parseWholeDocument } from '../../server/src/engine/parse';
import { PROPERTY_CATALOG } from '../property/catalog';

const lazy = (n: number): string => 'the text of the item goes on\n'.repeat(n);
const has = (text: string): boolean => hasLongLazyStretch(text, 0, text.length);

describe('lazy continuation lines (lazy-lines.ts)', function () {
  this.timeout(60_000);

  it(`counts lines that may be lazy after a list item or quote line, up to ${MAX_LAZY_LINES}`, () => {
    assert.equal(has(`- a list item\n${lazy(MAX_LAZY_LINES + 1)}`), true);
    assert.equal(has(`> a quote\n${lazy(MAX_LAZY_LINES + 1)}`), true);
    assert.equal(has(`1. a numbered item\n${lazy(MAX_LAZY_LINES + 1)}`), true);
    assert.equal(has(`- a list item\n${lazy(MAX_LAZY_LINES)}`), false, 'at the limit');
    assert.equal(has(`- a list item\r\n${lazy(MAX_LAZY_LINES + 1).replace(/\n/g, '\r\n')}`), true, 'CRLF');
  });

  it('a blank line, a new item or a quoted line starts the count again; plain paragraphs never count', () => {
    assert.equal(has(`- a\n${lazy(400)}\n- b\n${lazy(400)}`), false, 'two items');
    assert.equal(has(`- a\n${lazy(400)}\n\n${lazy(400)}`), false, 'a blank line');
    assert.equal(has(`> a\n${'> quoted\n'.repeat(2_000)}`), false, 'every line quoted');
    assert.equal(has(lazy(5_000)), false, 'no container');
    const tightList = '- an item of a long list\n  wrapped onto a second line\n'.repeat(1_000);
    assert.equal(has(tightList), false, 'a long tight list with wrapped items');
    assert.deepStrictEqual(parseDocument(tightList), parseWholeDocument(tightList));
  });

  it('reads such a run as paragraphs, one per stretch of non-blank lines, with offsets into the text', () => {
    const text = `intro\n\n- a\n${lazy(3)}\n\nlast  \n`;
    const nodes = plainParagraphs(text, 7, text.length);
    assert.deepEqual(nodes.map((n) => text.slice(n.position!.start.offset, n.position!.end.offset)), [`- a\n${lazy(3).trimEnd()}`, 'last']);
  });

  it('a clause inside a list item with thousands of lazy lines is still read, in bounded work', () => {
    // Without the guard micromark walks every earlier line of the paragraph at each lazy line: this
    // 32 KB item took it about 9 s of CPU (lines that could be setext underlines cost the most).
    const clause = 'The Provider shall enforce multi-factor authentication on every Provider account that can access the Customer environment.';
    const text = `# Services Agreement\n\nAcme Ltd. (the "Provider") and Beta Inc. (the "Customer") agree.\n\n- a\n  - b\n    - ${clause}\n${'a\n=\n'.repeat(8_000)}`;
    const started = process.cpuUsage();
    const result = analyze(text, { catalog: PROPERTY_CATALOG, force: true });
    const used = process.cpuUsage(started);
    assert.ok(result.doc.units.some((u) => u.sentences.some((s) => s.text.includes('multi-factor authentication'))), 'the clause is read');
    // A complexity bound, not a benchmark: linear work here is well under a second of CPU.
    assert.ok((used.user + used.system) / 1e3 < 4_000, `${Math.round((used.user + used.system) / 1e3)} ms of CPU`);
  });
});
