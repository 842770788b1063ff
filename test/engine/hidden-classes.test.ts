/**
 * The objects the matching loops read for every unit and sentence share one V8 hidden class
 * (packed-map.ts): a new class met after V8 optimised a loop makes it throw the machine code away
 * and compile again. Checked with V8's own test (natives syntax, allowed for this process).
 */
import { strict as assert } from 'node:assert';
import { setFlagsFromString } from 'node:v8';
import { generateContract } from '../../bench/generate';
import { packedMap } from '../../server/src/engine/packed-map';
import { AnalysisService } from '../../server/src/host/service';
import { DEFAULT_SETTINGS } from '../../server/src/host/settings';

setFlagsFromString('--allow-natives-syntax');
const sameHiddenClass = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: unknown, b: unknown) => boolean;

function hiddenClasses(objects: readonly unknown[]): number {
  const representatives: unknown[] = [];
  for (const o of objects) if (!representatives.some((r) => sameHiddenClass(r, o))) representatives.push(o);
  return representatives.length;
}

function checked(text: string, name: string) {
  const result = new AnalysisService([]).check(`/drafts/${name}.md`, text, DEFAULT_SETTINGS, { force: true });
  assert.ok(result.analysis, 'analysed');
  return result.analysis;
}

describe('hidden classes of what matching reads per unit', () => {
  it('packedMap maps like Array.prototype.map, and its arrays share one class whatever they hold', () => {
    assert.deepEqual(packedMap([1, 2, 3], (x, i) => x * 10 + i), [10, 21, 32]);
    assert.deepEqual(packedMap([], (x: number) => x), []);
    for (let i = 0; i < 20; i++) packedMap([i], (n) => ({ n })); // V8 learns the site's element kind from its first arrays
    const lists = [packedMap(['a'], (s) => ({ s })), packedMap([], (s: string) => s), packedMap([1, 2], () => true), packedMap(['x'], () => undefined)];
    assert.equal(hiddenClasses(lists), 1);
  });

  it('every unit, sentence list and parties object of checked drafts has one class (after a first draft)', () => {
    checked(generateContract({ size: 20_000, seed: 3 }), 'warm-up');
    const units: unknown[] = [];
    const sentenceLists: unknown[] = [];
    const parties: unknown[] = [];
    for (const seed of [5, 8]) {
      // Drafts with headings are read in blocks, whose units the assembly shifts into the document (assembly.ts).
      const captions = '\n\n## 9. Backups\n\n**Backup testing.** The Provider shall test restores quarterly.\n\n(a) The Provider shall keep three copies.\n\n**Offsite copies**\n';
      const analysis = checked(generateContract({ size: 60_000, seed }) + captions, `draft-${seed}`);
      for (const unit of analysis.doc.units) {
        units.push(unit);
        sentenceLists.push(unit.sentences);
      }
      parties.push(analysis.parties);
    }
    assert.ok(units.some((u) => (u as { caption?: unknown }).caption) && units.some((u) => (u as { enumerator?: unknown }).enumerator), 'captions and enumerators occur');
    assert.ok(sentenceLists.some((l) => (l as unknown[]).length === 0), 'title-only units occur');
    assert.equal(hiddenClasses(units), 1, 'units');
    assert.equal(hiddenClasses(sentenceLists), 1, 'sentence lists');
    assert.equal(hiddenClasses(parties), 1, 'parties');
  });
});
