/**
 * Framework sentences the engine misread in session 11 (fw12), each turned into a general rule of
 * drafting and tested on sentences written for this test: a lockout threshold is not monitoring of
 * failed logons, a review of accounts is not a re-evaluation of the security terms, a list item
 * with no verb is read with the lead-in it finishes, subcontractors held to an appropriate level
 * of protection are bound, weakly, backups kept "resiliently" are weak evidence of separate copies, and
 * access to security functions is least privilege. One more came from the controlled variants:
 * data deleted from backups at the end of the service is disposal, not a backup duty.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

describe('framework near-misses (fw12)', () => {
  describe('a lockout threshold is no monitoring of failed authentication', () => {
    it('locking accounts after failed attempts is not monitoring', () => {
      assert.equal(bundledStatus('The Provider shall lock any administrator account after three failed sign-in attempts in ten minutes.', 'auth.failed-login-monitoring'), 'missing');
      assert.equal(bundledStatus('The Provider shall configure Provider Accounts to be locked out after ten failed login attempts.', 'auth.failed-login-monitoring'), 'missing');
      assert.equal(bundledStatus('The Provider shall limit the number of unsuccessful logon attempts to the Customer portal.', 'auth.failed-login-monitoring'), 'missing');
    });
    it('a lockout that also alerts or is reviewed is monitoring', () => {
      assert.equal(bundledStatus('The Provider shall lock accounts out after five failed login attempts and shall alert the Customer to every lockout.', 'auth.failed-login-monitoring'), 'present');
      assert.equal(bundledStatus('The Provider shall monitor failed login attempts on Provider Accounts.', 'auth.failed-login-monitoring'), 'present');
    });
    it('the lockout itself still counts against initial access', () => {
      assert.equal(bundledStatus('The Provider shall configure Provider Accounts to be locked out after ten failed login attempts.', 'initial-access.baseline'), 'present');
    });
  });

  describe('a review of accounts is no re-evaluation of the security terms', () => {
    it('reviewing accounts for compliance with the account rules is an account review', () => {
      assert.equal(bundledStatus('Every quarter the Provider shall review the privileged accounts for compliance with the account management requirements of Schedule 2.', 'governance.periodic-review'), 'missing');
    });
    it('reviewing the security terms, or an audit of the accounts, still counts', () => {
      assert.equal(bundledStatus('The parties shall review the security requirements of this Agreement once a year.', 'governance.periodic-review'), 'present');
      assert.equal(bundledStatus('Each year the Provider shall have an independent auditor review its user accounts and its compliance with the security requirements.', 'governance.periodic-review'), 'present');
    });
  });

  describe('a verbless list item is read with the lead-in it finishes', () => {
    const curriculum = 'The Provider shall ensure that its security awareness training for new staff covers:\n\n- phishing and social engineering;\n- reporting of security incidents and suspected compromises to the duty manager.\n';
    it('an item of an awareness-training curriculum is no notice duty', () => {
      assert.equal(bundledStatus(curriculum, 'incident.notification'), 'missing');
    });
    it('a lead-in that owes the customer notice still binds its items', () => {
      const duties = 'The Provider shall notify the Customer, within 24 hours of:\n\n- any security incident affecting Customer Data;\n- any suspected compromise of a Provider Account.\n';
      assert.notEqual(bundledStatus(duties, 'incident.notification'), 'missing');
    });
    it('only the clause the item finishes is read with it, not an earlier clause of the lead-in', () => {
      const twoClauses = 'The Provider shall give its staff annual awareness training and shall report to the Customer within 24 hours:\n\n- any security incident affecting Customer Data.\n';
      assert.notEqual(bundledStatus(twoClauses, 'incident.notification'), 'missing');
    });
    it('an item with its own verb is read on its own', () => {
      const own = 'The Provider shall ensure that its security awareness training:\n\n- is completed by every engineer each year; and\n- the Provider shall notify the Customer of each security incident within 24 hours.\n';
      assert.equal(bundledStatus(own, 'incident.notification'), 'present');
    });
  });

  describe('subcontractors held to a level of protection are bound', () => {
    it('an appropriate or adequate level of protection binds them to a standard nobody has set: weak', () => {
      assert.equal(bundledStatus('The Provider shall require each subcontractor to give Customer Data an adequate level of protection.', 'supply-chain.subcontractors'), 'weak');
      assert.equal(bundledStatus('The Provider shall make sure its subcontractors maintain an appropriate level of protection for the systems they run for the Customer.', 'supply-chain.subcontractors'), 'weak');
    });
    it('the same words with the Agreement\'s own standard are a flow-down in full', () => {
      assert.equal(bundledStatus('The Provider shall require each subcontractor to give Customer Data an adequate level of protection, no less protective than this Agreement.', 'supply-chain.subcontractors'), 'present');
    });
  });

  describe('backups kept "resiliently" name no separate copy', () => {
    it('a resilient manner is weak evidence of offline or separate backups', () => {
      assert.equal(bundledStatus('The Provider shall store all backups of Customer Data in a resilient manner.', 'backup.offline-encrypted'), 'weak');
    });
    it('resilience with an offline or immutable copy is evidence in full', () => {
      assert.equal(bundledStatus('The Provider shall store backups resiliently, with one immutable copy kept offline.', 'backup.offline-encrypted'), 'present');
    });
  });

  describe('access to security functions is least privilege', () => {
    it('authorising who may access security functions counts', () => {
      assert.equal(bundledStatus('The Provider shall permit only its named security engineers to access the security functions of the managed firewalls.', 'privilege.least-privilege'), 'present');
    });
    it('testing or isolating security functions does not', () => {
      assert.equal(bundledStatus('The Provider shall test the security functions of each software release before it is deployed.', 'privilege.least-privilege'), 'missing');
      assert.equal(bundledStatus('The Provider shall verify that the security functions of the endpoint agent operate correctly after each update.', 'privilege.least-privilege'), 'missing');
      assert.equal(bundledStatus('The parties shall keep a table that records, for each security function (access management, logging, patching), which party is accountable for it.', 'privilege.least-privilege'), 'missing');
    });
  });

  describe('deleting data from backups is disposal, not a backup service', () => {
    it('deletion from backups at the end of the service obliges no backups', () => {
      assert.equal(bundledStatus('Within ninety days after the Agreement ends, all Customer Data will be erased from the Provider backup archives.', 'backup.contracted-service'), 'missing');
      assert.equal(bundledStatus('On the Customer\'s written request the Provider shall purge the named records from every backup it holds.', 'backup.contracted-service'), 'missing');
    });
    it('a sentence that also takes or restores backups is still evidence', () => {
      assert.equal(bundledStatus('The Provider shall back up Customer Data every night and shall delete each backup from the archive after thirty-five days.', 'backup.contracted-service'), 'present');
    });
  });
});
