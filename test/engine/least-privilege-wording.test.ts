// Least privilege in the words of AC-6 / ISM-1508 / Essential Eight ("necessary to accomplish
// assigned tasks", "limited to that required … to undertake their duties", "restricting
// administrative privileges") as contracts paraphrase them; revoking or re-certifying access is
// deprovisioning or account review, not least privilege.
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

const ID = 'privilege.least-privilege';

describe('least privilege: contract wording', () => {
  for (const sentence of [
    "The Provider shall give each technician only the administrative rights that the technician's assigned tasks require.",
    'Provider engineers shall hold no standing domain administrator rights on Customer systems.',
    "The Provider shall grant each person access to Customer systems only to the extent that person's role requires.",
    'The Provider shall restrict the access rights of its analysts to the Customer systems they support.',
    'The Provider shall limit the administrative rights of its staff to what their duties require.',
  ]) {
    it(`present: ${sentence}`, () => assert.equal(bundledStatus(sentence, ID), 'present'));
  }

  it('a refusal in the same words is negated', () => {
    assert.equal(bundledStatus('The Provider is not required to restrict the access rights of its analysts.', ID), 'negated');
  });

  it('revoking the access rights of leavers is not least privilege', () => {
    assert.equal(bundledStatus('The Provider shall revoke the access rights of each departing engineer within one day.', ID), 'missing');
    assert.equal(bundledStatus('The Provider shall re-certify all access rights with the Customer every quarter.', ID), 'missing');
  });
});
