/**
 * Escapes that let a duty lapse, tried on four or more requirements with sentences written for
 * this test: "shall endeavour" with its act set off by a condition, a condition on the systems
 * being capable of it, the party's own ability ("where it is reasonably able to do so"), money or
 * capacity ("as budgets allow", "when capacity allows"), and removal deferred to the next
 * periodic review. Each has look-alikes that must stay binding.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const DUTIES: Record<string, string> = {
  'mfa.provider-access': 'require multi-factor authentication for all remote access by its staff to the Customer systems',
  'patching.ongoing-service': 'install vendor security patches on the Customer servers within fourteen days of release',
  'backup.contracted-service': 'back up the Customer Data every night to a second site',
  'incident.notification': 'notify the Customer of any security incident affecting the Customer Data within 24 hours',
};

function wrong(clause: (duty: string) => string, expected: string[]): string[] {
  return Object.entries(DUTIES)
    .map(([id, duty]) => [id, bundledStatus(`## 6. Security\n\n${clause(duty)}\n`, id)] as const)
    .filter(([, got]) => !expected.includes(got))
    .map(([id, got]) => `${id}=${got}`);
}

describe('escape hedges', () => {
  it('"shall endeavour, <condition>, to …" is an effort standard', () => {
    assert.deepEqual(wrong((d) => `The Provider shall endeavour, subject to the terms of this Agreement, to ${d}.`, ['weak']), []);
    assert.deepEqual(wrong((d) => `The Provider will endeavour, during the Term, to ${d}.`, ['weak']), []);
  });

  it('"to the extent the systems are capable of …" holds the duty only where they are', () => {
    assert.deepEqual(wrong((d) => `The Provider shall, to the extent the Customer systems are capable of supporting the same, ${d}.`, ['weak']), []);
    assert.deepEqual(wrong((d) => `The Provider shall ${d} where the relevant equipment is capable of it.`, ['weak']), []);
  });

  it('"where it is reasonably able to do so" leaves the duty to its ability', () => {
    assert.deepEqual(wrong((d) => `The Provider shall, where it is reasonably able to do so, ${d}.`, ['weak']), []);
    assert.deepEqual(wrong((d) => `The Provider shall ${d} if it is able to do so.`, ['weak']), []);
  });

  it('"as budgets allow", "when capacity allows", "subject to funding" make it wait on money or capacity', () => {
    assert.deepEqual(wrong((d) => `The Provider will ${d} as budgets allow.`, ['weak']), []);
    assert.deepEqual(wrong((d) => `The Provider will ${d} when capacity allows.`, ['weak']), []);
    assert.deepEqual(wrong((d) => `Subject to funding, the Provider will ${d}.`, ['weak']), []);
  });

  it('must not: the same words about something else, or a capability named without a condition', () => {
    assert.deepEqual(wrong((d) => `The Provider shall ${d}. The Customer may buy extra storage as budgets allow.`, ['present']), []);
    assert.deepEqual(wrong((d) => `The Provider shall ${d}, using tools that are capable of doing so.`, ['present']), []);
    assert.deepEqual(wrong((d) => `The Provider shall ${d}; it is able to do so from its own operations centre.`, ['present']), []);
  });

  it('removal of access deferred to the next periodic review is weak; a patch window is not', () => {
    const deprovisioning = (s: string): string => bundledStatus(`## 6. Security\n\n${s}\n`, 'accounts.deprovisioning');
    assert.equal(deprovisioning('The Provider will disable the accounts of departing staff at its next scheduled account review.'), 'weak');
    assert.equal(deprovisioning('The Provider shall disable the access of leavers at the next quarterly access review.'), 'weak');
    assert.equal(deprovisioning('The Provider shall disable the accounts of departing staff on their last day and confirm it at the next monthly service review.'), 'present');
    assert.equal(
      bundledStatus('## 6. Security\n\nThe Provider shall apply critical security patches within fourteen days and all other patches at the next scheduled maintenance window.\n', 'patching.ongoing-service'),
      'present',
    );
  });
});
