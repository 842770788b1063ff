/**
 * The ways a draft gives a duty to the customer or takes it out of the provider's services, each
 * tried on several requirements: a duty placed on the customer must read as moved (wrong party or
 * negated), a disclaimer as negated, and a protective prohibition must stay a duty. Sentences
 * written for this test (no corpus document's wording).
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

/** [requirement, the act as a verb phrase, the act as a noun phrase] */
const ACTS: [string, string, string][] = [
  ['patching.ongoing-service', 'apply security patches to the Customer systems', 'applying security patches to the Customer systems'],
  ['backup.contracted-service', 'back up the Customer Data', 'backing up the Customer Data'],
  ['mfa.provider-access', 'enforce multi-factor authentication on accounts that access the Customer systems', 'enforcing multi-factor authentication on accounts that access the Customer systems'],
  ['network.segregation', 'segregate the Customer network from other networks', 'segregating the Customer network from other networks'],
  ['logging.security-event-management', 'monitor the Customer systems for security events', 'monitoring the Customer systems for security events'],
];
const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

const MOVED = (v: string, g: string): string[] => [
  `It is for the Customer to ${v}.`,
  `${cap(g)} is handled by the Customer's own IT staff.`,
  `The Customer retains responsibility for ${g}.`,
  `Responsibility for ${g} rests with the Customer.`,
  `${cap(g)} is performed by the Customer.`,
];
const DISCLAIMED = (v: string, g: string): string[] => [
  `The Services exclude ${g}.`,
  `The Services do not extend to ${g}.`,
  `${cap(g)} falls outside the Services.`,
  `The Provider cannot be required to ${v}.`,
  `The Provider is not engaged to ${v}.`,
  `The Provider declines any responsibility for ${g}.`,
  `The Provider will not ${v}.`,
];

describe('allocation forms: duties given to the customer or left out of the services', () => {
  for (const [id, v, g] of ACTS) {
    it(`${id}: the plain duty is present, each move reads moved and each disclaimer negated`, () => {
      assert.equal(bundledStatus(`The Provider shall ${v}.`, id), 'present');
      const notMoved = MOVED(v, g).filter((s) => !['negated', 'wrong-party'].includes(bundledStatus(s, id)));
      assert.deepEqual(notMoved, []);
      const notNegated = DISCLAIMED(v, g).filter((s) => bundledStatus(s, id) !== 'negated');
      assert.deepEqual(notNegated, []);
    });
  }
});

describe('allocation forms: look-alikes that keep the duty', () => {
  it('the Provider’s own people as the agent of a passive keep the duty the Provider’s', () => {
    assert.equal(bundledStatus("Security patches are applied to the Customer systems by the Provider's engineers, who report to the Customer's IT manager.", 'patching.ongoing-service'), 'present');
  });
  it('"It is for the Provider to" gives the duty to the Provider', () => {
    assert.equal(bundledStatus('It is for the Provider to back up the Customer Data every day.', 'backup.contracted-service'), 'present');
  });
  it('a protective prohibition in "will not" stays a duty', () => {
    assert.equal(bundledStatus('The Provider will not install patches on the Customer systems without testing them first, and shall install tested patches within fourteen days.', 'patching.ongoing-service'), 'present');
    assert.notEqual(bundledStatus('The Provider will not disable audit logging on the Customer systems.', 'logging.security-event-management'), 'negated');
    assert.notEqual(bundledStatus('The Provider will not subcontract any of the Services without the Customer’s prior written consent.', 'supply-chain.subcontractors'), 'negated');
  });
  it('monitoring "for security events" is evidence; liability for security events is not', () => {
    assert.equal(bundledStatus('The Provider shall monitor the Customer network for security events around the clock.', 'logging.security-event-management'), 'present');
    assert.equal(bundledStatus("The Provider is not liable for security events caused by the Customer's own staff.", 'logging.security-event-management'), 'missing');
  });
});
