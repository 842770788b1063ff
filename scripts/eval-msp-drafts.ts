/**
 * The "MSP drafts" section of `npm run eval`: six original agreements and their hand-written
 * controlled edits (test/fixtures/msp-drafts, scripts/msp-drafts.ts), right/total per edit kind.
 */
import { defaultPackDir, loadCatalog } from '../server/src/engine';
import { describeWrong, draftCases, formatTable, runCases, scoreByKind } from './msp-drafts';

export function printMspDrafts(quiet: boolean): void {
  const results = runCases(draftCases(), loadCatalog([defaultPackDir()]));
  console.log(`\nOriginal MSP drafts and hand-written edits (test/fixtures/msp-drafts; every area of each draft, whole document analysed):`);
  console.log(formatTable(scoreByKind(results)));
  if (!quiet) for (const r of results.filter((x) => !x.right)) console.log(`  ${describeWrong(r)}`);
}
