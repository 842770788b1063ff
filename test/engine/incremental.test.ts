/**
 * Incremental analysis must give exactly what a full analysis gives: on the sample, on every eval
 * corpus document, on generated contracts, and after edits that move block boundaries (fences
 * opened and closed, heading levels changed, front matter added and removed, CRLF, HTML blocks,
 * lists and tables run into headings, link references across blocks, indented prose). It must also
 * actually be incremental: an edit re-reads and re-matches only the blocks it touched.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyzeParsed, type AnalysisResult, type AnalyzeOptions } from '../../server/src/engine/analyze';
import { parseWholeDocument } from '../../server/src/engine/parse';
import { defaultPackDir, loadCatalog } from '../../server/src/engine/catalog/load';
import { cutCandidates, IncrementalAnalyzer } from '../../server/src/engine/incremental';
import type { Catalog } from '../../server/src/engine/types';
import { generateContract } from '../../bench/generate';
import { anyDocument, block as anyBlock } from '../property/arbitraries';
import { PROPERTY_CATALOG } from '../property/catalog';
import { params } from '../property/config';

const root = path.resolve(__dirname, '../..');
const catalog = loadCatalog([defaultPackDir()]);
const evalDir = process.env['CLAUSELINT_EVAL_DIR'] ?? path.join(root, '../shared/eval');
const corpusDir = path.join(evalDir, 'corpus');

/** The first place two results differ, for a readable failure. */
function firstDifference(a: unknown, b: unknown, at = 'result'): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${at}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${at}: array vs object`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const d = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}.${key}`);
    if (d) return d;
  }
  return undefined;
}

function assertSame(incremental: AnalysisResult, full: AnalysisResult, what: string): void {
  const difference = firstDifference(incremental, full);
  assert.equal(difference, undefined, `${what}: ${difference}`);
  assert.deepStrictEqual(incremental, full, what);
}

/** Analyse with `analyzer` and compare with a full analysis of the same text (one remark parse of the whole text). */
function check(analyzer: IncrementalAnalyzer, text: string, what: string, options: AnalyzeOptions = { catalog, force: true }): AnalysisResult {
  const result = analyzer.analyze(text, options);
  assertSame(result, analyzeParsed(parseWholeDocument(text), options), what);
  return result;
}

/** Offset of the start of the line holding the `n`-th match of `re` at or after `from`. */
function lineOf(text: string, re: RegExp, from = 0): number {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  g.lastIndex = from;
  const m = g.exec(text);
  assert.ok(m, `no ${re} after ${from}`);
  return text.lastIndexOf('\n', m.index) + 1;
}

const insert = (text: string, at: number, piece: string): string => text.slice(0, at) + piece + text.slice(at);

describe('incremental analysis equals full analysis', function () {
  this.timeout(600_000); // 72 drafts, each analysed four times; shared 2-core machines run this 3-5x slower under load

  it('on the sample draft and the test fixtures', () => {
    const files = ['examples/msp-master-services-agreement.md', ...fs.readdirSync(path.join(root, 'test/fixtures/contracts')).map((f) => `test/fixtures/contracts/${f}`), 'test/fixtures/not-a-contract/README.md'];
    for (const file of files) {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      check(new IncrementalAnalyzer(), text, file, { catalog });
      check(new IncrementalAnalyzer(), text, `${file} (forced)`);
    }
  });

  it('on every eval corpus document', function () {
    if (!fs.existsSync(corpusDir)) this.skip(); // the corpus lives outside the repository (CLAUSELINT_EVAL_DIR)
    const files = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.md')).sort();
    assert.ok(files.length >= 72, `expected the 72-document corpus, found ${files.length}`);
    for (const file of files) {
      const text = fs.readFileSync(path.join(corpusDir, file), 'utf8');
      const analyzer = new IncrementalAnalyzer();
      check(analyzer, text, file);
      // and again after a one-character edit in the middle of the document
      check(analyzer, insert(text, text.length >> 1, 'x'), `${file} edited`);
    }
  });

  it('on generated contracts, LF and CRLF, with and without front matter', () => {
    for (const eol of ['\n', '\r\n'] as const) {
      const text = generateContract({ size: 40_000, seed: 3, eol });
      check(new IncrementalAnalyzer(), text, `generated ${JSON.stringify(eol)}`);
      check(new IncrementalAnalyzer(), `---${eol}title: MSA${eol}# a YAML comment, not a heading${eol}---${eol}${text}`, `front matter ${JSON.stringify(eol)}`);
      check(new IncrementalAnalyzer(), '\uFEFF' + text, `BOM ${JSON.stringify(eol)}`);
    }
    check(new IncrementalAnalyzer(), generateContract({ size: 40_000, seed: 11 }).replace(/\n/g, '\r'), 'lone CR line breaks');
  });

  it('after edits that move block boundaries', () => {
    const analyzer = new IncrementalAnalyzer();
    const base = generateContract({ size: 30_000, seed: 5 });
    const mid = lineOf(base, /^### /m, base.length >> 1);
    let text = check(analyzer, base, 'base').doc.text;
    const step = (next: string, what: string): void => {
      text = next;
      check(analyzer, text, what);
    };
    step(insert(text, mid + 10, 'x'), 'one character typed in a heading');
    step(insert(text, lineOf(text, /^\d+\.\d+\.\d+ /m, mid) + 20, 'y'), 'one character typed in a clause');
    const fenceAt = lineOf(text, /^\d+\.\d+\.\d+ /m, mid);
    step(insert(text, fenceAt, '```\n'), 'a code fence opened: the rest of the document is code');
    step(insert(text, lineOf(text, /^## /m, fenceAt + 4000), '```\n'), 'the fence closed further down');
    step(text.replace('```\n', '~~~~\n'), 'the opening fence changed to tildes (now unclosed)');
    step(text.replace('~~~~\n', ''), 'the fence removed');
    step(text.slice(0, mid) + '#' + text.slice(mid), 'a heading level changed (### → ####)');
    step(text.slice(0, mid) + text.slice(mid + 3), 'a heading level changed (#### → #)');
    step(text.slice(0, mid) + '#' + text.slice(mid + 2), 'a heading no longer a heading (no space after #)');
    step(text.slice(0, mid) + '## ' + text.slice(mid + 1), 'a heading again');
    step(`---\nclauselint: true\n# comment\n---\n${text}`, 'front matter added');
    step(text.replace('clauselint: true', 'clauselint: false'), 'front matter changed');
    step(text.replace('---\nclauselint: false\n# comment\n---\n', '---\n# comment\n'), 'front matter left unclosed');
    step(text.replace('---\n# comment\n', ''), 'front matter removed');
    step(text.replace(/\n/g, '\r\n'), 'converted to CRLF');
    step(insert(text, lineOf(text, /^### /m, mid + 2000), '<div>\r\n'), 'an HTML block runs into a heading');
    step(insert(text, lineOf(text, /^## /m, mid), '<!--\r\n'), 'an HTML comment opened before a heading');
    step(insert(text, lineOf(text, /^## /m, mid + 6000), '-->\r\n'), 'the comment closed a few sections later');
    step(text.replace(/\r\n/g, '\n'), 'back to LF');
    step(insert(text, lineOf(text, /^### /m, mid + 3000), '- a list item\n  continued\n'), 'a list runs into a heading');
    step(insert(text, lineOf(text, /^### /m, mid + 5000), '| a | b |\n| - | - |\n| 1 | 2 |\n'), 'a table runs into a heading');
    step(insert(text, lineOf(text, /^### /m, mid + 7000), 'Setext Title\n============\n\nThe Provider shall keep logs for ninety (90) days.\n\n'), 'a setext heading');
    step(insert(text, lineOf(text, /^### /m, 100), '> # a heading in a quote\n> The Provider shall monitor.\n'), 'a heading inside a block quote');
    step(`${text}\n[prov]: https://example.com/provider "Provider"\n`, 'a link reference definition at the end');
    step(text.replace('The Provider shall perform', 'The [Provider][prov] shall perform'), 'a reference to it near the start');
    step(text.replace('(the "**Provider**")', '(the "**Supplier**")'), 'the provider renamed in the preamble');
    step('\uFEFF' + text, 'a byte order mark');
    step(text.slice(0, text.length >> 2), 'three quarters deleted');
    step('', 'everything deleted');
    step('# Title', 'one heading');
    step('#', 'an empty heading');
  });

  it('when one block occurs several times, and as blocks move, go and come back', () => {
    const analyzer = new IncrementalAnalyzer();
    // Outline items: their parents are unit indices, which move with the block too.
    const clause = '## Logging\n\n8.1 The Provider shall:\n\n(a) retain security logs for ninety (90) days; and\n\n(b) review the logs weekly.\n\n';
    const preamble = '# Agreement\n\nThis agreement is between Acme Ltd (the "Provider") and Beta plc (the "Customer").\n\n';
    let text = `${preamble}${clause}${clause}${clause}## Backups\n\nThe Provider shall back up the Customer Data daily.\n`;
    const step = (next: string, what: string): void => {
      text = next;
      check(analyzer, text, what);
    };
    step(text, 'the same block three times');
    step(insert(text, preamble.length, '## Scope\n\nThe Provider shall patch systems within 14 days.\n\n'), 'a block inserted above them: they move');
    step(text.replace(clause, ''), 'one of them deleted');
    step(insert(text, 12, 'x'), 'a character typed in the preamble');
    step(text.replace('## Scope', '### Scope'), 'the section above them one level deeper');
    step(preamble + clause + text.slice(preamble.length), 'one put back at the top');
  });

  it('on a questionnaire whose incorporation clause and answers sit in other blocks, as either is edited', () => {
    const analyzer = new IncrementalAnalyzer();
    const incorporates = "The Provider's responses in Appendix A are incorporated into this Agreement as warranties.";
    const answer = 'A: Yes. We install vendor security patches on every managed server within fourteen days of release.';
    let text = check(analyzer, `# Services Agreement\n\nThis Agreement is between Northwind Managed IT Ltd. (the "Provider") and Harbor Bank plc (the "Customer").\n\n## 2. Questionnaire\n\n${incorporates}\n\n## 3. Fees\n\nThe Customer shall pay each invoice within thirty (30) days.\n\n## Appendix A – Questionnaire\n\n**Q4** Do you install security patches on the servers you manage for us?\n\n${answer}\n`, 'questionnaire').doc.text;
    const step = (next: string, what: string): void => {
      text = next;
      check(analyzer, text, what);
    };
    step(text.replace(incorporates, 'The Provider completed the questionnaire in Appendix A.'), 'the incorporation clause removed in its own block');
    step(text.replace('The Provider completed the questionnaire in Appendix A.', incorporates), 'the incorporation clause back');
    step(text.replace(answer, 'A: Partially. We install security patches on the servers we host.'), 'the answer hedged in its own block');
  });

  it('on a conformance clause that makes SHOULD binding in another block, as either is edited', () => {
    const analyzer = new IncrementalAnalyzer();
    const conformance = '1.1 In this Schedule a requirement written with MUST or SHOULD is a binding obligation of the Provider.';
    const duty = '**R-4** The Provider SHOULD install security patches on every managed server within fourteen days of release.';
    let text = check(analyzer, `# Services Agreement\n\nThis Agreement is between Northwind Managed IT Ltd. (the "Provider") and Harbor Bank plc (the "Customer").\n\n## 1. Conformance\n\n${conformance}\n\n## 3. Fees\n\nThe Customer shall pay each invoice within thirty (30) days.\n\n## 4. Requirements\n\n${duty}\n`, 'conformance').doc.text;
    const step = (next: string, what: string): void => {
      text = next;
      check(analyzer, text, what);
    };
    step(text.replace(conformance, '1.1 A requirement written with SHOULD is a recommendation only.'), 'SHOULD made a recommendation in its own block');
    step(text.replace('1.1 A requirement written with SHOULD is a recommendation only.', conformance), 'SHOULD binding again');
    step(text.replace(duty, duty.replace('fourteen', 'thirty')), 'the requirement edited in its own block');
  });

  it('as the preamble, a definition, a party name, a heading and a signature block are edited (parties, contract signals and placement read per block)', () => {
    const analyzer = new IncrementalAnalyzer();
    // Past 400 units (about 70% of it), so that edits at the end leave the units a party reading looks at as they were.
    const generated = generateContract({ size: 60_000, seed: 12 });
    let text = generated;
    const step = (next: string, what: string): AnalysisResult => {
      // The last run's readings are kept for the next one (a full analysis in between replaces them): read the text before the edit again first.
      analyzer.analyze(text, { catalog });
      text = next;
      return check(analyzer, text, what, { catalog });
    };
    const mid = lineOf(text, /^## /m, text.length >> 1);
    assert.equal(step(text, 'generated, not forced').parties.provider, 'Provider');
    assert.equal(step(text.replace('(the "**Provider**")', '(the "**Contractor**")'), 'the provider renamed in the preamble').parties.provider, 'Contractor');
    step(insert(text, 20, ' and Schedules'), 'words typed in the title');
    step(insert(text, mid, '## 0. Definitions\n\n"Managed Services" means the services in Schedule 1.\n\nThe Vendor Team ("Support Desk") means the personnel of the Contractor.\n\n'), 'a definitions article added');
    step(text.replace('"Managed Services" means', '"Core Services" means'), 'a definition edited');
    step(text.replace('("Support Desk")', '("Service Desk")'), 'a defined team renamed');
    step(text.replace('## 0. Definitions', '## 0. Interpretation'), 'the heading of the definitions edited');
    step(insert(text, lineOf(text, /^\d+\.\d+\.\d+ /m, text.length - 3000) + 12, 'x'), 'a character typed near the end');
    step(`${text}\n## Signatures\n\nIN WITNESS WHEREOF the parties have signed this Agreement.\n`, 'a signature block added at the end: missing clauses go before it');
    step(insert(text, mid, 'Signed for and on behalf of the Customer:\n\n'), 'a signature line in the middle');
    step(text.replace('Signed for and on behalf of the Customer:\n\n', ''), 'and removed');
    step(insert(text, mid, '```bash\nnpm install clauselint\n```\n\n`a` `b` `c` `d` `e` `f` `g` `h` `i` `j` `k`\n\n'), 'code and an install command');
    step(generated.replace(/\(the "\*\*(?:Provider|Customer)\*\*"\)/g, ''), 'no party defined any more');
  });

  it('when the indented-prose decision flips', () => {
    const analyzer = new IncrementalAnalyzer();
    const clause = (n: number): string => `    ${n}. The Provider shall keep security logs for six (6) months and the parties agree to review them.\n`;
    const body = Array.from({ length: 12 }, (_, i) => `${i % 4 === 0 ? `# Part ${i}\n\n` : ''}${clause(i)}\n`).join('');
    let text = `# Services Agreement\n\n${body}`;
    assert.equal(check(analyzer, text, 'indented body').doc.indentedProse, true);
    text = text.replace('# Part 4\n\n', `# Part 4\n\n${'The Provider shall act promptly and well. '.repeat(40)}\n\n`);
    assert.equal(check(analyzer, text, 'prose added: no longer indented prose').doc.indentedProse, false);
    text = text.replace(/The Provider shall act promptly and well\. /g, '');
    assert.equal(check(analyzer, text, 'prose removed again').doc.indentedProse, true);
  });

  it('with other options: not forced, provider perspective, requirements switched off, another catalog', () => {
    const analyzer = new IncrementalAnalyzer();
    const text = generateContract({ size: 20_000, seed: 9 });
    check(analyzer, text, 'not forced', { catalog });
    check(analyzer, text, 'provider perspective', { catalog, perspective: 'provider' });
    const off = Object.fromEntries(catalog.requirements.slice(0, 5).map((r) => [r.id, 'off' as const]));
    check(analyzer, text, 'five requirements off', { catalog, severityOverrides: off });
    const smaller: Catalog = { ...catalog, requirements: catalog.requirements.slice(3, 9) };
    check(analyzer, text, 'another catalog', { catalog: smaller });
    check(analyzer, insert(text, text.length >> 1, 'z'), 'another catalog, edited', { catalog: smaller });
  });

  it('on generated Markdown with random edits (property)', () => {
    const splice = fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.oneof(anyBlock.map((b) => `\n${b}\n`), fc.constantFrom('#', '# ', '```\n', '---\n', '\n', '', 'x', '<!--', '-->', '|')));
    fc.assert(
      fc.property(anyDocument, fc.array(splice, { maxLength: 3 }), (doc, edits) => {
        const analyzer = new IncrementalAnalyzer();
        const options = { catalog: PROPERTY_CATALOG, force: true };
        let text = doc;
        check(analyzer, text, 'generated document', options);
        for (const [at, remove, piece] of edits) {
          const start = text.length ? at % (text.length + 1) : 0;
          text = text.slice(0, start) + piece + text.slice(Math.min(text.length, start + remove));
          check(analyzer, text, `after splicing ${JSON.stringify(piece).slice(0, 40)} at ${start}`, options);
        }
      }),
      params(40),
    );
  });
});

describe('incremental analysis re-reads only what changed', function () {
  this.timeout(60_000);
  const text = generateContract({ size: 150_000, seed: 21 });

  it('parses and matches one or two blocks after a one-character edit', () => {
    const analyzer = new IncrementalAnalyzer();
    analyzer.analyze(text, { catalog });
    const cold = analyzer.lastRun;
    assert.ok(cold.blocks > 100, `expected many blocks, got ${cold.blocks}`);
    assert.equal(cold.parsed, cold.blocks);
    const at = lineOf(text, /^\d+\.\d+\.\d+ /m, text.length >> 1) + 12;
    check(analyzer, insert(text, at, 'x'), 'typed');
    assert.ok(analyzer.lastRun.parsed <= 2, `parsed ${analyzer.lastRun.parsed} blocks`);
    assert.ok(analyzer.lastRun.matched <= 2, `matched ${analyzer.lastRun.matched} blocks`);
    check(analyzer, text, 'typed and undone');
    assert.equal(analyzer.lastRun.parsed, 0, 'the undone version is still cached');
  });

  it('does not cut inside front matter or fenced code', () => {
    const doc = '---\n# yaml comment\n---\n# A\n\n```\n# not a heading\n```\n\n## B\ntext\n#no\n# C';
    assert.deepEqual(cutCandidates(doc).map((at) => doc.slice(at, doc.indexOf('\n', at) >>> 0)), ['# A', '## B', '# C']);
    // An unclosed first "---" changes how remark reads everything after it: no cuts at all.
    assert.deepEqual(cutCandidates('---\n# A\ntext\n# B\n'), []);
  });

  it('yields between blocks and can be abandoned half way', () => {
    const analyzer = new IncrementalAnalyzer();
    const steps = analyzer.steps(text, { catalog });
    let yields = 0;
    for (let s = steps.next(); !s.done && yields < 20; s = steps.next()) yields++;
    assert.equal(yields, 20);
    steps.return(undefined as never);
    const result = check(analyzer, text, 'after an abandoned run', { catalog });
    assert.ok(result.isContract);
    assert.ok(analyzer.lastRun.parsed < analyzer.lastRun.blocks, 'the abandoned run left its blocks in the cache');
  });
});
