/**
 * The customer keeps the act: three general forms of a duty moved to the customer side, tried on
 * at least four requirements each with sentences written for this test.
 * - What "stays with" or "remains with" the customer is an act ("Backing up the data stays with
 *   the Customer", "Patching of the servers remains with the Customer"), not property.
 * - A customer clause that reads as oversight of the provider ("The Customer shall assess each
 *   subcontractor the Provider proposes") followed by the provider refusing its part ("; the
 *   Provider does not assess its subcontractors") moves the duty rather than sharing it.
 * - "The Customer shall …, and on termination shall remove …": a second predicate after a time
 *   phrase keeps the customer as its subject.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const ACTS: Record<string, string> = {
  'patching.ongoing-service': 'Installing security patches on the Customer servers',
  'backup.contracted-service': 'Backing up the Customer Data every night',
  'accounts.deprovisioning': 'Disabling the accounts of departing Provider staff',
  'mfa.provider-access': 'Enforcing multi-factor authentication for all remote access by Provider personnel',
};

function wrong(items: Record<string, string>, sentence: (item: string) => string, expected: string[]): string[] {
  return Object.entries(items)
    .map(([id, item]) => [id, bundledStatus(`## 5. Security\n\n${sentence(item)}\n`, id)] as const)
    .filter(([, got]) => !expected.includes(got))
    .map(([id, got]) => `${id}=${got}`);
}

/** Customer clauses that read as oversight of the provider, on requirements both sides share. */
const OVERSIGHT: Record<string, string> = {
  'supply-chain.risk-management': 'The Customer shall assess the security controls of each subcontractor the Provider proposes before approving it',
  'accounts.activity-review': 'The Customer shall review the activity of the Provider accounts on its systems every month',
  'governance.periodic-review': 'The Customer shall review the security controls the Provider operates for it once a year',
  'ir.exercise-frequency': 'The Customer shall test the Provider’s incident response plan in a tabletop exercise once a year',
};

describe('the customer keeps the act', () => {
  it('"<act> stays with / remains with / remain matters for the Customer" gives the act to the customer', () => {
    assert.deepEqual(wrong(ACTS, (a) => `${a} stays with the Customer, which uses its own tools.`, ['wrong-party', 'negated']), []);
    assert.deepEqual(wrong(ACTS, (a) => `${a} remains with the Customer.`, ['wrong-party', 'negated']), []);
    assert.deepEqual(wrong(ACTS, (a) => `${a} and related testing remain matters for the Customer.`, ['wrong-party', 'negated']), []);
  });

  it('must not: property that stays with the customer puts no act on it', () => {
    assert.deepEqual(wrong(ACTS, (a) => `The Provider shall carry out the following: ${a.charAt(0).toLowerCase()}${a.slice(1)}. The records and media used stay with the Customer.`, ['present']), []);
    for (const thing of ['The backup media remains with the Customer.', 'Ownership of the backup copies remains with the Customer.', 'The billing remains with the Customer.']) {
      assert.notEqual(bundledStatus(`## 5. Security\n\nThe Provider shall back up the Customer Data every night. ${thing}\n`, 'backup.contracted-service'), 'wrong-party', thing);
    }
  });

  it('a customer check followed by the provider refusing its part is a move to the customer', () => {
    assert.deepEqual(wrong(OVERSIGHT, (c) => `${c}; the Provider does not do so itself.`, ['wrong-party', 'negated']), []);
    assert.deepEqual(wrong(OVERSIGHT, (c) => `${c}, and the Provider has no responsibility in this regard.`, ['wrong-party', 'negated']), []);
    assert.deepEqual(wrong(OVERSIGHT, (c) => `${c}; the Provider is not required to take part.`, ['wrong-party', 'negated']), []);
  });

  it('must not: the same check with the provider cooperating, or with no refusal, stays shared', () => {
    assert.deepEqual(wrong(OVERSIGHT, (c) => `${c}.`, ['present']), []);
    assert.deepEqual(wrong(OVERSIGHT, (c) => `${c}, and the Provider shall not obstruct it.`, ['present']), []);
  });

  it('"The Customer shall …, and on termination shall remove …" keeps the customer as subject', () => {
    const status = (s: string): string => bundledStatus(`## 5. Security\n\n${s}\n`, 'accounts.exit-revocation');
    assert.equal(status('The Customer shall disable leavers promptly, and on termination shall itself remove all Provider accounts and credentials from its systems.'), 'wrong-party');
    assert.equal(status('The Customer shall disable leavers promptly, and on expiry of this Agreement, shall remove all Provider accounts from its systems.'), 'wrong-party');
    assert.equal(status('The Provider shall disable leavers promptly, and on termination shall remove all of its accounts and credentials from the Customer systems.'), 'present');
    assert.equal(status('The Provider shall disable leavers promptly, and thereafter shall remove all of its accounts from the Customer systems on termination.'), 'present');
    // A time phrase that ends in a subject is no bare predicate: "In addition to …, Customer shall, and shall …".
    assert.equal(status('In addition to the services in Schedule 1, Customer shall, and shall cause its affiliates to, remove all Provider accounts from its systems on termination.'), 'wrong-party');
  });
});
