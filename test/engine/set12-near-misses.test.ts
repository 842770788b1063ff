/**
 * Drafting patterns that share an area's words in another sense (set 12's near-misses, read as
 * general patterns): a deputy called a "backup" under a heading that names testing; a list of the
 * security functions an allocation will assign; answering for a subcontractor's acts as for one's
 * own (weak: liability, not management); taking access away from leavers read as least privilege;
 * a periodic revalidation of privileges read as account removal; "do not constitute a commitment"
 * read as a definition; definitions and scope statements; hedges of a notice of incidents.
 * Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const BACKUP = ['backup.contracted-service', 'backup.offline-encrypted', 'backup.testing'];

describe('set 12 near-misses: a "backup" person under a heading that names testing', () => {
  const under = (sentence: string): string[] => BACKUP.map((id) => bundledStatus(`## 6. Installation, Testing and Commissioning\n\n${sentence}\n`, id));
  for (const sentence of [
    'The Provider shall appoint a backup delivery manager who acts for the Delivery Manager during leave.',
    'The Provider shall keep a backup network engineer on call at weekends.',
    'A second technician shall act as backup when the named technician is absent.',
  ]) {
    it(`is no evidence: "${sentence}"`, () => assert.deepEqual(under(sentence), ['missing', 'missing', 'missing']));
  }
  it('must not: a backup engineer who also restores data from backups stays evidence of testing', () => {
    assert.equal(under('The backup engineer shall test the restoration of the Customer Data from the backups every quarter.')[2], 'present');
  });
});

describe('set 12 near-misses: a list of functions an allocation assigns is no duty to perform them', () => {
  const body = 'The Provider shall keep a table that states, for each security function (patch management, backup and account administration), whether the Customer or the Provider is responsible for it.';
  it('is no evidence of patching, backup or least privilege', () => {
    for (const id of ['patching.ongoing-service', 'backup.contracted-service', 'privilege.least-privilege']) assert.equal(bundledStatus(body, id), 'missing', id);
  });
  it('is no evidence when named a responsibility table either', () => {
    assert.equal(bundledStatus('The parties shall agree a security responsibility allocation table covering vulnerability and patch management for the servers.', 'patching.ongoing-service'), 'missing');
  });
  it('must not: the table still allocates (transparency)', () => {
    assert.notEqual(bundledStatus(body, 'transparency.roles-responsibilities'), 'missing');
  });
  it('must not: a sentence that also installs the patches stays evidence', () => {
    assert.equal(bundledStatus('The Provider, which is responsible for patch management under the responsibility table, shall install security patches on all servers within 14 days.', 'patching.ongoing-service'), 'present');
  });
});

describe('set 12: answering for subcontractors is liability, weak evidence of supply-chain management', () => {
  for (const sentence of [
    'The Provider shall remain responsible for the acts and omissions of its subcontractors as if they were its own.',
    'The Provider is responsible for the acts or defaults of any subcontractor it engages.',
  ]) {
    it(`is weak: "${sentence}"`, () => assert.equal(bundledStatus(sentence, 'supply-chain.subcontractors'), 'weak'));
  }
  it('must not: flow-down or consent in the same sentence still counts in full', () => {
    assert.equal(bundledStatus('The Provider shall bind each subcontractor by written agreement to security obligations no less protective than these, and remains responsible for its acts and omissions.', 'supply-chain.subcontractors'), 'present');
  });
});

describe('set 12 near-misses: removing access is not least privilege, reviewing privileges is not removal', () => {
  it('cancelling or deactivating leavers’ access is no evidence of least privilege', () => {
    assert.equal(bundledStatus('The Provider shall cancel the accounts and remote access rights of each engineer within one day after the engineer leaves.', 'privilege.least-privilege'), 'missing');
    assert.equal(bundledStatus('The Provider shall deactivate the access rights of any technician who stops working on the Customer account.', 'privilege.least-privilege'), 'missing');
  });
  it('must not: a limit on the rights kept stays least privilege', () => {
    assert.equal(bundledStatus('The Provider shall restrict the access rights of each engineer to what the role requires and cancel those rights when the role ends.', 'privilege.least-privilege'), 'present');
  });
  it('a periodic revalidation of privileges is no evidence of account removal', () => {
    assert.equal(bundledStatus('The Provider shall revalidate the privileges of every engineer with the Customer each quarter.', 'accounts.deprovisioning'), 'missing');
  });
  it('must not: privileges disabled unless revalidated are removed', () => {
    assert.notEqual(bundledStatus('Privileged accounts of the Provider are disabled after six months unless revalidated.', 'accounts.deprovisioning'), 'missing');
  });
});

describe('set 12: terms declared not to be a commitment', () => {
  it('"do not constitute a commitment" weakens the duty instead of reading as a definition', () => {
    assert.equal(bundledStatus('The Provider will back up the Customer Data every night, which does not constitute a binding commitment.', 'backup.contracted-service'), 'weak');
    assert.equal(bundledStatus('The Provider shall, as far as possible, back up the Customer databases weekly, and the backup schedule does not constitute a commitment.', 'backup.contracted-service'), 'weak');
  });
  it('must not: "does not constitute" something else still reads as what counts as what', () => {
    assert.equal(bundledStatus('A single failed backup job does not constitute a Security Incident.', 'incident.notification'), 'missing');
  });
});

describe('set 12: sentences that define or scope a clause oblige no one', () => {
  it('"… is not a security incident" says what a defined event is not', () => {
    assert.equal(bundledStatus('A help-desk call about a broken printer is not a Security Incident.', 'incident.notification'), 'missing');
  });
  it('must not: a notice duty beside it still binds', () => {
    assert.equal(bundledStatus('The Provider shall notify the Customer of each Security Incident within four hours, and a planned outage is not a reason to delay the notice.', 'incident.notification'), 'present');
  });
  it('"This clause applies to …" under a retention heading states the scope, not a retention duty', () => {
    assert.equal(bundledStatus('## 9. Retention of Security Logs\n\n(a) This clause applies to the security logs collected under clause 8.', 'logging.retention'), 'missing');
  });
  it('must not: a scope statement that also binds still counts', () => {
    assert.equal(bundledStatus('## 9. Retention of Security Logs\n\n(a) This clause applies to the security logs, which the Provider shall keep for twelve months.', 'logging.retention'), 'present');
  });
});

describe('set 12: plain-English hedge of a notice', () => {
  it('"as soon as it reasonably can" hedges it, as "as soon as practicable" does', () => {
    assert.equal(bundledStatus('If the Provider becomes aware of a security incident, it will notify the Customer as soon as it reasonably can.', 'incident.notification'), 'weak');
  });
});

describe('set 12: notice only of what the provider happens to notice', () => {
  it('"incidents it happens to become aware of" weakens the notice', () => {
    assert.equal(bundledStatus('The Provider shall notify the Customer of Security Incidents it happens to become aware of.', 'incident.notification'), 'weak');
  });
  it('must not: "within 24 hours after it becomes aware" is a trigger, not a hedge', () => {
    assert.equal(bundledStatus('The Provider shall notify the Customer of each Security Incident within 24 hours after it becomes aware of it.', 'incident.notification'), 'present');
  });
});
