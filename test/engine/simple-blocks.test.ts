/**
 * Lists and tables read without remark (simple-lists.ts, simple-tables.ts) must give the tree a
 * remark parse gives (types, offsets, ordered / start / spread / checked / align, nesting), and
 * the document the same analysis; what they cannot prove simple they leave to remark.
 */
import { strict as assert } from 'node:assert';
import type { Nodes, RootContent } from 'mdast';
import { readBlock, readBlockStructure } from '../../server/src/engine/block-reader';
import { parseDocument, parseWholeDocument } from '../../server/src/engine/parse';
import { interruptsParagraph, isPlainContinuation, isPlainStart, type Line } from '../../server/src/engine/plain-lines';
import { readSimpleList } from '../../server/src/engine/simple-lists';
import { readSimpleTable } from '../../server/src/engine/simple-tables';
import { generateContract, prng } from '../../bench/generate';
import { EOLS } from '../property/arbitraries';
import { commonMarkExamples, corpusDocuments } from '../sweep/documents';
import { list, listsAndTables, table } from './simple-blocks-docs';
import { HTML_BLOCK_NAMES } from '../../server/src/engine/simple-leaves';
import { htmlBlockNames } from 'micromark-util-html-tag-name';

/** What a node is, as far as the builder and these tests go: no inline content, no line/column. */
interface Shape {
  type: string;
  start: number | undefined;
  end: number | undefined;
  fields: Record<string, unknown>;
  children?: Shape[];
}

const FIELDS = ['depth', 'ordered', 'start', 'spread', 'checked', 'align'] as const;
const INLINE = new Set(['text', 'emphasis', 'strong', 'inlineCode', 'link', 'image', 'break', 'html', 'delete', 'footnoteReference', 'linkReference', 'imageReference']);

function shape(node: Nodes): Shape {
  const fields: Record<string, unknown> = {};
  for (const f of FIELDS) if (f in node) fields[f] = (node as unknown as Record<string, unknown>)[f];
  const out: Shape = { type: node.type, start: node.position?.start.offset, end: node.position?.end.offset, fields };
  if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') {
    out.children = (node.children as Nodes[]).filter((c) => !INLINE.has(c.type) || node.type === 'root').map(shape);
  }
  return out;
}

const shapes = (nodes: readonly RootContent[]): Shape[] => nodes.map(shape);

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) lines.push({ start, end: text.length });
  return lines;
}

/** The bounded reading of `text` gives remark's tree and the whole parse's analysis. */
function assertSameAsRemark(text: string, what: string): void {
  assert.deepStrictEqual(shapes(readBlock(text, text.length, true).nodes), shapes(readBlockStructure(text).children), `tree: ${what}\n${JSON.stringify(text)}`);
  assert.deepStrictEqual(parseDocument(text), parseWholeDocument(text), `analysis: ${what}`);
}

/**
 * The simple reader at line 0 either declines or gives exactly remark's nodes before the line it
 * stops at, with no remark node running over that line. Returns whether it read.
 */
function assertReaderAgrees(text: string, read: typeof readSimpleList, what: string): boolean {
  const lines = linesOf(text);
  if (lines.length === 0) return false;
  const got = read(text, lines, 0);
  if (!got) return false;
  const stop = got.next < lines.length ? lines[got.next]!.start : text.length;
  const remark = readBlockStructure(text).children;
  const before = remark.filter((n) => n.position!.start.offset! < stop);
  assert.deepStrictEqual(shapes(got.nodes), shapes(before), `${what}\n${JSON.stringify(text)}`);
  assert.ok(before.every((n) => n.position!.end.offset! <= stop), `${what}: a remark node runs over line ${got.next}\n${JSON.stringify(text)}`);
  return true;
}

describe('simple lists and tables read without remark', function () {
  this.timeout(120_000);

  it('read the simple shapes of contracts, as remark does', () => {
    const lists = [
      '- The Provider shall back up data.\n- The Provider shall test restores.\n',
      '* **Backups.** Daily.\n* *Logs.* Kept.\n',
      '1. First.\n2. Second.\n3. Third.\n',
      '3. Starts at three.\n4. Four.\n',
      '1) Paren.\n2) Paren.\n',
      '- Loose one.\n\n- Loose two.\n\n\n- Loose three.\n',
      '- Parent.\n  - Child one.\n  - Child two.\n    - Grandchild.\n- Second parent.\n',
      '1. Parent.\n   - Bullet child.\n   2. Ordered child at two.\n2. Next.\n',
      '9. Nine.\n10. Ten: its content is one column further.\n    - Child of ten.\n',
      '- Item with a long line\n  that continues here\n     and here, indented further.\n',
      '- Item.\n\n  A second paragraph of the item.\n\n  - A child after a blank line.\n\n  Back in the item.\n- Next.\n',
      '-  Two spaces.\n-    Four spaces.\n1.  Pandoc style.\n',
      '- 合同条款 😀\n- “Quoted” start.\n- (a) bracket start.\n',
      // Template placeholders, pasted bullets and escapes start no construct.
      '- {{provider}} shall notify {{customer}}.\n- • pasted bullet\n- \\[escaped bracket]\n',
      // "**…" is emphasis, not a marker, in an item and after the list.
      '* VPN access is\n  **{{provider}}**-managed.\n\n**Authentication**\n',
      // Lazy continuation lines: less indented than the item's content, they go on its paragraph.
      '- Item with\na lazy line\n2.5 hours is no marker\n- Next.\n',
      '1. Parent.\n   - Child\n  lazy at two\nlazy at zero\n2. Next.\n',
      '- a\n  1.    wide child\n       lazy, deeper than code would be\n',
      '- {{#section}}\n{{/section}}\n',
      '- See\n  [the guide](https://x)\n[lazy link](y)\n',
      '1. a\n   2. is text: it cannot interrupt the paragraph\n2. b\n- .NET removed\n',
    ];
    for (const eol of EOLS) {
      for (const t of lists) {
        const text = t.replace(/\n/g, eol);
        assert.ok(assertReaderAgrees(text, readSimpleList, 'list'), `the reader took ${JSON.stringify(text)}`);
        assertSameAsRemark(text, 'list');
      }
    }
    const tables = [
      '| Service | Target |\n| --- | --- |\n| Backups | 99.9% |\n| Restores | 4 hours |\n',
      '| a | b |  \n|:--|--:|\n| c || d |  \n|   |\n| 1 | 2 | 3 |\n',
      '| a | b\n|---|:-:\n| c | d  \n',
      '| 合同 | 😀 |\n| - | - |\n| x | y |\n',
    ];
    for (const eol of EOLS) {
      for (const t of tables) {
        const text = t.replace(/\n/g, eol);
        assert.ok(assertReaderAgrees(text, readSimpleTable, 'table'), `the reader took ${JSON.stringify(text)}`);
        assertSameAsRemark(text, 'table');
      }
    }
  });

  it('take placeholder, bullet and escape lines as plain text, and nothing that could start a construct', () => {
    const at = (text: string): boolean => isPlainStart(text, { start: 0, end: text.length });
    for (const t of ['{{provider}} shall', '{{#if}}', '• pasted bullet', '· dot', '\uf0b7 symbol bullet', '\\[escaped', '\\# not a heading', '**Heading**', '[the guide](https://x) sets out', '[Draft] text', '[ab]', '[*] redacted', '.NET is removed']) assert.ok(at(t), t);
    // Any other character that opens no block construct, and runs of "-", "*", "_", "+" with text after them.
    for (const t of ['!!! tip "Examples"', '![logo](x.png)', '$ aws configure', '© 2024 The Provider', '/etc/hosts', '% of fees', '† see note', '– dash', ') x', ': x', '😀 start', '\u00a0nbsp', '--- Schedule A ---', '-x', '--x', '+x', '++ x', '____ In witness', '** x', '-- text', '_ x', '*-*', '---- - x']) assert.ok(at(t), t);
    for (const t of ['-', '- x', '+ x', '* x', '-\tx', '+', '--', '-- ', '- - -', '_ _ _', '___', '++', '\ufeffx', '\u0001x', '~x', '=x', '#x', '<x', '>x', '|x']) assert.ok(!at(t), t);
    for (const t of ['- item', '* item', '***', '**', '> quote', '# heading', '<div>', '[x]: /url', '`code` text', '[long label]: /url', '[^1] note', '[ ] task', '[x] done', '[a\\]b] x', '[a[b] x', '[open label', '```', '```js', '| a |', '{{a}} | b', '=', '---', '~~~']) assert.ok(!at(t), t);
    // Inside a paragraph "[" goes on with it (a reference definition cannot interrupt one), "[^" does not (a footnote definition can).
    const goesOn = (text: string): boolean => isPlainContinuation(text, { start: 0, end: text.length });
    for (const t of ['[link](https://x) text', '  [x]: /url', '[<span>', '2. cannot interrupt', '01. nor this', '14.  The number']) assert.ok(goesOn(t), t);
    for (const t of ['[^1]: note', '```', '- item', '> q', '<div>', '1. interrupts', '1) interrupts', '1.', '`code`']) assert.ok(!goesOn(t), t);
    for (const eol of EOLS) {
      for (const t of [
        '{{provider}} shall back up.\n{{customer}} shall pay.\n\n• Daily backups\n• Weekly tests\n', '\\[Draft\\]\n---\n', '{{x}}\n===\n',
        'See the guidance\n[here](https://x) and\n[x]: /not-a-definition\n\n[x]: /a-definition\n', 'A note\n[^1]: a footnote\n', '`code` first\n``\n```\nfenced\n```\n',
        '- item\n  [link](x) goes on\n[lazy](y) too\n- item\n[^1]: footnote\n',
        '[Draft] The Provider\n===\n\n[label]: /url\n===\n\n[multi\nline]: /url\n\n[ok](x)\n[x]: /y\n',
        '- [the guide](x) item\n- [ ] task\n- [x] done\n\n  [label]: /url\n',
        'The number of windows is\n14.  The number of doors is 6.\n(a) first;\n5. Financial entities\n1. interrupts\n',
        '[*]\n\n- [*] redacted\n- [X] done\n- .NET removed\n',
        '--- Schedule A ---\n---\n\n-- text\n- x\n--\n\n+x\n+ y\n++\n\n__x\n___\n\n** x\n* * *\n- -- x\n- ---\n',
        '!!! tip\n    indented\n\n$ 5\n=\n\n- © 2024\n  ) x\n! lazy\n\n  ~~~\n\n\ufeffx\n\n\u00a0\n\n_ _ _ x\n',
      ]) assertSameAsRemark(t.replace(/\n/g, eol), 'plain');
    }
  });

  it('read the common contract shapes without remark, as remark does', () => {
    const docs = [
      '{{provider}} shall back up.\n{{customer}} shall pay.\n\n• Daily backups\n',
      'This section includes the following subsections:\n- Scope\n- Data Security\n\nFor this DPA, providing consists of:\n1. Delivering;\n2. Troubleshooting.\n',
      '(a) assess the arrangement;\n(b) assess the conditions;\n   * a bullet that interrupts\n',
      '(a) a clear description;\n(b) the locations;\n5. Financial entities may only\n\n[*] redacted\n\n- .NET Framework 3.5 is removed.\n',
      // Indented one to three spaces, a paragraph or heading starts after the indentation.
      '   (a) Section 2 survives;\n\n   (b) Section 4 survives.\n  Underlined\n  ---\n\n The end.\n',
      '- Item with\na lazy line\n- [the guide](https://x) item\n\n**Authentication**\n\nSee\n[the guide](https://x).\n',
      // Text lines that open with other characters or with runs of dashes (text converted from other formats).
      '!!! note "Scope"\n\n$ 500 per incident.\n\n-------- Schedule A -------- Services\n\n- -------- Part 2\n- © 2024 The Provider\n\n____ In witness whereof\n',
    ];
    for (const eol of EOLS) {
      for (const t of docs) {
        const text = t.replace(/\n/g, eol);
        assert.equal(readBlock(text, text.length, true).longestRun, 0, `remark read part of ${JSON.stringify(text)}`);
        assertSameAsRemark(text, 'common shape');
      }
    }
  });

  it('end a plain paragraph before a list item only where one may interrupt it', () => {
    const interrupts = (text: string): boolean => interruptsParagraph(text, { start: 0, end: text.length });
    for (const t of ['- item', '* item', '+ item', '1. item', '1) item', '   - three spaces', '-   wide']) assert.ok(interrupts(t), t);
    for (const t of ['2. item', '01. item', '-', '- ', '-\titem', '- \titem', '* * *', '- - -', '    - code', '- a | b', '1.item', '10. item', 'text', '- > quote', '* > 2. two', '- `code`', '-      six spaces']) assert.ok(!interrupts(t), t);
    for (const eol of EOLS) {
      for (const t of ['   (a) x\n    (b) y\n\n    code, not a paragraph\n', '  a\n - b\n', '   a\n   |b|\n   |-|\n', '\t(a) tab\n', 'Para\n- a\n', 'Para\n2. b\n', 'Para\n- \n', 'Para\n-\n', 'Para\n* * *\n', 'Para\n- - -\n', 'Para\n    - c\n', 'Para\n- a | b\n- c\n', 'Para\n01. x\n', 'Para\n1. x\n2. y\n', 'Para\n   + z\nlazy\n', 'Para\n-\tx\n', 'Para\n* > 2. two\n  - x\n', 'Para\n- > a\n', 'Para\n-      six\n']) {
        assertSameAsRemark(t.replace(/\n/g, eol), 'interrupted paragraph');
      }
    }
  });

  it('leave the nasty cases to remark, or read them as remark does', () => {
    const nasty = [
      '- Item\nlazy line\n', // lazy continuation
      '- Item\n  lazy?\nlazy\n',
      'Paragraph\n- bullet interrupts\n',
      'Paragraph\n2. no interruption\n',
      'Paragraph\n1. interrupts\n',
      '- a\n2. b\n', // another kind: a new list
      '1. a\n   2. b\n', // only "1." may interrupt a paragraph
      '- a\n  01. b\n', '1. a\n   01. b\n', '1. a\n   10. b\n', '- a\n01. b\n', '1. a\n   - b\n01. c\n',
      '1. a\n   1. b\n2. c\n',
      '1. a\n   - b\n   3. c\n',
      '10. ten\n   - three spaces: not a child\n',
      '- a\n  ***\n', '- a\n  ---\n', '- a\n  ===\n', '- a\n---\n', '- a\n  > q\n', '- a\n  ```\n  x\n  ```\n',
      '- a\n\n      code\n', '- a\n\n    b\n', '- a\n\n b\n', '- a\n\n  b\n', '- a\n \n- b\n',
      '- a\n\t- b\n', '- a\n  \tb\n', '-\ta\n', '- [ ] task\n', '- [x] done\n', '-\n  a\n', '- \n  a\n', '- a\n# h\n', '- a\n  # h\n',
      '* * *\n', '- - -\n', '- a\n* b\n+ c\n', '- a\n\n* b\n', '1. a\n1) b\n',
      'Paragraph\n| a | b |\n| - | - |\n', // a table right after a paragraph
      '| a \\| b | c |\n| - | - |\n| d \\| e | f |\n', // escaped pipes
      '| `a|b` | c |\n| - | - |\n',
      '| a | b |\n| - |\n| c | d |\n', // delimiter cells ≠ header cells
      '| a |\n| - |\n| b |\nnot a row?\n', '| a |\n| - |\n| b |\n> q\n', '| a |\n| - |\n| b |\n- x\n', '| a |\n|---|\n|\n',
      '|\n|-|\n', '| a |\n|---|\n| b |\n    code\n', '\t| a |\n| - |\n', '  | a |\n  | - |\n',
    ];
    for (const eol of EOLS) {
      for (const t of nasty) {
        const text = t.replace(/\n/g, eol);
        assertReaderAgrees(text, readSimpleList, 'list');
        assertReaderAgrees(text, readSimpleTable, 'table');
        assertSameAsRemark(text, 'nasty');
      }
    }
  });

  it('read thematic breaks, HTML blocks and labels closing on a later line without remark, as remark does', () => {
    const docs = [
      'Text.\n\n---\n\n  ***  \n\n- - -\n_ _ _\t\n\nText.\n',
      '<table>\n<tr class="odd">\n<td>Backups</td>\n# no heading\n</table>\n\n  <DIV class="x">\n\n</div>\n<p/>\n\nText.\n',
      '<!-- end list -->\n\n- a\n\n<!-- a\n\nlong\n\ncomment --> trailing\nText.\n\n   <!-- x -->  \n',
      '[<span class="underline">4.5.1 Content of\nInvoice</span>](#content-of-invoice)\n\n  [Section\n3.7.2](#key) applies.\n[ok](x)\n\n[Title\nline]\n===\n',
    ];
    for (const eol of EOLS) {
      for (const t of docs) {
        const text = t.replace(/\n/g, eol);
        assert.equal(readBlock(text, text.length, true).longestRun, 0, `remark read part of ${JSON.stringify(text)}`);
        assertSameAsRemark(text, 'leaf');
      }
    }
    const nasty = [
      '<pre>\nx\n\ny</pre>\n', '<script>\n\n</script>\n', '<span>\nx\n', '<tablex>\n', '<!-->\nx\n', '<!--->\nx\n', '<!-->\nx -->\n', '<!--->\ny -->\n', '<!-- open\n\n# h\n',
      '<div>\n# h\n', '<?php\n\n?>\n', '<!DOCTYPE html>\n', '    <div>\n', '\t<div>\n', 'Para\n<div>\n', 'Para\n***\n', '- a\n<div>\n',
      '[multi\nline]: /url\n', '[a\n[b]\n](x)\n', '[^1\n]: x\n', '[a\\\n]b](x)\n', '[open\nnever closed\n', '[\n]: /u\n', '[a\n---\nb](x)\n', '[a\n| b |\n](x)\n',
      '- - - x\n', '***x\n', '--\n', '    ---\n', '\t***\n',
    ];
    for (const eol of EOLS) for (const t of nasty) assertSameAsRemark(t.replace(/\n/g, eol), 'nasty leaf');
    // Each block tag name taken is one micromark ends at a blank line.
    for (const name of HTML_BLOCK_NAMES) assert.ok(htmlBlockNames.includes(name), name);
  });

  it('read quotes of plain paragraphs and headings as list items, without remark, as remark does', () => {
    const docs = [
      '> Develop and maintain the following policies:\n> the first\nlazy line\n>\n>  A second paragraph.  \n>\n\n> [!NOTE]\n> An alert.\n',
      '1.  > A hosted search results page.\n\n2.  > Indexes of agency content. Indexes are\n    > created via API.\n    lazy in the item\n\n    > Another quote of the item.\n3.  > Next.\n',
      '  - > As a grantee admin, I can submit data files,\n    > so that I can fulfill\n  - > [Cloud.gov](https://cloud.gov/)\n\nText.\n',
      '- Parent.\n  - > Quoted child.\n  - Plain child.\n- >\n',
      '> a\n>\nA paragraph after the quote.\n',
      '1. #### Introduction  \n\n    These Terms govern your use.\n\n    #### Scope ##\n2. ## Services\n- #\n- # x\n',
    ];
    for (const eol of EOLS) {
      for (const t of docs) {
        const text = t.replace(/\n/g, eol);
        assert.equal(readBlock(text, text.length, true).longestRun, 0, `remark read part of ${JSON.stringify(text)}`);
        assertSameAsRemark(text, 'quote');
      }
    }
    const nasty = [
      '> a\n> - b\n', '> a\n- b\n', '> a\n1. b\n', '> a\n2. b\n', '> a\n> 2. b\n', '> a\n---\n', '> a\n> ---\n', '> a\n===\n', '> a\n    > b\n',
      '> > a\n', '>\ta\n', '>     code\n', '> a\n>     b\n', '> a\n> # h\n', '> a\n# h\n', '> a\n```\n', '> a | b\n> - | -\n', '> [x]: /url\n',
      '> a\n>\n    code\n', '> a\n>\n- b\n', '> a\n\tb\n', '> a\n<div>\n',
      '1.  > a\n  > b\n', '1.  > a\n    > - b\n', '1.  > a\n    - b\n', '1.  > a\n    b\n', '1.  > a\n        > b\n', '1.  > a\n>\n', '1.  >\n    > b\n',
      '- > a\n  >\n  b\n', '- > a\n\n  > b\n- c\n', '- > a\n- > b\n\n\n- > c\n', '- a\n  > b\n', '- a\n\n  > b\n', '- > a\n2. b\n',
      '1. #### h\n   text\n', '1. # h\n  lazy?\n', '- ####### seven\n', '- #x\n', '- # h\n  > q\n', '- # h\n  ===\n', '- a\n  # h\n', 'Para\n- # h\n', '- # h |\n',
    ];
    for (const eol of EOLS) {
      for (const t of nasty) {
        const text = t.replace(/\n/g, eol);
        assertReaderAgrees(text, readSimpleList, 'list');
        assertSameAsRemark(text, 'nasty quote');
      }
    }
  });

  it('agree with remark on generated lists and tables (seeded)', () => {
    let listsRead = 0;
    let tablesRead = 0;
    for (let seed = 1; seed <= 1500; seed++) {
      const rand = prng(seed);
      const l = list(rand);
      if (assertReaderAgrees(l, readSimpleList, `list, seed ${seed}`)) listsRead++;
      const t = table(rand);
      if (assertReaderAgrees(t, readSimpleTable, `table, seed ${seed}`)) tablesRead++;
    }
    // The generators aim at the simple shapes: most of them must be taken, or this test proves little.
    assert.ok(listsRead > 600 && tablesRead > 600, `lists read ${listsRead}, tables read ${tablesRead}`);
  });

  it('agree with remark on generated documents of lists, tables and paragraphs (seeded)', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const eol = EOLS[seed % EOLS.length]!;
      assertSameAsRemark(listsAndTables({ seed, parts: 8 }, eol), `document, seed ${seed}`);
    }
  });

  it('agree with remark on the corpus, the CommonMark examples and a generated contract', function () {
    for (const d of [...corpusDocuments(), ...commonMarkExamples()]) assertSameAsRemark(d.text, d.name);
    assertSameAsRemark(generateContract({ size: 200_000, seed: 2022 }), 'generated contract');
  });
});
