/**
 * Plain drafting probed with sentences of our own in session 15, before blind set 15 was read.
 * Each row is ordinary contract wording that read wrong, or a look-alike that must stay as it is:
 * - a duty the party "has" or "is under" binds as "shall" does, and a measure declared
 *   "mandatory" or "compulsory" is required (they read weak, "describes the practice");
 * - "as and when it sees fit" is the discretion "as it sees fit" is (it read present), and so are
 *   "if technically possible", "to the extent that it is able" and "save in exceptional circumstances";
 * - least privilege in plain words: access "only to the systems they need", limiting access "to
 *   what the engineer needs", the "fewest permissions", access limited "to that which is strictly
 *   required", elevated rights "only for the duration of a change" (AC-6, ISM-1507);
 * - the provider's own accounts ("the Provider's accounts") scoped to the systems the work needs;
 * - a named security contact or officer on each side is a transparent security role;
 * - backups in plain words: a copy taken each night, data replicated to a secondary site, data
 *   recoverable to a point in time (CP-9, CP-6);
 * - telling the customer of a cyber attack is incident notice; a monitoring clause's alert of
 *   suspicious activity is not (the MSP sets count it for logging);
 * - an engineer who moves off the customer's account is a leaver of that account (PS-5);
 * - more plain words: a second factor; logs collected and then reviewed (AU-6: collecting or
 *   keeping them alone is no monitoring); logs not
 *   deleted or kept available for a period; the latest firmware; infrastructure not shared with
 *   other customers and traffic between customers prevented; the software tools the provider uses
 *   as its supply chain (the lesson of the 2021 attack through an MSP's remote-management tool); a
 *   plan agreed for what each party does if a cyber incident occurs; a trial restore.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

/** [requirement, text, status]. */
const CASES: [string, string, string][] = [
  ['mfa.provider-access', 'The Provider is under an obligation to use multi-factor authentication for all access to the Customer Systems.', 'present'],
  ['mfa.provider-access', 'The Provider has a duty to use multi-factor authentication for every remote session on the Customer Systems.', 'present'],
  ['mfa.provider-access', 'Multi-factor authentication is mandatory for all Provider access to the Customer Systems.', 'present'],
  ['mfa.provider-access', 'The Customer has an obligation to use multi-factor authentication for its own users.', 'missing'],
  ['backup.contracted-service', 'The Provider has no duty to back up the Customer\'s laptops.', 'negated'],
  ['patching.ongoing-service', 'The Provider will apply security updates to the Customer Systems as and when it sees fit.', 'weak'],
  ['patching.ongoing-service', 'The Provider shall apply security updates to the Customer Systems within fourteen days of their release.', 'present'],
  ['backup.contracted-service', 'The Provider shall back up the Customer Data each night if technically possible.', 'weak'],
  ['backup.contracted-service', 'The Provider shall back up the Customer Data each night, to the extent that it is able to do so.', 'weak'],
  ['backup.contracted-service', 'The Provider shall back up the Customer Data each night save in exceptional circumstances.', 'weak'],
  ['backup.contracted-service', 'The Provider shall back up the Customer Data each night, including in exceptional circumstances such as a site outage.', 'present'],

  ['privilege.least-privilege', 'The Provider shall give its staff access only to the systems they need to do their work.', 'present'],
  ['privilege.least-privilege', 'The Provider shall limit each engineer\'s access to what the engineer needs.', 'present'],
  ['privilege.least-privilege', 'The Provider shall, where practicable, limit its personnel\'s access to what they need.', 'weak'],
  ['privilege.least-privilege', 'The Provider\'s technicians shall use accounts carrying the fewest permissions that allow them to do their work.', 'present'],
  ['privilege.least-privilege', 'Access by Provider personnel to the Customer Systems shall be limited to that which is strictly required for the Services.', 'present'],
  ['privilege.least-privilege', 'The Provider shall grant elevated rights on the Customer Systems only for the duration of a change.', 'present'],
  ['privilege.least-privilege', 'The Provider shall have access to what it needs at the Customer\'s sites.', 'missing'],
  ['privilege.least-privilege', 'The Provider shall give its engineers access only to the premises they need to visit.', 'missing'],
  ['privilege.least-privilege', 'An engineer shall stay on site for the duration of a change.', 'missing'],
  ['privilege.msp-account-scope', 'The Provider\'s accounts on the Customer Systems shall be limited to the systems and functions the Services require.', 'present'],

  ['transparency.roles-responsibilities', 'Each party shall nominate a security contact who is responsible for security matters under this Agreement.', 'present'],
  ['transparency.roles-responsibilities', 'The Provider shall appoint an information security manager to own the security of the Services.', 'present'],
  ['transparency.roles-responsibilities', 'The Provider shall send every notice under clause 12 to the Customer\'s designated security contact.', 'missing'],
  ['transparency.roles-responsibilities', 'The Provider shall appoint a service manager for the Services.', 'missing'],

  ['backup.contracted-service', 'The Provider shall take a full copy of the Customer Data each night and store it at a second site.', 'present'],
  ['backup.contracted-service', 'The Provider shall replicate the Customer\'s virtual servers to a secondary data centre every fifteen minutes.', 'present'],
  ['backup.contracted-service', 'The Provider shall ensure that the Customer Data can be recovered to a point no more than 24 hours old.', 'present'],
  ['backup.contracted-service', 'The Provider shall give the Customer a copy of the Customer Data on termination.', 'missing'],
  ['backup.contracted-service', 'The Provider shall send a copy of the service report to the Customer each month.', 'missing'],

  ['incident.notification', 'The Provider shall tell the Customer about any cyber attack on the systems it manages within 24 hours of discovering it.', 'present'],
  ['incident.notification', 'The Provider shall tell the Customer of any cyber-attack on the Customer Systems without undue delay.', 'present'],
  ['incident.notification', 'The Provider shall review the security event logs daily and alert the Customer to any suspicious activity.', 'missing'],

  ['accounts.deprovisioning', 'When an engineer moves off the Customer\'s account, the Provider shall revoke that engineer\'s access the same day.', 'present'],
  ['accounts.deprovisioning', 'The Provider shall disable the accounts of staff who no longer work on the Services within one Business Day.', 'present'],
  ['accounts.deprovisioning', 'The Customer may move off the Provider\'s platform at the end of the Term.', 'missing'],

  ['mfa.services-delivered', 'The Provider shall configure the Customer\'s Microsoft 365 tenant so that every user must verify their sign-in with a second factor.', 'present'],
  ['mfa.services-delivered', 'The Provider shall treat response time as the second factor in the service credit formula.', 'missing'],
  ['logging.security-event-management', 'The Provider shall collect the security logs of the Customer Systems in a central system and review them every working day.', 'present'],
  ['logging.security-event-management', 'The Provider shall collect security logs from the servers and keep them for a year.', 'missing'],
  ['logging.retention', 'The Provider shall not delete any security log earlier than twelve months after it was created.', 'present'],
  ['logging.retention', 'Security logs must be available for at least one year after the event they record.', 'present'],
  ['logging.retention', 'The Provider shall not delete any Customer Data without the Customer\'s instruction.', 'missing'],
  ['patching.ongoing-service', 'The Provider shall make sure the Customer\'s firewalls run the latest firmware released by their maker.', 'present'],
  ['network.segregation', 'The Provider shall host the Customer Systems on infrastructure that is not shared with any other customer.', 'present'],
  ['network.segregation', 'The Provider shall prevent any traffic between the Customer\'s environment and the environments of its other customers.', 'present'],
  ['network.segregation', 'The Customer\'s Confidential Information shall not be shared with any other customer of the Provider.', 'missing'],
  ['network.segregation', 'The Provider shall monitor traffic between the Customer\'s internal network and the internet.', 'missing'],
  ['supply-chain.risk-management', 'The Provider shall check the security of every software tool it uses to manage the Customer Systems before it deploys the tool.', 'present'],
  ['supply-chain.risk-management', 'The Provider shall supply the software tools listed in Annex 2.', 'missing'],
  ['ir.plan-contracted', 'The Provider shall agree with the Customer, within sixty days, a plan for what each party will do if a cyber incident occurs.', 'present'],
  ['ir.plan-contracted', 'The parties shall agree a project plan within thirty days.', 'missing'],
  ['ir.plan-contracted', '| Milestone | Date |\n|---|---|\n| Incident response plan agreed | 1 June 2027 |', 'missing'],
  ['backup.contracted-service', 'The Provider will back up the Customer Data each night as far as its available resources allow.', 'weak'],
  ['backup.testing', 'The Provider shall prove, by a trial restore each quarter, that the Customer Data can be recovered.', 'present'],
];

describe('plain drafting probed in session 15', () => {
  for (const [id, text, status] of CASES) {
    it(`${id} ${status}: "${text}"`, () => assert.equal(bundledStatus(text, id), status));
  }
});
