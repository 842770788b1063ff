/**
 * Vocabulary learnt from the control frameworks (clauses/aa22-131a/README.md, "Framework
 * vocabulary"): each term is evidence in contract wording of our own, and each term that could
 * be read in another sense is not evidence in that sense. All sentences are written for this test.
 */
import assert from 'node:assert/strict';
import { bundledRequirement, statusOf } from './matching-helpers';

function evidences(id: string, sentence: string): boolean {
  return statusOf(sentence, bundledRequirement(id)) !== 'missing';
}

/** [requirement, sentence that must be evidence, sentence in another sense that must not be]. */
const CASES: [string, string, string | undefined][] = [
  ['patching.ongoing-service', 'The Provider shall identify, report and correct information system flaws within fourteen days.', 'The Provider shall correct any flaws in the invoices it issues.'],
  ['patching.ongoing-service', 'The Provider is responsible for flaw remediation on every managed server.', undefined],
  ['patching.ongoing-service', 'The Provider shall apply security patches to all systems it manages within 14 days.', 'The Provider shall resolve billing disputes for all systems within 30 days.'],
  ['backup.offline-encrypted', 'The Provider shall keep daily point-in-time copies of Customer Data in a separate region.', 'The Customer may keep a point-in-time copy of the price list.'],
  ['privilege.least-privilege', 'The Provider shall enforce separation of duties between its administrators and its auditors.', 'The Provider shall separate the goods into two shipments.'],
  ['privilege.least-privilege', 'The Provider shall limit system access to the types of transactions and functions that authorised users are permitted to execute.', undefined],
  ['privilege.least-privilege', 'Privileged access is restricted to only what is required for users to do their work.', 'Personal data collected is limited to only what is required for the purpose.'],
  // ASD Essential Eight "Restricting administrative privileges".
  ['privilege.least-privilege', 'The Provider shall restrict administrative privileges on every managed server.', 'The Provider shall restrict parking on the loading bay.'],
  ['privilege.least-privilege', 'The Provider shall give its engineers only the permissions their tasks need.', 'The Provider shall obtain the planning permissions for the new building.'],
  ['ir.plan-contracted', 'The Provider shall maintain a documented contingency plan for the Services.', 'The fees include a contingency of ten percent for unforeseen work.'],
  ['backup.offline-encrypted', 'The Provider shall keep system backups at an alternate storage site sufficiently separated from the primary site.', 'The Provider shall maintain a backup generator sufficiently separated from the data centre.'],
  ['backup.contracted-service', 'The Provider shall back up all Customer Data daily.', 'Where backup or alternative email gateways are in place, they are maintained to the same standard.'],
  ['network.segregation', 'The Provider shall place publicly accessible system components in physically or logically separated subnetworks.', undefined],
  // NCSC cloud security principle 3, "Separation between customers".
  ['network.segregation', 'The Provider shall maintain separation between customers on its hosting platform.', 'The Provider shall keep a fair order of service between customers in the queue.'],
  ['network.segregation', 'The Provider shall monitor, control and protect communications at the external boundaries of its systems.', 'The Provider shall fence the external boundaries of the Site and keep them separate from the car park.'],
  ['accounts.deprovisioning', 'The Provider shall terminate or revoke authenticators when individuals are transferred or terminated.', 'If this Agreement is terminated or transferred, access to the portal continues for 30 days.'],
  ['initial-access.baseline', 'User accounts are locked out after five failed logon attempts.', 'The Customer shall not be locked out of its data when the Agreement ends.'],
  ['incident.notification', 'The Provider shall notify the Customer of any supply chain compromise affecting the Services.', 'The Provider shall report suspected incidents of bribery to the Customer.'],
  ['logging.security-event-management', 'The Provider shall review and analyse audit records weekly for indications of inappropriate or unusual activity.', 'The Provider shall report any unusual activity at the facility to the Customer.'],
  ['logging.endpoint-network-detection', 'The Provider shall monitor inbound and outbound communications traffic to detect attacks.', undefined],
  ['logging.provider-infrastructure', 'The Provider shall log the execution of privileged functions on its systems.', undefined],
  ['mfa.privileged-accounts', 'Multi-factor authentication is used to authenticate privileged users of the Provider.', undefined],
  ['patching.end-of-life', 'The Provider shall replace unsupported system components within three months.', undefined],
  ['logging.application-control', 'The Provider shall employ a deny-all, permit-by-exception policy for the execution of software programs.', undefined],
  ['network.dedicated-connection', 'The Provider shall route remote access via managed access control points.', undefined],
  ['supply-chain.risk-management', 'The Provider shall assess the supply chain-related risks of its suppliers each year.', undefined],
  ['supply-chain.risk-management', 'The Provider shall evaluate the security of each subcontractor before it is engaged.', 'The Provider shall evaluate the quality of each subcontractor before it is engaged.'],
  ['supply-chain.risk-management', 'The Provider shall check the security of every software vendor it relies on.', 'The Provider shall check the invoices of every software vendor it relies on.'],
  ['supply-chain.subcontractors', 'The Provider shall bind its subcontractors to security obligations no weaker than this Schedule.', 'The Provider shall pay its subcontractors on terms no weaker than this Schedule.'],
  ['supply-chain.subcontractors', 'Each subcontractor shall be held to security requirements at least as stringent as these.', undefined],
  ['governance.periodic-review', 'The Customer may verify compliance with the security requirements of this Agreement once a year.', 'The Customer may verify compliance with the payment terms once a year.'],
  // Wording of ISM-1228, ISM-1650, ISM-1708, ISM-2006, IR-6, 3.6.2, 3.9.2, AC-2, AC-2(12), 03.11.02, 03.16.03 and SC-32.
  ['logging.security-event-management', 'Security events are analysed daily by the Provider to find incidents.', 'Events are analysed by the organising committee before the ceremony.'],
  ['logging.provider-infrastructure', 'The Provider shall centrally log every change to its privileged user accounts.', 'The Provider shall keep a log of visitors to the privileged lounge.'],
  ['backup.offline-encrypted', 'Backups are kept so that administrators are prevented from deleting them before they expire.', 'Invoices cannot be modified after they are issued.'],
  ['ir.stakeholder-roles', 'The Provider\'s executive committee shall plan for major cyber security incidents and take part in exercises.', 'The executive committee shall plan for the annual conference.'],
  ['incident.notification', 'The Provider shall report suspected incidents to the Customer\'s incident response team.', 'The Provider shall report suspected incidents of fraud to the Customer.'],
  ['incident.notification', 'The Provider shall report incidents to the relevant authorities as the law requires.', 'The Provider shall report safety incidents on Site to the Customer.'],
  ['incident.notification-timeframe', 'The Provider shall notify the Customer of any suspected incident within the time period set out in Schedule 3.', 'The Provider shall report suspected incidents of misconduct within two days.'],
  ['accounts.deprovisioning', 'Customer systems are protected during and after personnel actions such as terminations.', undefined],
  ['accounts.activity-review', 'The Provider shall monitor the use of accounts that can reach the Customer Environment.', 'The Customer shall monitor the use of its budget.'],
  ['accounts.activity-review', 'The Provider shall report atypical usage of system accounts to the Customer.', undefined],
  ['initial-access.baseline', 'The Provider shall scan the system for vulnerabilities every month.', 'The Provider shall scan the documents for the Customer\'s records.'],
  ['supply-chain.subcontractors', 'The Provider shall require its subcontractors to comply with the security requirements of this Agreement.', 'The Contractor and its subcontractors shall comply with the Privacy Act.'],
  ['network.segregation', 'The Provider shall partition its systems into separate domains or environments for each customer.', 'The parties may partition the work into phases.'],
];

describe('framework vocabulary in contract wording', () => {
  for (const [id, evidence, otherSense] of CASES) {
    it(`${id}: "${evidence.slice(0, 60)}…" is evidence`, () => assert.ok(evidences(id, evidence)));
    if (otherSense) it(`${id}: "${otherSense.slice(0, 60)}…" is not`, () => assert.ok(!evidences(id, otherSense)));
  }
});
