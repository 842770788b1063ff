/**
 * A duty with a way out on the obligated party's own judgement ("…, and may decline to install an
 * update it considers disruptive") owes no instance for certain: weak. The other party's right to
 * decline (its approval, in a clause of its own) leaves the duty as it is. Sentences written for this test.
 */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

describe('escape permissions of the obligated party', () => {
  for (const [sentence, id] of [
    ["The Provider shall install vendors' security patches within fourteen days, and may decline to install a patch that it expects to disrupt the Services.", 'patching.ongoing-service'],
    ['The Provider shall back up Customer Data every night and may choose not to back up files larger than its storage plan allows.', 'backup.contracted-service'],
    ['The Provider shall notify the Customer of each security incident within 24 hours, and may elect not to notify minor incidents.', 'incident.notification'],
    ['The Provider shall require multi-factor authentication for its engineers, and may decide not to require it for accounts used on site.', 'mfa.provider-access'],
  ] as const) {
    it(`weak: ${sentence}`, () => assert.equal(bundledStatus(sentence, id), 'weak'));
  }

  it('the Customer declining its approval in a clause of its own leaves the duty binding', () => {
    assert.equal(bundledStatus("The Provider shall install vendors' security patches within fourteen days; the Customer may refuse to approve a patch for its clinical systems.", 'patching.ongoing-service'), 'present');
    assert.equal(bundledStatus("The Provider shall install vendors' security patches within fourteen days, and the Customer may decline to approve a patch that would disrupt its clinics.", 'patching.ongoing-service'), 'present');
  });
});
