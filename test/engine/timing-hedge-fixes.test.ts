/**
 * A discretion cue over when a duty is done ("at intervals it decides", "on a schedule it
 * chooses") sits inside a phrase of when; deleting the cue alone left "back up the data at." The
 * quick fix deletes the phrase's preposition and noun of when with it (lexicon
 * `quickFixes.timingPrepositions` and `timingNouns`), and its title names what goes. Sentences
 * written for this test.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import { applyEdits } from '../../server/src/engine/edits';
import { fixesFor } from '../../server/src/engine/fixes';
import { compileQuickFixWords } from '../../server/src/engine/fix-words';
import { deletePhrase } from '../../server/src/engine/cue-fixes';
import { aa22, bundledStatus } from './matching-helpers';

const wrap = (clause: string): string => `# Managed Services Agreement\n\nNorthwind Ltd. (the "Provider") and Harbor Inc. (the "Customer") agree.\n\n## 1. Security\n\n1.1 ${clause}\n`;

function fixed(clause: string, id: string): { title: string; clause: string } {
  const text = wrap(clause);
  const result = analyze(text, { catalog: aa22(), force: true });
  const finding = result.findings.find((f) => f.requirement.id === id);
  assert.ok(finding, `a finding for ${id}`);
  const fix = fixesFor(result, finding).find((f) => f.kind === 'remove-hedge');
  assert.ok(fix, 'a remove-hedge fix');
  return { title: fix.title, clause: applyEdits(text, fix.edits).split('\n').find((l) => l.startsWith('1.1 '))!.slice(4) };
}

describe('deleting a discretion cue over when', () => {
  for (const [clause, id, after, named] of [
    ['The Provider shall back up the Customer Data at intervals it decides.', 'backup.contracted-service', 'The Provider shall back up the Customer Data.', 'at intervals it decides'],
    ['The Provider shall back up the Customer Data on a schedule it chooses.', 'backup.contracted-service', 'The Provider shall back up the Customer Data.', 'on a schedule it chooses'],
    ['The Provider shall apply security patches at a frequency the Provider determines.', 'patching.ongoing-service', 'The Provider shall apply security patches.', 'at a frequency the Provider determines'],
    ['The Provider shall apply security patches in windows of its choosing.', 'patching.ongoing-service', 'The Provider shall apply security patches.', 'in windows of its choosing'],
  ] as const) {
    it(`takes the phrase of when with it: ${clause}`, () => {
      const out = fixed(clause, id);
      assert.equal(out.clause, after);
      assert.equal(out.title, `Replace ‘${named}’ with an unconditional obligation`);
    });
  }
  it('a schedule the provider chooses is a hedge; a schedule the agreement sets is not', () => {
    assert.equal(bundledStatus('The Provider shall back up the Customer Data on a schedule it chooses.', 'backup.contracted-service'), 'weak');
    assert.equal(bundledStatus('The Provider shall back up the Customer Data daily on the schedule set out in Schedule 2.', 'backup.contracted-service'), 'present');
  });
  it('a cue that opens its own phrase keeps the words before it', () =>
    assert.equal(fixed('The Provider shall, where possible, apply security patches within 14 days.', 'patching.ongoing-service').clause, 'The Provider shall apply security patches within 14 days.'));
  it('the words are data: without them only the cue goes', () => {
    const text = 'back up the data at intervals it decides.';
    const cue = text.indexOf('intervals');
    const bare = compileQuickFixWords({}, {});
    const edit = deletePhrase(text, cue, cue + 'intervals it decides'.length, bare);
    assert.equal(applyEdits(text, [edit]), 'back up the data at.');
    const withWords = deletePhrase(text, cue, cue + 'intervals it decides'.length, compileQuickFixWords({ timingPrepositions: ['at'], timingNouns: ['intervals'] }, {}));
    assert.equal(applyEdits(text, [withWords]), 'back up the data.');
  });
});
