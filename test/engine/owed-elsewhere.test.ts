/**
 * Sentences that share a duty's words but owe it to no one here, and conditions that leave how long
 * or how often to the provider (sentences written for this test):
 * - a routing statement says which clause handles a matter ("… are handled under Section 3.3");
 * - a savings clause keeps a party's own duty ("does not limit the Customer's own duty to notify …");
 * - a customer's row owed to the provider ("notify the Provider of Customer staff who leave");
 * - a supplier named by the backup software it sells ("each provider of … backup software");
 * - "for as long as the platform's licensed capacity allows", "at intervals the Provider decides".
 * Each with look-alikes that must keep their reading.
 */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

describe('sentences that owe the duty elsewhere', () => {
  it('a routing statement between clauses is no incident duty', () => {
    const routing = 'Service Tickets about a priority 1 fault are handled under Section 3.3 and not under Section 8.1 unless the Provider determines that the fault results from a Security Incident.';
    assert.equal(bundledStatus(routing, 'incident.notification'), 'missing');
    assert.equal(bundledStatus(routing, 'ir.incident-handling'), 'missing');
    // A binding word keeps the duty the same sentence gives.
    const binds = 'Security Incidents are handled under clause 8, and the Provider shall notify the Customer of each Security Incident within 24 hours.';
    assert.equal(bundledStatus(binds, 'incident.notification'), 'present');
  });

  it('a savings clause that keeps a party\'s own duty imposes none', () => {
    const savings = "Clause 9.1 does not limit the Customer's own duty to notify the regulator and data subjects of a Security Incident under the Privacy Act.";
    assert.equal(bundledStatus(savings, 'incident.notification'), 'missing');
    assert.equal(bundledStatus("This clause is without prejudice to the Customer's own obligations to report a Security Incident to its regulator.", 'incident.notification'), 'missing');
    // After the duty, in a clause of its own, it leaves the duty alone.
    const after = "The Provider shall notify the Customer of every Security Incident within 24 hours; this does not limit the Customer's own duty to notify the regulator.";
    assert.equal(bundledStatus(after, 'incident.notification'), 'present');
  });
});

describe('a customer row owed to the provider', () => {
  const BINDS = 'The Provider shall carry out each task in the Schedule of Obligations for which the Owner column names the Provider.\n\n';
  const schedule = (row: string): string => `${BINDS}## Schedule 3 — Schedule of Obligations\n\n| No. | Task | Owner | Frequency |\n|---|---|---|---|\n${row}\n`;
  it('telling the provider of the customer\'s own leavers is the customer\'s co-operation', () => {
    const row = '| T-7 | Approve access requests for Customer employees and inform the Provider of Customer staff who leave | Customer | Event |';
    assert.equal(bundledStatus(schedule(row), 'accounts.deprovisioning'), 'missing');
  });
  it('removing the accounts of leavers given to the customer is still a move', () => {
    const row = '| T-7 | Disable the accounts of Provider staff who leave within one day | Customer | Within 1 day |';
    assert.equal(bundledStatus(schedule(row), 'accounts.deprovisioning'), 'wrong-party');
    // A statement with the provider as its subject is no act owed to it.
    const statement = "| T-7 | Accounts of leavers are disabled by the Customer's IT officer; and the Provider does not disable accounts | Customer | Within 1 day |";
    assert.equal(bundledStatus(schedule(statement), 'accounts.deprovisioning'), 'wrong-party');
  });
});

describe('a supplier named by the backup software it sells', () => {
  it('vetting each provider of backup software is no backup duty', () => {
    assert.equal(bundledStatus('The Provider shall vet each provider of remote management, monitoring or backup software before it uses it for the Customer.', 'backup.contracted-service'), 'missing');
    assert.equal(bundledStatus('The Provider shall assess every supplier of antivirus and backup tools once a year.', 'backup.contracted-service'), 'missing');
  });
  it('a sentence that also backs up keeps the duty', () => {
    assert.equal(bundledStatus('The Provider shall back up the servers each night and shall vet each provider of monitoring or backup software it uses.', 'backup.contracted-service'), 'present');
  });
});

describe('how long or how often left to the provider', () => {
  it('a period bound to what some means allow is a hedge', () => {
    assert.equal(bundledStatus("The Provider shall retain security logs for as long as the log platform's licensed capacity allows, with a target of twelve months.", 'logging.retention'), 'weak');
    assert.equal(bundledStatus('The Provider shall keep the security logs for as long as the storage volume included in the monthly fee permits.', 'logging.retention'), 'weak');
    assert.equal(bundledStatus('The Provider shall back up the servers each night, with restore points kept as storage allows.', 'backup.contracted-service'), 'weak');
  });
  it('an interval the provider chooses is a hedge', () => {
    assert.equal(bundledStatus('The Provider shall back up the servers at intervals the Provider decides.', 'backup.contracted-service'), 'weak');
    assert.equal(bundledStatus('The Provider shall test the restore of the backups as often as the Provider considers appropriate.', 'backup.testing'), 'weak');
  });
  it('the limit of the law, a fixed period and an interval the customer sets are no hedge', () => {
    assert.equal(bundledStatus('The Provider shall retain security logs for twelve months, for as long as applicable law permits.', 'logging.retention'), 'present');
    assert.equal(bundledStatus('The Provider shall retain security logs for at least twelve months.', 'logging.retention'), 'present');
    assert.equal(bundledStatus('The Provider shall back up the servers at intervals the Customer decides, and at least daily.', 'backup.contracted-service'), 'present');
  });
});
