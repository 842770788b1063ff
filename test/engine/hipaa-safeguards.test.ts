/**
 * HIPAA Security Rule wording (45 C.F.R. 164.308-164.316, public law) as contracts copy it: "audit
 * controls" that "record and examine activity" and the "information system activity review" are
 * security logging; an "addressable" safeguard, which the party implements only if it assesses it
 * as "reasonable and appropriate" and otherwise may "document why" it has not, is a hedge; a duty
 * owed only as far as a system's "built-in" features go is qualified. Sentences written for this test.
 */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

const LOGGING = 'logging.security-event-management';

describe('HIPAA safeguards: audit controls and activity review', () => {
  for (const sentence of [
    'The Provider shall implement audit controls on every server that holds patient records.',
    "The Provider shall carry out an information system activity review of the Customer's systems each week.",
    'The Provider shall implement mechanisms that record and examine activity in the systems that hold health data.',
    "The Provider shall record activity in the Customer's clinical systems and keep those records for audit.",
  ]) {
    it(`present: ${sentence}`, () => assert.equal(bundledStatus(sentence, LOGGING), 'present'));
  }

  it('a refusal to review activity logs is negated', () => {
    assert.equal(bundledStatus("The Provider does not collect or review activity logs of the Customer's systems.", LOGGING), 'negated');
  });

  it('the review put on the Customer is not the Provider\'s', () => {
    const got = bundledStatus('The Customer shall carry out the information system activity review of its own systems.', LOGGING);
    assert.ok(got === 'wrong-party' || got === 'negated', got);
  });

  it('activity recorded on tickets is a work record, not logging', () => {
    assert.equal(bundledStatus('The Provider shall record activity in the ticketing system for each support request.', LOGGING), 'missing');
  });
});

describe('HIPAA safeguards: addressable and built-in only are hedges', () => {
  for (const [sentence, id] of [
    ['The Provider shall assess whether multi-factor authentication for remote logins by its staff is reasonable and appropriate, and shall implement it or document why it has not.', 'mfa.provider-access'],
    ['The Provider shall back up Customer Data every day where reasonable and appropriate.', 'backup.contracted-service'],
    ["The Provider shall install vendors' security patches within fourteen days or document why it has not.", 'patching.ongoing-service'],
    ['The Provider shall review security event logs every day if reasonable and appropriate.', LOGGING],
    ['The Provider shall keep security logs for twelve months to the extent the built-in storage of its platform allows.', 'logging.retention'],
  ] as const) {
    it(`weak: ${sentence}`, () => assert.equal(bundledStatus(sentence, id), 'weak'));
  }

  it('"reasonable and appropriate safeguards" is the standard of a binding duty, not a hedge', () => {
    assert.equal(bundledStatus('The Provider shall implement reasonable and appropriate safeguards, including backing up Customer Data every day.', 'backup.contracted-service'), 'present');
  });
});

// The Security Rule's administrative safeguards by their standard names (45 C.F.R. 164.308):
// data backup plan ("retrievable exact copies"), disaster recovery plan ("restore any loss of
// data"), termination procedures ("when the employment of … a workforce member ends"), assigned
// security responsibility ("the security official who is responsible …"), access authorization
// limited to what a role requires.
describe('HIPAA safeguards: administrative safeguards by their own wording', () => {
  for (const [sentence, id] of [
    ['The Provider shall create and maintain retrievable exact copies of the health data on the Customer systems every day.', 'backup.contracted-service'],
    ['The Provider shall establish procedures to restore any loss of data held on the Customer systems.', 'backup.contracted-service'],
    ['The Provider shall implement procedures for terminating access to health data when the employment of a workforce member ends.', 'accounts.deprovisioning'],
    ["The Provider shall disable an engineer's access within one day after the engineer's assignment to the Customer ends.", 'accounts.deprovisioning'],
    ['The Provider shall revoke the credentials of a workforce member on the day the workforce member leaves.', 'accounts.deprovisioning'],
    ['The Provider shall remove the access of any engineer who stops working on the Customer account within one business day.', 'accounts.deprovisioning'],
    ['The Provider shall identify to the Customer the security official who is responsible for the development and implementation of its security policies.', 'transparency.roles-responsibilities'],
    ["The Provider shall grant each workforce member only the access that the member's role requires.", 'privilege.least-privilege'],
  ] as const) {
    it(`present: ${sentence}`, () => assert.equal(bundledStatus(sentence, id), 'present'));
  }

  it('look-alikes in other senses are no evidence', () => {
    for (const [sentence, id] of [
      ['The Provider shall make exact copies of each invoice available to the Customer.', 'backup.contracted-service'],
      ["Access to the portal ends when the assignment of this Agreement to the Customer's affiliate ends.", 'accounts.deprovisioning'],
      ['The Provider shall give its staff the training that each role requires.', 'privilege.least-privilege'],
    ] as const) {
      assert.equal(bundledStatus(sentence, id), 'missing', sentence);
    }
  });
});
