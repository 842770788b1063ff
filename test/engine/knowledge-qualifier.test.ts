/**
 * A knowledge qualifier ("to the best of its knowledge", "so far as it is aware") limits a
 * warranty to what the party knows: it does not promise the fact, so the other party cannot rely
 * on it. Becoming aware of an incident, or a flaw brought to a party's knowledge, is the trigger of
 * a duty, not a qualifier. Sentences written for this test.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import { applyEdits } from '../../server/src/engine/edits';
import { fixesFor } from '../../server/src/engine/fixes';
import { aa22, bundledStatus, MSA_PREAMBLE } from './matching-helpers';

describe('knowledge qualifiers on warranties', () => {
  for (const [sentence, id] of [
    ['The Provider warrants that, to the best of its knowledge, every account its engineers use to access the Customer systems is protected by multi-factor authentication.', 'mfa.provider-access'],
    ['The Provider represents that, so far as it is aware, it backs up Customer Data every day.', 'backup.contracted-service'],
    ["To the best of the Provider's knowledge and belief, the Provider installs security patches on the Customer systems within fourteen days of release.", 'patching.ongoing-service'],
    ['The Provider warrants, as far as it is aware, that it retains security logs for twelve months.', 'logging.retention'],
    ['The Provider warrants that, to the best of its knowledge, each subcontractor with access to Customer Data is bound by security obligations no less protective than those in this Agreement.', 'supply-chain.subcontractors'],
  ] as const) {
    it(`reads ${id} as weak: ${sentence}`, () => assert.equal(bundledStatus(sentence, id), 'weak'));
  }

  for (const [sentence, id] of [
    ['The Provider shall notify the Customer of any Security Incident within twenty-four hours after it becomes aware of it.', 'incident.notification'],
    ['The Provider shall install a patch for every vulnerability brought to its knowledge within fourteen days.', 'patching.ongoing-service'],
    ['The Provider shall back up Customer Data every day and shall tell the Customer as soon as it is aware that a backup failed.', 'backup.contracted-service'],
    ['The Provider shall require multi-factor authentication for every login by its engineers to the Customer systems.', 'mfa.provider-access'],
  ] as const) {
    it(`keeps ${id} present: ${sentence}`, () => assert.equal(bundledStatus(sentence, id), 'present'));
  }

  it('the quick fix deletes the qualifier and leaves the warranty unconditional', () => {
    const text = `${MSA_PREAMBLE}The Provider warrants that, to the best of its knowledge, it backs up Customer Data every day.\n`;
    const result = analyze(text, { catalog: aa22(), force: true });
    const finding = result.findings.find((f) => f.requirement.id === 'backup.contracted-service')!;
    assert.equal(finding.status, 'weak');
    const fix = fixesFor(result, finding).find((f) => f.kind === 'remove-hedge');
    assert.ok(fix, 'a remove-hedge fix is offered');
    const fixed = applyEdits(text, fix.edits);
    assert.ok(fixed.includes('The Provider warrants that it backs up Customer Data every day.'), fixed);
  });
});
