/**
 * General causes of the wrong cases left on the MSP drafts of sets 2-5 (helper "clausefix",
 * issue 12), each a drafting pattern with sentences written for this test (none copied from a
 * draft; vocabulary from NIST SP 800-53 / 800-171 and the ISM).
 */
import assert from 'node:assert/strict';
import { negatedConcept } from '../../server/src/engine/negated-concept';
import { bundledStatus } from './matching-helpers';

/** [requirement, body, status it must get]. */
type Case = [string, string, string];

function check(cases: Case[]): void {
  for (const [id, body, expected] of cases) {
    it(`${id}: ${body}`, () => assert.equal(bundledStatus(body, id), expected));
  }
}

describe('clausefix: a later clause of the sentence that takes the act away decides', () => {
  check([
    // The first clause only hands the topic over; the clause with the act gives it to the Customer.
    ['logging.retention', "The Provider shall send audit records to the Customer's archive every night; the Customer is solely responsible for keeping them.", 'negated'],
    ['logging.retention', 'The Provider shall copy audit records to the Customer each week; the Customer, not the Provider, is responsible for retaining them for two years.', 'wrong-party'],
    ['patching.ongoing-service', 'The Provider shall tell the Customer about new security updates; the Provider does not install security updates on Customer servers.', 'negated'],
    ['privilege.least-privilege', 'The Provider shall list the roles its engineers hold; the Customer shall be solely responsible for restricting them to least privilege.', 'negated'],
    // Must not fire: the later clause keeps or shares the duty, or is a separate act of the Customer.
    ['logging.retention', "The Provider shall retain audit records for two years; the Customer is not required to retain them.", 'present'],
    ['logging.retention', 'The Provider shall retain audit records for two years, and the Customer may keep its own copies.', 'present'],
    ['logging.retention', 'The Provider shall retain audit records for two years; no shorter retention period applies to them.', 'present'],
    ['patching.ongoing-service', 'The Provider shall install security updates on all servers within 14 days; the Customer shall patch its own laptops.', 'present'],
    ['backup.contracted-service', 'The Provider shall back up Customer Data every day; the Customer shall test its backups each quarter.', 'present'],
  ]);
});

describe('clausefix: a run-in caption titles its clause and is no evidence of its own', () => {
  check([
    // Caption in sentence case after a numbered list marker or a prefixed clause id; the body has
    // none of the requirement's words, the caption names the topic.
    ['privilege.least-privilege', '4. Least privilege. The Provider shall grant each engineer only what that engineer needs for the assigned tasks.', 'present'],
    ['privilege.least-privilege', 'SR-4.2 **Least privilege.** The Provider shall grant each engineer only what that engineer needs for the assigned tasks.', 'present'],
    // The caption no longer outranks the disclaimer in its body.
    ['privilege.least-privilege', 'SR-4.2 **Least privilege.** The Customer is solely responsible for deciding the permissions of the Provider engineers; the Provider does not restrict them.', 'negated'],
    // Must not fire: a caption that does not name the topic lends nothing; a plain sentence is no caption.
    ['privilege.least-privilege', '4. Staffing. The Provider shall grant each engineer only what that engineer needs for the assigned tasks.', 'missing'],
    ['privilege.least-privilege', 'The Provider applies least privilege. It reviews access quarterly.', 'weak'],
  ]);
});

describe('clausefix: disclaimers in plain words', () => {
  check([
    // "does not apply <object>" refuses the act; "does not apply to" only says a term is inapplicable.
    ['patching.ongoing-service', 'The Provider does not apply security patches to the Customer servers.', 'negated'],
    // The topic said not to be a service of the agreement.
    ['backup.contracted-service', 'Backups of the file servers are not a Managed Service.', 'negated'],
    ['backup.contracted-service', 'The Provider shall back up Customer servers daily as a Managed Service.', 'present'],
    // The plural and future forms of "does not include".
    ['logging.security-event-management', 'The Managed Services do not include security monitoring.', 'negated'],
    ['logging.security-event-management', 'The Managed Services will not include security monitoring.', 'negated'],
    // An active "do not include" negates only a topic word named after it: a scope statement that
    // leaves something else out is no disclaimer of the security services.
    ['transparency.service-scope', 'The security services described in Part B do not include source code review.', 'weak'],
    // Liability for the act's outcome disclaimed.
    ['logging.security-event-management', 'The Provider shall have no liability for any failure to detect suspicious activity.', 'negated'],
    ['logging.security-event-management', 'The Provider shall monitor for suspicious activity at all times; it shall have no liability for losses that malware causes.', 'present'],
  ]);
});

describe('clausefix: a disclaimer that opens by citing the clause it qualifies deals with it', () => {
  const clause = '## 5. Services\n\nSV-5.1 **Backup.** The Provider shall back up Customer Data every day to a separate site.\n\n## 9. General\n\n';
  check([
    ['backup.contracted-service', `${clause}GN-9.4 SV-5.1 applies only to file servers; the Provider is not required to back up Customer Data held in cloud services.`, 'negated'],
    ['backup.contracted-service', `${clause}GN-9.4 Notwithstanding clause SV-5.1, the Provider is not required to back up Customer Data held in cloud services.`, 'negated'],
    // Must not fire: a disclaimer elsewhere that cites no clause leaves the captioned clause to decide.
    ['backup.contracted-service', `${clause}GN-9.4 The Provider is not required to back up Customer Data held in cloud services.`, 'present'],
  ]);
});

describe('clausefix: logs collected, kept or monitored by someone else', () => {
  check([
    // A long run of negated verbs before the object still negates it.
    ['logging.retention', 'For the avoidance of doubt, the Provider does not collect, retain or monitor audit logs.', 'negated'],
    // A present passive with the customer as agent gives the act to the customer, whatever period it names.
    ['logging.retention', 'Audit logs are gathered, stored and reviewed by the Customer using its own platform.', 'wrong-party'],
    ['logging.retention', 'Audit logs are kept by the Customer for two years.', 'wrong-party'],
    // Must not fire: the provider as agent, or no agent at all.
    ['logging.retention', 'Audit logs are kept by the Provider for two years.', 'present'],
    ['logging.retention', 'Audit logs are kept for two years.', 'present'],
    ['logging.retention', 'Audit logs are kept for ninety days.', 'below-threshold'],
  ]);
});

describe('clausefix: the topic only in a clause of purpose of a customer duty is no evidence', () => {
  check([
    ['patching.ongoing-service', 'The Customer shall keep its software support contracts current so that security updates remain available.', 'missing'],
    // Must not fire: the provider's means to the duty, or the customer doing the act itself.
    ['patching.ongoing-service', 'The Provider shall schedule maintenance windows so that security patches are installed within 14 days.', 'present'],
    ['patching.ongoing-service', 'The Customer shall install security patches so that its systems stay protected.', 'wrong-party'],
  ]);
});

describe('clausefix: an assessment of subcontractors is supply chain, not a review of the security terms', () => {
  check([
    ['governance.periodic-review', 'The Provider shall repeat its assessment of the security practices of each subcontractor every year and bind each subcontractor to security obligations no less protective than these.', 'missing'],
    // Must not fire: an audit of the subcontractors, or a review of the provider's own controls.
    ['governance.periodic-review', "The Provider shall have each subcontractor's security controls audited every year by an independent auditor.", 'present'],
    ['governance.periodic-review', 'The Provider shall commission an annual assessment of its security controls by an independent auditor.', 'present'],
  ]);
});

describe("clausefix: what the customer buys directly is its own supply chain", () => {
  check([
    ['supply-chain.subcontractors', 'The Provider is not responsible for third-party software that the Customer purchases directly from vendors.', 'missing'],
    ['supply-chain.risk-management', 'The Provider is not responsible for the security of third-party cloud services the Customer procures directly.', 'missing'],
    // Must not fire: the provider's own third-party tools or subcontractors.
    ['supply-chain.subcontractors', 'The Provider shall disclose every third-party tool it uses to deliver the Services.', 'present'],
    ['supply-chain.subcontractors', 'The Provider is not responsible for its subcontractors, including those the Customer contracts directly with.', 'negated'],
  ]);
});

describe('clausefix: later qualifications numbered in any style, and "only those …"', () => {
  const duty = '## 4. Security\n\n4.2 The Provider shall install security patches on all Customer servers within fourteen (14) days of release.\n\n## 9. Variations\n\n';
  check([
    ['patching.ongoing-service', `${duty}K2.1 Despite clause 4.2, the Provider is required to install only those security patches that the vendor marks as urgent.`, 'weak'],
    ['patching.ongoing-service', `${duty}B.9.3 Notwithstanding clause 4.2, the Provider may defer security patches during the Customer's peak season.`, 'weak'],
    // Must not fire: "only those" inside the duty itself, not a later qualification.
    ['patching.ongoing-service', 'The Provider shall install security patches on all servers within 14 days and shall keep only those test systems that it needs.', 'present'],
  ]);
});

describe('clausefix: more later qualifications and the end of an order or SOW', () => {
  const exit = '## 4. Exit\n\n4.1 At the end of this SOW the Provider shall remove all Provider accounts and remote management agents from Customer systems within 10 days.\n\n## 9. Other terms\n\n';
  check([
    ['accounts.exit-revocation', 'The Provider shall revoke all Provider accounts on Customer systems at the end of this Statement of Work.', 'present'],
    ['accounts.exit-revocation', `${exit}9.2 The removal of Provider accounts at the end of this SOW under section 4.1 is carried out only if the Customer asks for it in writing.`, 'weak'],
    ['incident.notification', '## 7. Incidents\n\n7.1 The Provider shall notify the Customer of every Security Incident within 24 hours.\n\n## 12. Variations\n\n12.1 Clause 7.1 applies save that the Provider need only notify the Customer of Security Incidents it rates as critical.', 'weak'],
    // Must not fire: a sentence that cites a clause without qualifying it.
    ['accounts.exit-revocation', `${exit}9.2 The Customer shall pay the fees under section 4.1 within 30 days.`, 'present'],
  ]);
});

describe('clausefix: "does not apply" before an object refuses the act; before "to" it does not', () => {
  const at = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
  it('refuses: "does not apply security patches"', () => {
    const text = 'The Provider does not apply security patches to Customer servers.';
    assert.ok(negatedConcept(text, [at(text, 'security patches')], { start: 0, end: text.length }));
  });
  it('inapplicable: "does not apply to security patches"', () => {
    const text = 'The fee cap does not apply to security patches.';
    assert.equal(negatedConcept(text, [at(text, 'security patches')], { start: 0, end: text.length }), undefined);
  });
});
