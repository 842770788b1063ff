/**
 * Causes of the wrong cases of the held-out MSP drafts (set 5), each as a general drafting rule
 * with sentences written for this test (none copied from a draft).
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

/** [requirement, body, status it must get]. */
const STATUS: [string, string, string][] = [
  // Duties conditioned on the obligated party's commercial judgement or its own resources
  // (advisory §3.0: a qualified obligation cannot be relied on).
  ['mfa.provider-access', "The Provider shall, where commercially feasible, require multi-factor authentication for its engineers' remote logins.", 'weak'],
  ['network.segregation', "The Provider shall isolate the Customer network from its other customers' networks where it is economic to do so.", 'weak'],
  ['supply-chain.risk-management', 'The Provider will have regard to the security practices of its subcontractors.', 'weak'],
  ['patching.ongoing-service', 'The Provider will aim to apply critical security patches within fourteen days.', 'weak'],
  ['accounts.deprovisioning', 'The Provider shall disable the accounts of departing engineers as soon as its workload allows.', 'weak'],
  ['logging.retention', 'The Provider shall retain audit logs for one year unless it decides that a shorter period is sufficient.', 'weak'],
  ['logging.retention', 'The Provider shall retain audit logs for one year, or for such shorter period as its archive licence permits.', 'weak'],
  ['patching.ongoing-service', 'The Provider shall install security updates insofar as it is reasonably able to do so.', 'weak'],
  ['patching.ongoing-service', 'The Provider shall apply security patches at times it considers convenient.', 'weak'],
  ['patching.ongoing-service', 'The Provider shall apply security patches in maintenance windows of its choosing.', 'weak'],
  ['incident.notification', 'The Provider shall notify the Customer of a security incident where it considers notification necessary.', 'weak'],
  ['backup.contracted-service', 'The Provider will back up the Customer servers when its scheduling permits.', 'weak'],
  ['logging.security-event-management', 'The Provider shall review security event logs as and when its staff have capacity.', 'weak'],
  ['supply-chain.risk-management', 'The Provider shall assess the security risks of new suppliers where reasonable to do so.', 'weak'],
  ['accounts.exit-revocation', 'The Provider shall remove its remote access tools at the end of the Agreement if the Customer requests it.', 'weak'],
  // "told" is the passive of telling: the customer is told of an incident.
  ['incident.notification', 'The Customer is told of a Security Incident when the Provider considers it appropriate.', 'weak'],
  ['incident.notification', 'The Provider shall ensure the Customer is told of every Security Incident within one day.', 'present'],
  ['network.segregation', "The Customer network is isolated from other customers' networks where this is technically feasible.", 'weak'],
  // The same duties, unqualified, stay binding.
  ['network.segregation', "The Provider shall isolate the Customer network from its other customers' networks.", 'present'],
  ['logging.retention', 'The Provider shall retain audit logs for one year.', 'present'],
  // A tier of a stated period written with "with" is no cap on the period.
  ['logging.retention', 'The Provider shall retain audit logs for two (2) years, with the most recent sixty (60) days searchable online.', 'present'],
  ['logging.retention', 'The Provider shall keep a log store with the most recent ten thousand audit log entries.', 'weak'],
];

/** A preamble that defines the customer-side using department with the article inside the quotes. */
const STATE_PREAMBLE = '# Contract for Managed IT Services\n\nThis Contract is entered into by the Commonwealth of Eastlake, acting through its Office of Information Services ("**Commonwealth**"), and Granite Peak Systems, Inc. ("**Contractor**"), for managed services to the Eastlake Department of Parks ("**the Agency**").\n\n';

/** [requirement, body, status, preamble]: the customer named as the one who does the act. */
const CUSTOMER_ACTS: [string, string, string, string?][] = [
  // A present-tense act of the customer, as allocation tables and responsibility schedules write it.
  ['backup.contracted-service', 'The Customer backs up its file servers every night; the Provider does not back up Customer data.', 'wrong-party'],
  ['patching.ongoing-service', "The Customer's own desktop team installs operating system security patches.", 'wrong-party'],
  ['patching.ongoing-service', 'The Agency installs security patches on its servers; the Contractor does not install them.', 'wrong-party', STATE_PREAMBLE],
  // A present passive whose agent is the customer.
  ['mfa.provider-access', 'Multi-factor authentication for all accounts that Provider staff use to access Customer systems is configured and enforced by the Customer.', 'wrong-party'],
  ['backup.contracted-service', 'The file servers are backed up, and restores tested, by the Customer using its own tools.', 'wrong-party'],
  // A plural noun after the customer's possessive is no verb.
  ['backup.contracted-service', "The Customer's file servers are backed up every night.", 'present'],
  // Not the customer's act: the provider's passive, a reduced relative, a use of the service.
  ['backup.contracted-service', 'The file servers are backed up by the Provider to a site approved by the Customer.', 'present'],
  ['backup.contracted-service', 'The file servers are backed up every night to a site approved by the Customer.', 'present'],
  ['mfa.services-delivered', 'The Customer uses multi-factor authentication to sign in to the service portal.', 'weak'],
  // The provider as subject of a relative clause of intent names a prospective supplier, not the
  // provider's controls under oversight: the customer vets its suppliers itself.
  ['supply-chain.risk-management', 'The Customer shall vet the security of every supplier the Provider plans to engage; the Provider does not vet them.', 'wrong-party'],
  ['supply-chain.risk-management', "The Customer shall assess the security controls of each subcontractor that the Provider intends to appoint.", 'wrong-party'],
  // A public buyer defined as "State" is the customer side.
  ['supply-chain.risk-management', 'The Commonwealth assesses the security risks of each supplier the Contractor proposes to engage; the Contractor does not assess them.', 'wrong-party', STATE_PREAMBLE],
  // Oversight of the provider itself stays evidence.
  ['supply-chain.risk-management', "The Customer shall assess each year how the Provider manages the security risks of its subcontractors.", 'present'],
];

/** [requirement, body]: sentences that only share a word with the requirement and give no evidence. */
const NOT_EVIDENCE: [string, string][] = [
  // A list of the systems looked after is not a description of which security services are bought.
  ['transparency.service-scope', 'The Provider shall deliver the managed security services for every Customer server listed in the Order Form.'],
  ['transparency.service-scope', 'The Provider must provide help-desk, network and cybersecurity services for the Customer systems listed in Annex 2.'],
  // A deputy for a named role whose title contains "service" is a person, not a copy of data.
  ['backup.contracted-service', 'The Provider shall name a backup service manager who acts while the service manager is away.'],
  // A user's report of a lost device to the support desk is a request for help, not incident notice.
  ['incident.notification', 'The Customer shall make sure its users report lost or stolen laptops to the help desk without delay.'],
];

/** [requirement, body, status]: the near-miss rule leaves the real clause alone. */
const STILL: [string, string, string][] = [
  ['transparency.service-scope', 'Schedule 2 lists the security services included in the Services and the security services the Customer has not purchased.', 'present'],
  ['transparency.service-scope', 'The security services for the systems listed in Annex 2 do not include penetration testing, which is out of scope.', 'present'],
  ['backup.contracted-service', 'The backup manager shall ensure that the Customer servers are backed up every night.', 'present'],
  ['incident.notification', "The Provider shall report any suspected security incident to the Customer's service desk within four hours.", 'present'],
];

describe('set 5 causes: general rules', () => {
  for (const [id, body] of NOT_EVIDENCE) {
    it(`${id} no evidence: "${body}"`, () => assert.equal(bundledStatus(body, id), 'missing'));
  }
  for (const [id, body, status] of STILL) {
    it(`${id} ${status}: "${body}"`, () => assert.equal(bundledStatus(body, id), status));
  }
  for (const [id, body, status, preamble] of CUSTOMER_ACTS) {
    it(`${id} ${status}: "${body}"`, () => assert.equal(bundledStatus(body, id, preamble), status));
  }
  for (const [id, body, status] of STATUS) {
    it(`${id} ${status}: "${body}"`, () => assert.equal(bundledStatus(body, id), status));
  }
});
