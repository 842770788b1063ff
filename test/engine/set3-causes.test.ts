/**
 * Causes of the wrong cases of the held-out MSP drafts (set 3), each as a general drafting rule
 * with sentences written for this test (none copied from a draft).
 */
import assert from 'node:assert/strict';
import { TermSet } from '../../server/src/engine/terms';
import { analyze } from '../../server/src/engine';
import { aa22, bundledStatus, findingOf, MSA_PREAMBLE } from './matching-helpers';

/** [requirement, body, status it must get]. */
const STATUS: [string, string, string][] = [
  // A wildcard term ending in "e" reads the "-ing" form too ("remove*" → "removing").
  ['accounts.exit-revocation', 'The Provider is not responsible for removing its remote agents when the Agreement ends.', 'negated'],
  ['accounts.exit-revocation', 'At the end of the Agreement the Provider shall delete every Provider account on the Customer network.', 'present'],
  // A person leaving, said with a pronoun.
  ['accounts.deprovisioning', 'The Provider shall disable the accounts of its technicians on the day they leave.', 'present'],
  // Supply-chain vocabulary: assessing a supplier's security, security assurances, hyphenated sub-contractors.
  ['supply-chain.risk-management', 'The Provider shall obtain security assurances from each sub-contractor before it starts work.', 'present'],
  ['supply-chain.risk-management', 'The Provider is under no obligation to assess their security, whichever vendors it chooses.', 'negated'],
  // Monitoring security events as the act; a refusal to watch for signs of compromise.
  ['logging.security-event-management', 'The Provider shall monitor security events on the Customer network around the clock.', 'present'],
  ['logging.security-event-management', 'The Provider does not monitor for signs of compromise on the Customer network.', 'negated'],
  ['logging.security-event-management', 'The Customer is solely responsible for reviewing security event logs, and the Provider does not do so.', 'negated'],
  // An allocation of each security control to a party is a statement of roles.
  ['transparency.roles-responsibilities', 'The Provider shall keep a register stating, for each security control, which party operates it.', 'present'],
  // Hedges: a qualifier set off by commas, and the party's own judgement of how much is enough.
  ['backup.contracted-service', 'The Provider shall, where reasonably practicable, back up the Customer servers every day.', 'weak'],
  ['backup.contracted-service', 'The Provider shall back up the Customer servers at intervals the Provider considers reasonable.', 'weak'],
  ['supply-chain.risk-management', 'The Provider shall, to the extent it considers proportionate, assess the security risks of its suppliers.', 'weak'],
  ['logging.retention', 'The Provider shall retain security logs for twelve months or for as long as its archive has room, whichever is shorter.', 'weak'],
  ['supply-chain.risk-management', 'The Provider shall, where it considers it commercially appropriate, ask its suppliers about their security practices.', 'weak'],
  // A tier of a stated period ("of which the most recent …") is no cap on the period itself.
  ['logging.retention', 'The Provider shall keep audit logs for two years, of which the most recent thirty days stay online.', 'present'],
  ['logging.retention', 'The Provider shall keep the most recent ten thousand audit log entries.', 'weak'],
  // "does not restrict / limit" the concept is the refusal of least privilege itself.
  ['privilege.least-privilege', 'The Provider does not restrict the access rights of its help-desk staff.', 'negated'],
  // A party name that begins a defined term stays part of it across a paragraph's soft line break.
  ['backup.contracted-service', 'The Provider does not back up the Customer\nEnvironment and gives no assurance that data can be restored.', 'negated'],
  ['backup.contracted-service', 'The Provider shall back up the Customer\nsystems every night to a second site.', 'present'],
  // A duty the advisory gives both parties, made the customer's sole responsibility, is moved to it,
  // even when its object names the provider's suppliers.
  ['supply-chain.risk-management', "The Customer is solely responsible for vetting the security risks of the Provider's subcontractors.", 'wrong-party'],
  ['transparency.roles-responsibilities', 'The Customer is solely responsible for recording, for each security control, which party operates it.', 'wrong-party'],
  // A negated second predicate ("… and is not required to …") keeps the first clause's subject,
  // or that of its innermost "that" clause when it names one.
  ['network.segregation', "The Provider runs the Customer on pooled servers and is not required to isolate the Customer's workloads from those of its other customers.", 'negated'],
  ['network.segregation', "The Customer accepts that the Provider runs every client on pooled servers and has no obligation to isolate the Customer's workloads from those of its other customers.", 'negated'],
  ['network.segregation', 'The Provider shall ensure that each tenant network is isolated from those of its other customers and shall test the isolation every year.', 'present'],
  // The customer's sole responsibility decides over the provider's "does not" in the same sentence.
  ['network.segregation', "The Customer shall be solely responsible for isolating its workloads from those of the Provider's other customers, and the Provider does not provide isolation.", 'negated'],
  // NIST SP 800-171 3.1.2: "… functions that authorized users are permitted to execute" names
  // whose permissions are meant; it does not make the duty permissive.
  ['privilege.least-privilege', 'The Provider shall:\n\n(c) grant access rights only for the functions that its engineers are permitted to perform; and\n(d) keep a register of them.', 'present'],
  ['privilege.least-privilege', 'Help-desk staff are permitted to hold only the access rights their duties require.', 'weak'],
  // The object said not to be restricted, or not to be part of the measures, is the refusal itself.
  ['privilege.least-privilege', 'Access rights are not restricted by job role, and every engineer is a domain administrator.', 'negated'],
  ['privilege.least-privilege', 'Access rights are not restricted to office hours.', 'present'],
  ['mfa.services-delivered', 'Two-factor authentication is not part of the measures: Customer users are not required to use it.', 'negated'],
  // Users named by another customer role word are the customer's users ("Customer users" already was).
  ['mfa.services-delivered', 'The Supplier shall require two-factor authentication for all Buyer users.', 'present'],
  // Without a qualification of another clause, "only to" is no narrowing.
  ['incident.notification', "The Provider shall notify the Customer of any Security Incident within 24 hours and shall report it only to the Customer's security officer.", 'present'],
  // "No retention period applies" refuses a period; "no shorter period applies" after one does not.
  ['logging.retention', 'No retention period applies to the firewall logs, which the Provider may purge at will.', 'negated'],
  ['logging.retention', 'The Provider shall keep audit logs for a year; no shorter retention period applies to them.', 'present'],
  // A later clause that keeps the duty "only for" part of it narrows the duty.
  ['mfa.provider-access', 'The Provider shall require multi-factor authentication for all accounts of its personnel that access the Customer systems.\n\nNotwithstanding the previous paragraph, the Provider is required to use multi-factor authentication only for its remote access to the Customer systems.', 'weak'],
];

/** [requirement, body that must not be evidence]. */
const NOT_EVIDENCE: [string, string][] = [
  // Reviewing access is an access review (AC-2, AC-6(7)), not a re-evaluation of the security terms.
  ['governance.periodic-review', 'The Provider shall review all privileged access to the Customer network every six months.'],
  // Reassessing a supplier's supply chain risks is SR-6 supply-chain management.
  ['governance.periodic-review', "The Provider shall reassess each sub-processor's supply chain risks every year."],
  // Service-level reviews are service management.
  ['governance.periodic-review', "The Customer may review the Provider's performance against the service levels each month."],
  // A responsibility matrix that lists the functions it allocates is no duty to perform each of them.
  ['patching.ongoing-service', 'The Provider shall keep a responsibility matrix showing, for patching, backup and monitoring, which party does the work.'],
  ['backup.contracted-service', 'The Provider shall keep a responsibility matrix showing, for patching, backup and monitoring, which party does the work.'],
  // An audit right on notice, or complying with privacy laws, is no notice of an incident.
  ['incident.notification-timeframe', 'The Provider shall allow for audits of its data centres on thirty days notice, and more often after a data breach.'],
  ['incident.notification', 'The Provider shall allow for audits of its data centres on thirty days notice, and more often after a data breach.'],
  ['incident.notification', 'Each party shall comply with the data breach notification and privacy laws that govern it.'],
  // Taking down content is content moderation, not revoking the provider's access at exit.
  ['accounts.exit-revocation', 'On termination the Provider may suspend the service, including removing content that breaks these terms.'],
];

/** Sentences that stay evidence: the duty's own act is there too. */
const STILL_EVIDENCE: [string, string][] = [
  ['governance.periodic-review', "The Customer may audit the Provider's access rights and security controls once a year."],
  ['patching.ongoing-service', 'The Provider shall apply security patches to all servers as set out in the responsibility matrix.'],
  ['incident.notification', 'The Provider shall comply with privacy laws and shall notify the Customer of any Security Incident within 48 hours.'],
];

/** [requirement, body, status it must not get]: "does not restrict" another party's rights is no refusal of the duty. */
const NOT_STATUS: [string, string, string][] = [
  ['privilege.least-privilege', "This clause does not restrict the Customer's rights to audit the access rights of the Provider staff.", 'negated'],
  ['privilege.least-privilege', "This clause does not limit the Provider's obligation to restrict access rights.", 'negated'],
];

describe('set 3 causes: general rules', () => {
  it('a wildcard term ending in "e" also reads the -ing form without the e', () => {
    const set = new TermSet(['remove*']);
    assert.deepEqual(
      set.find('removes, removing; remover; revoking; remov').map((h) => h.term),
      ['removes', 'removing', 'remover'],
    );
    assert.deepEqual(new TermSet(['re*']).find('reing; re; red').map((h) => h.term), ['reing', 're', 'red']);
  });
  it('a sentence whose subject is the duty of another clause ("obligation under Section 4.2 … applies only to …") narrows it: a conflict', () => {
    const body = 'The Provider shall notify the Customer of any Security Incident within 24 hours.\n\nThe Provider\'s obligation under Section 4.2 to notify the Customer applies only to Security Incidents that the Provider has confirmed.\n';
    assert.equal(findingOf(analyze(MSA_PREAMBLE + body, { catalog: aa22(), force: true }), 'incident.notification').conflict !== undefined, true);
    const plain = 'The Provider shall notify the Customer of any Security Incident within 24 hours.\n';
    assert.equal(findingOf(analyze(MSA_PREAMBLE + plain, { catalog: aa22(), force: true }), 'incident.notification').conflict, undefined);
  });
  for (const [id, body, status] of STATUS) {
    it(`${id} ${status}: "${body}"`, () => assert.equal(bundledStatus(body, id), status));
  }
  for (const [id, body] of NOT_EVIDENCE) {
    it(`${id} no evidence: "${body}"`, () => assert.equal(bundledStatus(body, id), 'missing'));
  }
  for (const [id, body, status] of NOT_STATUS) {
    it(`${id} not ${status}: "${body}"`, () => assert.notEqual(bundledStatus(body, id), status));
  }
  for (const [id, body] of STILL_EVIDENCE) {
    it(`${id} still evidence: "${body}"`, () => assert.notEqual(bundledStatus(body, id), 'missing'));
  }
});
