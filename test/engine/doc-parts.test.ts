/**
 * Whole-document readers that read a document part by part (doc-parts.ts) and keep each part's
 * answer must give what a reading of the whole text gives, also where a mark of software
 * documentation could run from one block into the next, and must re-read only the parts an edit
 * changed. (incremental.test.ts compares whole analyses after edits of the preamble, definitions,
 * party names and headings.)
 */
import { strict as assert } from 'node:assert';
import { defaultPackDir, loadCatalog } from '../../server/src/engine/catalog/load';
import { contractSignals, marksOf } from '../../server/src/engine/contract-signals';
import { docParts } from '../../server/src/engine/doc-parts';
import { IncrementalAnalyzer } from '../../server/src/engine/incremental';
import { catalogLexicon } from '../../server/src/engine/lexicon-of';
import { parseWholeDocument } from '../../server/src/engine/parse';
import { detectParties } from '../../server/src/engine/parties';
import { generateContract } from '../../bench/generate';

const catalog = loadCatalog([defaultPackDir()]);
const words = catalogLexicon(catalog).contractSignals;

/** The signals of `text` read from its blocks (incremental) and from one whole parse, and the marks over the whole text. */
function signalsBothWays(analyzer: IncrementalAnalyzer, text: string): void {
  const { doc, parties } = analyzer.analyze(text, { catalog, force: true });
  const whole = parseWholeDocument(text);
  const fromParts = contractSignals(doc, parties, words);
  assert.deepEqual(fromParts, contractSignals(whole, detectParties(whole, catalogLexicon(catalog)), words));
  const { codeBlocks, inlineCode, installCommands, badges, apiHeadings } = fromParts;
  assert.deepEqual({ codeBlocks, inlineCode, installCommands, badges, apiHeadings }, marksOf(text, words));
}

describe('readers of the whole document, part by part', function () {
  this.timeout(120_000);

  it('count code, install commands, badges and API headings as the whole text does, also across block boundaries', () => {
    const analyzer = new IncrementalAnalyzer();
    const base = generateContract({ size: 20_000, seed: 4 });
    const at = base.indexOf('\n## ', base.length >> 1) + 1;
    const around = (before: string, after = ''): string => base.slice(0, at) + before + base.slice(at, base.indexOf('\n', at) + 1) + after + base.slice(base.indexOf('\n', at) + 1);
    const cases = [
      base,
      // A badge whose image text runs over a line break into the next heading's block.
      around('See [![build\n'),
      around('See [![build status](https://img.shields.io/x.svg)](https://ci.example.com/x) and ![badge](https://example.com/a/badge\n'),
      // A heading with an open backtick or parenthesis whose match runs on into the next block.
      around('### `parse(text\n', 'of the `options`) in full\n'),
      around('### run(\n'),
      around('### configure(options) → Result\n', '```\nnpm install clauselint\n```\n'),
      around('Install with `npm\ninstall` or npm\n'),
      around('~~~\ncode\n~~~\n\n'),
      '# Title\n\n### `a`\n### b(c)\n#### `d\n# e` f\n',
    ];
    for (const text of cases) signalsBothWays(analyzer, text);
  });

  it('read an unchanged block once, whatever moves around it', () => {
    const analyzer = new IncrementalAnalyzer();
    const text = generateContract({ size: 30_000, seed: 6 });
    const first = analyzer.analyze(text, { catalog });
    const edited = analyzer.analyze(text.slice(0, text.length >> 1) + 'x' + text.slice(text.length >> 1), { catalog });
    const before = docParts(first.doc);
    const after = docParts(edited.doc);
    assert.ok(before.length > 5, `a generated contract is read in blocks (${before.length})`);
    assert.equal(after.length, before.length);
    // The same part documents (and so the same answers kept with them) except for the edited block.
    const changed = after.filter((p, i) => p.doc !== before[i]!.doc);
    assert.equal(changed.length, 1);
    // The parts tile the text, and each part's units are the document's from its unit base on.
    after.forEach((p, i) => {
      assert.equal(p.offset, i === 0 ? 0 : after[i - 1]!.offset + after[i - 1]!.length);
      p.doc.units.forEach((u, k) => assert.equal(edited.doc.units[p.unitBase + k]!.sentences.map((s) => s.text).join('|'), u.sentences.map((s) => s.text).join('|')));
    });
    assert.equal(after.at(-1)!.offset + after.at(-1)!.length, edited.doc.text.length);
  });
});
