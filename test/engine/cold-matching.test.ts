/**
 * A draft just opened is matched a run of blocks at a time (incremental/matching.ts, matchRuns),
 * and each block keeps its own share of the evidence for later runs. After an edit that takes
 * away a requirement's best evidence, the next best comes from the other blocks' caches: if a
 * share were cut wrongly, shifted wrongly or dropped, the result would differ from a full analysis.
 */
import { strict as assert } from 'node:assert';
import { analyzeParsed, type AnalyzeOptions } from '../../server/src/engine/analyze';
import { defaultPackDir, loadCatalog } from '../../server/src/engine/catalog/load';
import { IncrementalAnalyzer } from '../../server/src/engine/incremental';
import { parseWholeDocument } from '../../server/src/engine/parse';
import { generateContract } from '../../bench/generate';
import { findEvidence } from '../../server/src/engine/match';
import { hasUnitAids, unitAids } from '../../server/src/engine/unit-aids';

const catalog = loadCatalog([defaultPackDir()]);
const options: AnalyzeOptions = { catalog, force: true };

describe('cold matching by runs of blocks', function () {
  this.timeout(300_000);

  it('matches every block of a draft just opened, and the blocks keep what later runs need', () => {
    for (const eol of ['\n', '\r\n'] as const) {
      const text = generateContract({ size: 80_000, seed: 11, eol });
      const analyzer = new IncrementalAnalyzer();
      const cold = analyzer.analyze(text, options);
      assert.deepStrictEqual(cold, analyzeParsed(parseWholeDocument(text), options));
      assert.equal(analyzer.lastRun.matched, analyzer.lastRun.blocks, 'every block matched once');
      // Take away the best evidence of requirements found in more than one place, one at a time.
      const withSeveral = cold.findings.filter((f) => f.evidence.length >= 2).slice(0, 6);
      assert.ok(withSeveral.length >= 3, 'the draft has requirements with evidence in several places');
      for (const finding of withSeveral) {
        const best = finding.evidence[0]!;
        const edited = text.slice(0, best.start) + 'Intentionally left blank.' + text.slice(best.end);
        const after = analyzer.analyze(edited, options);
        assert.ok(analyzer.lastRun.matched <= 2, `only the edited block is matched again (${analyzer.lastRun.matched})`);
        assert.deepStrictEqual(after, analyzeParsed(parseWholeDocument(edited), options), `${finding.requirement.id}: best evidence removed`);
        analyzer.analyze(text, options); // back to the draft as opened
      }
    }
  });

  it('drops the per-sentence aids of the document it keeps once matched; asked again, they come back the same', () => {
    const text = generateContract({ size: 40_000, seed: 5 });
    const result = new IncrementalAnalyzer().analyze(text, options);
    assert.equal(result.isContract, true);
    assert.equal(hasUnitAids(result.doc), false, 'the result keeps its document, not the aids');
    const again = result.findings.map((f) => findEvidence(result.doc, result.parties, result.lines, f.requirement).length > 0);
    assert.equal(hasUnitAids(result.doc), true);
    assert.deepEqual(again, result.findings.map((f) => f.evidence.some((e) => e.status !== 'missing')));
    assert.ok(unitAids(result.doc).lower.length === result.doc.units.length);
  });
});
