/**
 * Plain drafting probed with sentences of our own in session 16, before blind set 16 was read, in
 * the styles published contracts are drafted in (US state and county IT terms, DPAs' security
 * annexes, managed-service schedules). Each row is ordinary wording that read wrong, a look-alike
 * that must stay as it is, or a reading that already held and is kept from slipping:
 * - MFA defined by its factors ("two independent factors", "something they know and something
 *   they have": NIST SP 800-63's definition) and the provider's remote support sessions and own
 *   administrators as the accounts it covers (IA-2(1), IA-2(2));
 * - leavers in US and UK drafting: personnel who "cease to be engaged" in the services, "terminated
 *   employees", "separation from employment" (PS-4, PS-5);
 * - monitoring "for unauthorized access" (SI-4: "unauthorized local, network, and remote
 *   connections"), not monitoring for unauthorised resale or liability for unauthorised access;
 * - the risks "arising from its supply chain" (SR-2, SR-3), not the risk of a supplier's late delivery;
 * - a named individual "accountable for the security" of the services (a security role, PM-2);
 * - access no greater than a person's "role requires", however far apart the words (AC-6);
 * - data hosted "separately from the data of its other customers" (SC-32, NCSC principle 3), and
 *   the same disclaimed;
 * - hedges: an option the customer must elect ("where the Customer so elects"), the provider's own
 *   discretion named ("at the Provider's discretion"), an exception for systems that "do not support
 *   it", "in due course", "has capacity to do so".
 * Second round: personnel "only granted such access … as is necessary" and privileged access
 * "restricted to" those who need it, no "standing administrative access" (AC-6(2), AC-6(5));
 * firmware at "the version recommended by the
 * manufacturer"; a report "on the security of" the services; read access to logs given on request.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

/** [requirement, text, status]; each text is numbered 9.1 under a neutral "Services" heading. */
const CASES: [string, string, string][] = [
  ['mfa.provider-access', 'Provider personnel shall not access the Customer Systems remotely unless they have authenticated with at least two independent factors.', 'present'],
  ['mfa.provider-access', 'All remote access by the Provider to the Customer Environment must be protected by multi-factor authentication.', 'present'],
  ['mfa.provider-access', 'The Provider will ensure that its staff authenticate to Customer systems using something they know and something they have.', 'present'],
  ['mfa.provider-access', 'The Provider shall implement multi-factor authentication for remote access to the Customer Systems by no later than the end of the Transition Period.', 'present'],
  ['mfa.provider-access', 'Where the Customer so elects, the Provider shall enable multi-factor authentication for its administrators.', 'weak'],
  ['mfa.provider-access', 'The Provider may, but is not obliged to, require multi-factor authentication for remote support sessions.', 'negated'],
  ['mfa.provider-access', 'The Provider shall use a password of at least twelve characters for each account it uses on the Customer Systems.', 'missing'],
  ['mfa.provider-access', 'The Provider shall ensure that all privileged access to the Customer Systems requires phishing-resistant authentication.', 'present'],
  ['logging.retention', 'The Provider shall retain security logs for no less than one hundred and eighty (180) days.', 'present'],
  ['logging.retention', 'The Provider shall retain audit logs for a period of not less than twelve (12) months and make them available to the Customer on request.', 'present'],
  ['logging.retention', 'Security event logs shall be kept for thirty (30) days.', 'below-threshold'],
  ['logging.retention', 'The Provider shall keep audit logs for as long as its storage capacity allows.', 'weak'],
  ['logging.retention', 'The Provider shall retain logs in accordance with its standard retention policy.', 'weak'],
  ['logging.retention', 'Audit records shall be preserved for at least six months following their creation.', 'present'],
  ['logging.retention', 'The Provider shall retain invoices and records of charges for seven years.', 'missing'],
  ['logging.security-event-management', 'The Provider shall continuously monitor the Customer Systems for security events and investigate any anomalies it detects.', 'present'],
  ['logging.security-event-management', 'The Provider shall monitor the availability of the Services against the Service Levels.', 'missing'],
  ['logging.security-event-management', 'The Provider shall operate a security information and event management system that collects and correlates logs from the Customer Systems.', 'present'],
  ['logging.security-event-management', 'The Provider shall review audit records at least weekly for indications of inappropriate or unusual activity.', 'present'],
  ['privilege.least-privilege', 'The Provider shall grant its personnel only such access rights as are necessary for the performance of their duties under this Agreement.', 'present'],
  ['privilege.least-privilege', 'Access to Customer Data shall be restricted to Provider personnel with a need to know.', 'present'],
  ['privilege.least-privilege', 'The Provider shall ensure that no individual has more access to the Customer Systems than that individual\'s role requires.', 'present'],
  ['privilege.least-privilege', 'The Provider shall restrict administrative privileges to those personnel who require them.', 'present'],
  ['privilege.least-privilege', 'The Provider shall limit the Customer\'s liability under clause 14.', 'missing'],
  ['accounts.deprovisioning', 'The Provider shall revoke all access rights of any member of its personnel who ceases to be engaged in the Services within 24 hours.', 'present'],
  ['accounts.deprovisioning', 'The Provider shall promptly disable user accounts that have been inactive for ninety days.', 'present'],
  ['accounts.deprovisioning', 'The Provider shall remove the Customer\'s equipment from its premises on termination.', 'missing'],
  ['patching.ongoing-service', 'The Provider shall install all security patches released by the relevant vendors on the Customer Systems within thirty (30) days of release, and critical patches within seven (7) days.', 'present'],
  ['patching.ongoing-service', 'The Provider shall keep all software forming part of the Customer Systems at a version supported by its vendor and with all security updates applied.', 'present'],
  ['patching.ongoing-service', 'The Provider shall remediate identified vulnerabilities in accordance with the following timeframes: critical, 7 days; high, 30 days.', 'present'],
  ['patching.ongoing-service', 'Patch management is out of scope of the Services.', 'negated'],
  ['patching.ongoing-service', 'The Provider shall use reasonable efforts to apply security patches within thirty days of release.', 'weak'],
  ['patching.ongoing-service', 'The Provider shall update the Customer\'s contact list each quarter.', 'missing'],
  ['patching.ongoing-service', 'The Provider shall maintain an up-to-date inventory of the Customer\'s hardware.', 'missing'],
  ['backup.contracted-service', 'The Provider shall perform daily incremental and weekly full backups of the Customer Data and retain them for thirty days.', 'present'],
  ['backup.contracted-service', 'The Provider shall maintain backup copies of the Customer Data sufficient to restore the Services within the Recovery Time Objective.', 'present'],
  ['backup.contracted-service', 'The Customer is solely responsible for backing up its own data.', 'negated'],
  ['backup.contracted-service', 'The Provider shall provide backup power to the Data Centre for at least eight hours.', 'missing'],
  ['backup.contracted-service', 'The Provider shall store backups of the Customer Data in a geographically separate location.', 'present'],
  ['incident.notification', 'The Provider shall notify the Customer without undue delay, and in any event within 24 hours, after becoming aware of a Security Incident.', 'present'],
  ['incident.notification', 'The Provider shall inform the Customer of any actual or suspected unauthorised access to the Customer Data within forty-eight (48) hours.', 'present'],
  ['incident.notification', 'The Provider shall notify the Customer of any planned maintenance at least five Business Days in advance.', 'missing'],
  ['ir.incident-handling', 'The Provider shall maintain and follow a documented incident response plan and shall contain, eradicate and recover from Security Incidents affecting the Customer Systems.', 'present'],
  ['ir.incident-handling', 'The Provider shall respond to service incidents in accordance with the priority levels in Schedule 2.', 'missing'],
  ['ir.plan-contracted', 'The Provider shall maintain an incident response plan that sets out the roles of each party and test it annually with the Customer.', 'present'],
  ['supply-chain.risk-management', 'The Provider shall assess the information security practices of each of its suppliers before engaging them and at least annually thereafter.', 'present'],
  ['supply-chain.subcontractors', 'The Provider shall ensure that its subcontractors are bound by security obligations no less protective than those in this Agreement.', 'present'],
  ['supply-chain.risk-management', 'The Provider shall pay its subcontractors within thirty days of receipt of a valid invoice.', 'missing'],
  ['supply-chain.risk-management', 'The Provider shall manage the risks arising from its supply chain in accordance with NIST SP 800-161.', 'present'],
  ['network.segregation', 'The Provider shall logically separate the Customer Data from the data of its other customers.', 'present'],
  ['network.segregation', 'The Provider shall host the Customer Systems on dedicated infrastructure that is not shared with any other customer.', 'present'],
  ['transparency.roles-responsibilities', 'Schedule 4 sets out which party is responsible for each security control, and each party shall perform the controls allocated to it.', 'present'],
  ['transparency.roles-responsibilities', 'The parties shall agree and document a security responsibilities matrix within thirty days of the Effective Date.', 'present'],
  ['transparency.roles-responsibilities', 'The Provider shall designate a named individual who is accountable for the security of the Services.', 'present'],
  ['transparency.roles-responsibilities', 'Each party shall bear its own costs.', 'missing'],
  ['mfa.provider-access', 'The Provider shall enable multi-factor authentication for its administrators.', 'present'],
  ['mfa.provider-access', 'The Provider shall require multi-factor authentication for remote support sessions.', 'present'],
  ['mfa.provider-access', 'The Provider shall require multi-factor authentication for all remote support sessions on the Customer Systems.', 'present'],
  ['accounts.exit-revocation', 'Upon termination or expiry of this Agreement the Provider shall delete all accounts it holds on the Customer Systems and return all credentials.', 'present'],
  ['accounts.deprovisioning', 'The Provider shall revoke all access rights of any member of its personnel who leaves within 24 hours.', 'present'],
  ['accounts.exit-revocation', 'If the Customer elects to terminate this Agreement, the Provider shall delete all accounts it holds on the Customer Systems.', 'present'],
  ['mfa.provider-access', 'Contractor shall require multi-factor authentication for all Contractor personnel who access State systems remotely.', 'present'],
  ['mfa.provider-access', 'Vendor agrees to use multi-factor authentication for all remote access to the County\'s network.', 'present'],
  ['logging.retention', 'Contractor shall retain audit logs for a minimum of one (1) year, with at least ninety (90) days immediately available for analysis.', 'present'],
  ['logging.retention', 'Logs shall be retained for a minimum of 90 days.', 'below-threshold'],
  ['logging.retention', 'Contractor shall maintain logs for a period of no less than six (6) months.', 'present'],
  ['patching.ongoing-service', 'Contractor shall apply critical security patches to systems processing State data within fifteen (15) calendar days of release.', 'present'],
  ['patching.ongoing-service', 'Vendor will maintain the Hosted System with current security patches.', 'present'],
  ['patching.ongoing-service', 'The Processor shall keep its systems up to date with the latest security patches.', 'present'],
  ['backup.contracted-service', 'Contractor shall back up State data daily and store the backups at a secure off-site location.', 'present'],
  ['backup.contracted-service', 'Backups of Customer Data are performed daily and retained for 30 days.', 'present'],
  ['incident.notification', 'Contractor shall report any Security Incident to the State\'s Chief Information Security Officer within twenty-four (24) hours of discovery.', 'present'],
  ['incident.notification', 'The Processor shall notify the Controller without undue delay after becoming aware of a personal data breach.', 'present'],
  ['privilege.least-privilege', 'Access to Personal Data is granted on a need-to-know basis.', 'present'],
  ['privilege.least-privilege', 'Contractor shall limit access to State data to those individuals whose job duties require such access.', 'present'],
  ['supply-chain.risk-management', 'Vendor shall conduct security due diligence on all third parties that will have access to County data.', 'present'],
  ['supply-chain.risk-management', 'The Processor shall not engage another processor without prior specific or general written authorisation of the Controller.', 'missing'],
  ['network.segregation', 'Contractor shall logically segregate State data from the data of other Contractor clients.', 'present'],
  ['network.segregation', 'Customer Data is stored in a multi-tenant environment and is logically separated from other customers\' data.', 'present'],
  ['accounts.deprovisioning', 'Access rights of terminated employees are revoked on their last working day.', 'present'],
  ['accounts.deprovisioning', 'Contractor shall disable accounts of personnel within one business day of their separation from employment.', 'present'],
  ['transparency.roles-responsibilities', 'The security responsibilities of each party are described in the Shared Responsibility Model at Exhibit C.', 'present'],
  ['ir.plan-contracted', 'Contractor shall maintain a written incident response plan.', 'present'],
  ['logging.security-event-management', 'Contractor shall monitor its systems for unauthorized access on a 24x7x365 basis.', 'present'],
  ['mfa.services-delivered', 'The Hosted Service supports multi-factor authentication for all user accounts.', 'weak'],
  ['mfa.services-delivered', 'The Provider shall configure the Hosted Service so that every user account requires multi-factor authentication.', 'present'],
  ['logging.security-event-management', 'The Provider shall monitor the Customer\'s usage of the Services for unauthorized resale.', 'missing'],
  ['logging.security-event-management', 'The Provider is liable for unauthorized access to the Customer Data caused by its negligence.', 'missing'],
  ['accounts.deprovisioning', 'The Provider may replace terminated employees with personnel of equivalent skill.', 'missing'],
  ['accounts.deprovisioning', 'The Provider shall give the Customer a list of terminated personnel each month for payroll reconciliation.', 'missing'],
  ['transparency.roles-responsibilities', 'Each party is accountable for the security of its own premises.', 'present'],
  ['supply-chain.risk-management', 'The Provider shall manage the risks of late delivery by its suppliers.', 'missing'],
  ['mfa.provider-access', 'The Provider shall allow two weeks for remote support onboarding, taking into account two key factors: staffing and training.', 'missing'],
  ['mfa.provider-access', 'Remote support sessions are available from 8am to 6pm on Business Days.', 'missing'],
  ['patching.ongoing-service', 'The Provider shall apply security patches within 30 days, unless in its opinion a patch may adversely affect the Services.', 'weak'],
  ['patching.ongoing-service', 'The Provider shall apply patches to the Customer Systems, provided that the Customer grants a maintenance window.', 'present'],
  ['patching.ongoing-service', 'Security patches will be applied at the Provider\'s discretion.', 'weak'],
  ['patching.ongoing-service', 'The Provider will try to apply security patches within a month.', 'weak'],
  ['patching.ongoing-service', 'The Provider does not warrant that the Customer Systems will be free of vulnerabilities.', 'missing'],
  ['logging.retention', 'The Provider shall retain security logs for 12 months, or such shorter period as the Provider may determine.', 'weak'],
  ['mfa.provider-access', 'The Provider shall use multi-factor authentication for access to the Customer Systems, except where the Customer\'s systems do not support it.', 'weak'],
  ['mfa.provider-access', 'The Provider shall use multi-factor authentication for access to the Customer Systems where supported by the Customer\'s systems.', 'weak'],
  ['incident.notification', 'The Provider shall notify the Customer of a Security Incident within 72 hours, unless law enforcement asks it to delay notice.', 'present'],
  ['incident.notification', 'The Provider shall notify the Customer of a Security Incident as soon as it deems appropriate.', 'weak'],
  ['incident.notification', 'The Provider shall notify the Customer of Security Incidents that it, in its sole judgment, considers material.', 'weak'],
  ['network.segregation', 'Nothing in this Agreement requires the Provider to host the Customer Data separately from the data of its other customers.', 'negated'],
  ['backup.contracted-service', 'Nothing in this Agreement obliges the Provider to back up the Customer Data.', 'negated'],
  ['supply-chain.risk-management', 'The Provider shall not be responsible for the acts or omissions of third-party software vendors selected by the Customer.', 'missing'],
  ['accounts.deprovisioning', 'The Provider will remove leavers\' access in due course.', 'weak'],
  ['accounts.deprovisioning', 'The Provider will remove leavers\' access when it becomes aware of the departure and has capacity to do so.', 'weak'],
  ['network.segregation', 'The Provider shall host the Customer Data separately from the data of its other customers.', 'present'],
  ['network.segregation', 'The Provider is not required to segregate the Customer Data from the data of its other customers.', 'negated'],
  ['network.segregation', 'Nothing in this Agreement requires the Provider to segregate the Customer Data from the data of its other customers.', 'negated'],
  // Second round: UK, Australian and US public-sector wording; each measure's neighbours.
  ['transparency.roles-responsibilities', 'The Supplier shall provide the Buyer with a security management plan that sets out the respective security responsibilities of the Supplier and the Buyer.', 'present'],
  ['transparency.roles-responsibilities', 'The Provider shall maintain a register showing, for each security control in Annex 3, whether the Provider or the Customer operates it.', 'present'],
  ['transparency.roles-responsibilities', 'The Provider shall provide the Customer with an organisation chart of its account team.', 'missing'],
  ['transparency.roles-responsibilities', 'The Provider shall appoint a Service Delivery Manager who shall be the Customer\'s single point of contact for all matters relating to the Services.', 'missing'],
  ['transparency.roles-responsibilities', 'Each party shall be responsible for its own compliance with applicable data protection law.', 'missing'],
  ['transparency.security-reporting', 'The Provider shall report to the Customer each month on the security of the Services, including open vulnerabilities and incidents.', 'present'],
  ['transparency.security-reporting', 'The Provider shall provide monthly service reports on availability and ticket volumes.', 'missing'],
  ['privilege.least-privilege', 'The Supplier shall ensure that Supplier Personnel are only granted such access to Buyer Data as is necessary for them to perform their obligations.', 'present'],
  ['privilege.least-privilege', 'The Contractor must ensure that privileged access to Commonwealth systems is restricted to personnel who require it for their duties.', 'present'],
  ['privilege.least-privilege', 'The Provider shall not use shared or generic administrator accounts.', 'present'],
  ['privilege.least-privilege', 'Provider personnel shall not be granted standing administrative access to Customer systems.', 'present'],
  ['privilege.least-privilege', 'The Provider shall restrict access to its premises to authorised visitors.', 'missing'],
  ['supply-chain.risk-management', 'The Provider shall choose its suppliers on the basis of price and availability.', 'missing'],
  ['patching.ongoing-service', 'The Supplier shall apply all security patches classified by the vendor as critical within 48 hours and all other security patches within 14 days.', 'present'],
  ['patching.ongoing-service', 'The Contractor must patch applications and operating systems in accordance with the Essential Eight Maturity Level Two.', 'present'],
  ['patching.ongoing-service', 'The Provider shall deploy vendor-supplied fixes for security vulnerabilities to all managed endpoints within the timeframes in Schedule 5.', 'present'],
  ['patching.ongoing-service', 'The Provider shall keep firmware on managed network devices at the version recommended by the manufacturer.', 'present'],
  ['patching.ongoing-service', 'Patching shall be carried out by the Customer\'s in-house team.', 'wrong-party'],
  ['ir.incident-handling', 'Upon discovery of a Security Incident the Supplier shall immediately take all necessary steps to contain it, preserve evidence and restore the affected systems.', 'present'],
  ['ir.incident-handling', 'The Provider shall investigate each Security Incident and provide the Customer with a root cause analysis within 10 Business Days.', 'present'],
  ['ir.incident-handling', 'The Provider shall log each service incident in its ticketing tool.', 'missing'],
  ['ir.plan-contracted', 'The Provider shall maintain a cyber incident response plan, approved by the Customer, that sets out how Security Incidents will be handled.', 'present'],
  ['ir.stakeholder-roles', 'The incident response plan shall identify the Customer\'s executive sponsor, the Provider\'s technical lead and the Customer\'s procurement contact and their respective roles.', 'present'],
  ['ir.exercise-frequency', 'The parties shall test the incident response plan through a tabletop exercise at least once a year.', 'present'],
  ['backup.testing', 'The Provider shall test the restoration of backups at least quarterly and report the results to the Customer.', 'present'],
  ['backup.offline-encrypted', 'The Provider shall keep at least one copy of all backups offline and encrypted.', 'present'],
  ['patching.end-of-life', 'The Provider shall notify the Customer at least six months before any software in the Customer Systems reaches end of support and propose a replacement.', 'present'],
  ['incident.notification-timeframe', 'The Provider shall notify the Customer of any Security Incident within 24 hours.', 'present'],
  ['logging.customer-visibility', 'The Provider shall give the Customer read access to the security logs of the Customer Systems on request.', 'present'],
  ['mfa.privileged-accounts', 'All privileged accounts on the Customer Systems shall require multi-factor authentication.', 'present'],
  ['credentials.no-cross-customer-reuse', 'The Provider shall use unique credentials for each customer and shall never reuse credentials across customers.', 'present'],
  ['network.dedicated-connection', 'The Provider shall connect to the Customer Systems only through a dedicated VPN used for no other customer.', 'present'],
  ['supply-chain.risk-management', 'The Provider shall not disclose Customer Data to any third party except as required by law.', 'missing'],
  ['privilege.least-privilege', 'The Customer shall have such access to the Provider\'s ticketing portal as is necessary to raise requests.', 'missing'],
  ['logging.customer-visibility', 'The Provider shall give the Customer read access to the security logs of the Customer Systems.', 'present'],
  ['supply-chain.subcontractors', 'The Supplier shall ensure that any Sub-contractor that processes Buyer Data complies with security requirements no less stringent than those in this Contract and shall audit that compliance annually.', 'present'],
];

describe('plain drafting probed in session 16', () => {
  for (const [id, text, status] of CASES) {
    it(`${id} ${status}: "${text}"`, () => assert.equal(bundledStatus(`## 9. Services\n\n9.1 ${text}`, id), status));
  }
});
