/**
 * Plain drafting probed with sentences of our own in session 17, before blind set 17 was read, in
 * the wording of US vendor security addenda, DPAs' technical and organisational measures and
 * outsourcing schedules. Each row is ordinary wording that read wrong, a look-alike that must stay
 * as it is, or a reading that already held and is kept from slipping:
 * - a requirement stated by the thing that needs it, in the present tense ("Remote access to the
 *   Customer Systems requires multi-factor authentication"), as annexes and standards write it; not
 *   when a party or pronoun opens the subject ("The Provider requires its staff to …" reports a
 *   practice) or when the measure comes before the verb ("Restoring from backup requires approval");
 * - monitoring "for intrusions" and "for security threats", logging "and monitoring", alerting "on
 *   security events" (NIST SP 800-53 SI-4); not cameras and alarms guarding premises (PE-6) nor the
 *   service desk's calls;
 * - records "of all access to Customer Data" kept for a period (AU-11 audit record retention);
 * - personnel who "no longer require" access (AC-2(3), PS-4);
 * - "contain and mitigate" a Security Incident (IR-4: containment);
 * - access restricted "to those personnel who need it" (AC-6);
 * - a security manager appointed by name, each party's responsibilities "for security" set out;
 * - hedges: a duty owed "to the extent the Customer has purchased" or "where the Customer has
 *   subscribed to" a service; "save where … do not support it";
 * - look-alikes: patching and repairing damage to premises, invoices kept separate.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

/** [requirement, text, status]; each text is numbered 9.1 under a neutral "Services" heading. */
const CASES: [string, string, string][] = [
  ['mfa.provider-access', 'Administrative access to the Customer Systems requires multi-factor authentication.', 'present'],
  ['mfa.provider-access', 'Remote access to the Customer Systems by the Provider personnel requires multi-factor authentication.', 'present'],
  ['mfa.provider-access', 'Remote connections to the Customer network require a second authentication factor.', 'present'],
  ['mfa.provider-access', 'The Provider requires its staff to use multi-factor authentication when accessing the Customer Systems.', 'weak'],
  ['mfa.provider-access', 'Our platform requires multi-factor authentication for remote access to the Customer Systems.', 'weak'],
  ['backup.contracted-service', "Restoring from backup requires the Customer's written approval.", 'weak'],
  ['backup.contracted-service', 'The Customer Data requires daily backups.', 'present'],
  ['backup.contracted-service', 'Each restore request requires a backup job number.', 'weak'],
  ['mfa.provider-access', 'The Provider has the right, but not the obligation, to require multi-factor authentication for remote access to the Customer Systems.', 'weak'],
  ['mfa.provider-access', 'Vendor shall require multi-factor authentication for all remote access to Customer\'s network by Vendor personnel.', 'present'],
  ['mfa.provider-access', 'Vendor personnel must use MFA when accessing Customer systems, where supported by the Customer\'s systems.', 'weak'],
  ['mfa.provider-access', 'Vendor is not responsible for implementing multi-factor authentication on Customer systems.', 'negated'],
  ['mfa.provider-access', 'The Provider shall use multi-factor authentication for remote access to the Customer Systems, save where the Customer\'s systems do not support it.', 'weak'],
  ['mfa.provider-access', 'The Provider shall ensure that passwords used to access the Customer Systems are changed every ninety days.', 'missing'],
  ['logging.security-event-management', 'The Provider shall monitor the Customer Systems for intrusions.', 'present'],
  ['logging.security-event-management', 'The Provider shall monitor its systems for intrusions and other security events on a 24x7 basis.', 'present'],
  ['logging.security-event-management', 'The Provider will log and monitor all access to the Customer Systems.', 'present'],
  ['logging.security-event-management', 'The Provider shall implement automated alerting on security events affecting the Customer Systems.', 'present'],
  ['logging.security-event-management', 'The Provider shall monitor the Customer Systems for security threats.', 'present'],
  ['logging.security-event-management', 'The Provider shall monitor the data centre for intrusions using CCTV and intruder alarms.', 'missing'],
  ['logging.security-event-management', 'The Provider shall log and monitor all calls to the service desk.', 'missing'],
  ['logging.security-event-management', 'The Provider shall monitor network traffic for capacity planning purposes.', 'missing'],
  ['logging.security-event-management', 'The Provider shall monitor its own compliance with this Agreement.', 'missing'],
  ['logging.retention', 'The Provider shall maintain records of all access to Customer Data for a period of three (3) years.', 'present'],
  ['logging.retention', 'The Provider shall keep records of the hours worked by its personnel for twelve months.', 'missing'],
  ['logging.retention', 'The Provider shall retain call recordings for thirty (30) days.', 'missing'],
  ['logging.retention', 'Audit logs shall be retained for ninety (90) days unless a longer period is required by law.', 'below-threshold'],
  ['accounts.deprovisioning', 'The Provider shall withdraw the access credentials of any of its staff who no longer require access to the Customer Systems.', 'present'],
  ['accounts.deprovisioning', 'The Provider shall replace any of its personnel who leave with personnel of equivalent skill.', 'missing'],
  ['ir.incident-handling', 'The Provider shall take all steps necessary to contain and mitigate any Security Incident.', 'present'],
  ['ir.incident-handling', 'The Provider shall resolve Priority 1 incidents within four hours.', 'missing'],
  ['privilege.least-privilege', 'The Provider shall restrict access to the Customer Data to those personnel who need it.', 'present'],
  ['privilege.least-privilege', 'The Provider shall use reasonable endeavours to restrict access to the Customer Data to those personnel who need it.', 'weak'],
  ['privilege.least-privilege', 'The Provider shall limit its use of the Customer\'s trade marks to what is necessary to perform the Services.', 'missing'],
  ['transparency.roles-responsibilities', 'The Provider shall appoint a named security manager who will be the Customer\'s point of contact for all security matters.', 'present'],
  ['transparency.roles-responsibilities', 'The responsibilities of each party for security are set out in the matrix in Exhibit C.', 'present'],
  ['transparency.roles-responsibilities', 'Each party shall appoint a contract manager responsible for the day-to-day management of this Agreement.', 'missing'],
  ['patching.ongoing-service', 'The Provider shall apply security patches within 30 days of release if and to the extent the Customer has purchased the Patch Management Service.', 'weak'],
  ['patching.ongoing-service', 'The Provider shall patch and repair any damage to the Customer\'s premises caused by its personnel.', 'missing'],
  ['patching.ongoing-service', 'The Provider shall apply security patches within 30 days of release, subject to the Customer approving a maintenance window.', 'present'],
  ['backup.contracted-service', 'The Provider shall back up the Customer Data daily where the Customer has subscribed to the Backup Service.', 'weak'],
  ['backup.contracted-service', 'The Provider shall supply backup power for the data centre.', 'missing'],
  ['network.segregation', 'The Provider shall keep the Customer\'s invoices separate from those of its other customers.', 'missing'],
  ['network.segregation', 'The Provider shall logically segregate Customer Data from the data of its other customers.', 'present'],
];

describe('plain drafting probed in session 17', () => {
  for (const [id, text, status] of CASES) {
    it(`${id} ${status}: "${text}"`, () => assert.equal(bundledStatus(`## 9. Services\n\n9.1 ${text}`, id), status));
  }
});
