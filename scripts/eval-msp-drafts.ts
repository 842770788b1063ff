/**
 * The "MSP drafts" section of `npm run eval`: original agreements and their hand-written
 * controlled edits (test/fixtures/msp-drafts, scripts/msp-drafts.ts), right/total per edit kind,
 * for each manifest set on its own (every set has been tuned on since its blind first run; the fixture README records the first runs) and in total.
 */
import { defaultPackDir, loadCatalog } from '../server/src/engine';
import { describeWrong, draftCases, draftRange, formatTable, runCases, scoreByKind, setsOf, setTitle } from './msp-drafts';

export function printMspDrafts(quiet: boolean): void {
  const cases = draftCases();
  const results = runCases(cases, loadCatalog([defaultPackDir()]));
  console.log(`\nOriginal MSP drafts and hand-written edits (test/fixtures/msp-drafts; every area of each draft, whole document analysed):`);
  const sets = setsOf(cases);
  for (const set of sets) {
    const inSet = results.filter((r) => r.case.set === set);
    console.log(`\n${setTitle(set, cases)}`);
    console.log(formatTable(scoreByKind(inSet)));
    if (!quiet) for (const r of inSet.filter((x) => !x.right)) console.log(`  ${describeWrong(r)}`);
  }
  if (sets.length > 1) {
    console.log(`\nall sets: ${draftRange(cases)}`);
    console.log(formatTable(scoreByKind(results)));
  }
}
