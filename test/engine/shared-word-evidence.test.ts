/**
 * Sentences that share a requirement's words in another sense are no evidence for it (`not:` in the
 * requirement files). Each case states a general drafting pattern, with a sentence of our own that
 * must not count and one that still must.
 */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

const status = (body: string, id: string): string => bundledStatus(body, id);

describe('words shared in another sense', () => {
  describe('an audit of security is not a financial audit, an incident assessment or supplier selection', () => {
    const id = 'governance.periodic-review';

    it('access to books and records and to a party\'s auditors is a financial audit right', () => {
      assert.equal(status('The Provider shall afford the Customer reasonable access to its auditors, retain all books, records and other documents, and make them available for inspection, subject to compliance with all applicable privacy Laws.', id), 'missing');
      assert.equal(status('The Provider shall keep books and records of the fees charged and allow the Customer\'s auditors to inspect them, in compliance with applicable law.', id), 'missing');
      assert.equal(status('The Provider shall allow the Customer to audit its books and records and its security controls once a year.', id), 'present');
      assert.equal(status('The Provider shall audit employee expense reports for compliance with the Customer\'s travel policy.', id), 'missing');
      assert.equal(status('The Customer may audit the Provider\'s invoices for compliance with the rate card.', id), 'missing');
    });

    it('a damage assessment after an incident is incident handling', () => {
      assert.equal(status('The Provider shall ensure that its cloud host complies with the security requirements of this clause for cyber incident reporting, media preservation, and cyber incident damage assessment.', id), 'missing');
    });

    it('a condition on awarding a subcontract is supplier selection', () => {
      assert.equal(status('The Provider shall not award a subcontract that is subject to the security requirements unless the subcontractor has completed a security assessment within the last three years.', id), 'missing');
      assert.equal(status('The Provider shall permit the Customer to audit its compliance with the security requirements of this Agreement once a year.', id), 'present');
    });

    it('opening the provider\'s systems and personnel for the customer\'s assessment is an audit right', () => {
      assert.equal(status('The Provider shall give the Customer access to its facilities, systems and personnel so that the Customer can conduct an assessment of the Services.', id), 'present');
      // Inspecting a factory for quality is no audit of security.
      assert.equal(status('The Provider shall permit the Customer to inspect its facilities and production lines for quality.', id), 'missing');
    });

    it('keeping audit reports for a period is record retention, not an audit', () => {
      assert.equal(status('Reports summarizing audit activities shall be retained for a period of seven years.', id), 'missing');
      assert.equal(status('The Provider shall conduct an annual audit of its security controls, and the audit reports shall be retained for seven years.', id), 'present');
    });

    it('an audit the provider may carry out on itself gives no independent assurance (weak)', () => {
      assert.equal(status('An annual audit of the Provider\'s security controls must be conducted, either by a designated internal audit team or a qualified external audit firm.', id), 'weak');
      assert.equal(status('The Provider shall complete an annual self-assessment of its security controls against ISO 27001.', id), 'weak');
      assert.equal(status('The Provider shall have its security controls audited annually by an independent auditor.', id), 'present');
    });

    it('audit configuration of systems is audit logging, not an audit of the provider', () => {
      assert.equal(status('Audit configuration settings shall be reviewed for compliance with the security requirements of this Agreement.', id), 'missing');
    });

    it('mechanisms that record and examine activity are audit controls (logging), not an audit of the provider', () => {
      assert.equal(status('## Audit\n\nHealthcare organizations are required by the HIPAA Security Rule to implement mechanisms that record and examine activity in information systems.', id), 'missing');
    });
  });

  it('a savings clause that keeps other reporting duties imposes no duty to notify', () => {
    for (const id of ['incident.notification', 'incident.notification-timeframe']) {
      assert.equal(status('The incident reporting required by this clause in no way abrogates the Provider\'s responsibility for other cyber incident reporting required by law.', id), 'missing', id);
      assert.equal(status('Nothing in this clause derogates from the Provider\'s duty under the law to report data breaches to the regulator.', id), 'missing', id);
    }
    assert.equal(status('The Provider shall notify the Customer of any Security Incident within 24 hours.', 'incident.notification'), 'present');
  });

  describe('patching', () => {
    const id = 'patching.ongoing-service';

    it('"remediations" in a list of services is not the remediation of software flaws', () => {
      assert.equal(status('The Provider shall provide ongoing handover support, including routine filings, prior disclosures, protests, remediations and assistance declarations.', id), 'missing');
      assert.equal(status('The Provider shall complete all remediations of critical vulnerabilities within 14 days.', id), 'present');
    });

    it('vulnerability testing finds flaws; it fixes none', () => {
      assert.equal(status('Vulnerability testing software may be used by the Provider to probe the network and check whether publicly known vulnerabilities have been corrected.', id), 'missing');
    });

    it('a rule that updates must keep the approved configuration is configuration management', () => {
      assert.equal(status('The installation, maintenance, update and patching of software shall not alter the configuration settings approved by the Customer.', id), 'missing');
      assert.equal(status('The Provider shall apply security patches within 14 days without altering the approved configuration settings.', id), 'present');
    });
  });

  it('limiting access to services and ports is traffic filtering, not least privilege', () => {
    const id = 'privilege.least-privilege';
    assert.equal(status('Access is limited to certain services, ports, and destinations.', id), 'missing');
    assert.equal(status('The Provider shall ensure that access is limited to the ports and systems that each engineer\'s role requires.', id), 'present');
  });

  it('a report kept for internal use on a need-to-know basis is confidentiality, not least privilege', () => {
    const id = 'privilege.least-privilege';
    assert.equal(status('Reports of audit results shall be limited to internal use on a minimum necessary/need-to-know basis.', id), 'missing');
    assert.equal(status('The Provider shall ensure that staff access is limited to internal use systems on a need-to-know basis.', id), 'present');
  });

  it('a stand-alone environment for a business leaving a group is a migration, not segregation', () => {
    const id = 'network.segregation';
    assert.equal(status('This service includes all project management and execution of separation activities and the establishment of the Customer\'s new, stand-alone IT environment.', id), 'missing');
    assert.equal(status('The Provider shall host the Customer in a stand-alone environment isolated from other customers.', id), 'present');
  });
});
