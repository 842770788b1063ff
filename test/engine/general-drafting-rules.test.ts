/**
 * General drafting rules found while reading the development set's misses (issue 12). Every
 * sentence here is written for the test; none is copied from an evaluation document.
 */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

const status = (body: string, id: string): string => bundledStatus(body, id);

describe('general drafting rules', () => {
  it('a prohibition with a negative subject binds ("Neither party may subcontract without consent")', () => {
    assert.equal(status('Neither party may subcontract any of its duties to a third party without the other party\'s prior written consent.', 'supply-chain.subcontractors'), 'present');
    assert.equal(status('No party may subcontract any of its duties without the written consent of the other party.', 'supply-chain.subcontractors'), 'present');
    // A plain permission stays a permission.
    assert.equal(status('The Provider may subcontract its obligations with the Customer\'s consent.', 'supply-chain.subcontractors'), 'weak');
  });

  it('correcting errors in software is support, not security patching, unless the sentence names security flaws', () => {
    assert.equal(status('The Provider shall use reasonable efforts to correct errors in the hosted software that the Customer reports.', 'patching.ongoing-service'), 'missing');
    assert.equal(status('The Provider shall correct all material program errors in the application within ten days.', 'patching.ongoing-service'), 'missing');
    assert.equal(status('The Provider shall correct errors and security vulnerabilities in the application within ten days.', 'patching.ongoing-service'), 'present');
    // Defects are the file's own fault words: a disclaimer of correcting them is still read as one.
    assert.equal(status('The Provider does not warrant that any defects or errors in the software will be corrected.', 'patching.ongoing-service'), 'negated');
    assert.equal(status('The Provider does not warrant that the Services will be error-free or that it will correct all defects in the software.', 'patching.ongoing-service'), 'negated');
  });

  it('a keeping-quiet clause about incidents ("will not communicate with any third party") is no notice duty', () => {
    for (const id of ['incident.notification', 'incident.notification-timeframe']) {
      assert.equal(status('The Provider will not communicate with any third party about a Security Incident unless the Customer agrees.', id), 'missing', id);
    }
    assert.equal(status('The Provider will notify the Customer of each Security Incident within 24 hours and will not communicate with any third party about it.', 'incident.notification'), 'present');
  });

  it('a licence right to a backup copy of software is not a backup service', () => {
    for (const id of ['backup.contracted-service', 'backup.offline-encrypted', 'backup.testing']) {
      assert.equal(status('The Licensee may copy the Software only for backup and archival purposes, and shall keep the copyright notice on every backup copy of the Software, which it shall test and encrypt.', id), 'missing', id);
    }
    assert.equal(status('The Provider shall back up the Customer Data every day.', 'backup.contracted-service'), 'present');
  });

  it('a responsibility that names its holder puts the duty on that party, "sole" or not', () => {
    assert.equal(status('It shall be the Customer\'s responsibility to install security patches on its own servers.', 'patching.ongoing-service'), 'negated');
    assert.equal(status('Security patches for the branch servers shall be the responsibility of the Customer.', 'patching.ongoing-service'), 'negated');
    assert.equal(status('It shall be the Provider\'s responsibility to install security patches on all managed servers.', 'patching.ongoing-service'), 'present');
    assert.equal(status('The Provider accepts responsibility for installing security patches on all managed servers.', 'patching.ongoing-service'), 'present');
  });

  it('a hedge or modal in an aside about a noun does not weaken the duty; one on the duty still does', () => {
    const id = 'ir.plan-contracted';
    assert.equal(status('The Provider shall maintain a disaster recovery plan, which may change from time to time, and give the Customer a copy.', id), 'present');
    assert.equal(status('The Provider shall maintain its disaster recovery plan, as amended from time to time.', id), 'present');
    assert.equal(status('The Provider shall maintain a disaster recovery plan and update it from time to time.', id), 'weak');
    assert.equal(status('The Provider shall, from time to time, maintain a disaster recovery plan.', id), 'weak');
    // The concept inside the aside keeps its own hedge.
    assert.equal(status('The Provider shall keep a copy of the Customer Data, which, where possible, is backed up offline.', 'backup.offline-encrypted'), 'weak');
  });

  it('a session that times out after inactivity is session control, not removal of an unused account', () => {
    const id = 'accounts.deprovisioning';
    assert.equal(status('## Access control\n\nAuthenticated sessions must time out after fifteen minutes of inactivity.', id), 'missing');
    assert.equal(status('## Access control\n\nThe Provider shall automatically terminate a user session after 30 minutes of inactivity.', id), 'missing');
    assert.equal(status('## Access control\n\nThe Provider shall disable any account that has been inactive for 90 days.', id), 'present');
  });

  it('access limited to what the work needs is least privilege; processing limited so is purpose limitation', () => {
    const id = 'privilege.least-privilege';
    assert.equal(status('The Provider\'s staff shall access the Customer\'s systems only to the extent necessary to perform the Services.', id), 'present');
    assert.equal(status('The Provider shall process Customer Data only to the extent necessary to perform the Services.', id), 'missing');
    assert.equal(status('The Provider shall use the Customer\'s trademarks only as necessary to provide the Services.', id), 'missing');
  });

  it('a passive duty whose agent is one party\'s officer is that party\'s act', () => {
    const id = 'backup.testing';
    assert.equal(status('Backups shall be tested by the Customer\'s IT manager every quarter.', id), 'wrong-party');
    assert.equal(status('Backups shall be tested by the Provider\'s staff every quarter.', id), 'present');
    assert.equal(status('Backups shall be tested by an independent auditor every quarter.', id), 'present');
    // A named party before the verb keeps the duty.
    assert.equal(status('The Provider shall ensure that backups will be tested by the Customer\'s auditors.', id), 'present');
  });

  it('an executive summary is no executive; keeping a plan current is maintaining it', () => {
    assert.equal(status('An executive summary of the business continuity plan shall be provided to the Customer each year.', 'ir.stakeholder-roles'), 'missing');
    assert.equal(status('The incident response plan shall name the executives and technical leads who take part in the response.', 'ir.stakeholder-roles'), 'present');
    assert.equal(status('The Provider shall review its business continuity plan each year and keep it current.', 'ir.plan-contracted'), 'present');
    assert.equal(status('The Provider shall keep the contact list up to date.', 'ir.plan-contracted'), 'missing');
  });
});
