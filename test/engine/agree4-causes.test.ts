/**
 * General engine errors behind strong/weak/negated disagreements (issue 12). Each case is a
 * drafting pattern with a sentence written for this test, and a must-not-fire twin.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

type Case = [requirement: string, sentence: string, status: string];

function table(title: string, cases: Case[]): void {
  describe(title, () => {
    for (const [id, text, status] of cases) {
      it(`${id} ${status}: "${text}"`, () => assert.equal(bundledStatus(text, id), status));
    }
  });
}

// A need condition on an access or audit duty is the assessing party's need, not the provider's
// discretion: the access is owed whenever the assessment is held.
table('need conditions: "if necessary" on an access or audit duty is not a hedge', [
  ['governance.periodic-review', 'The Provider shall provide access to its data centres, systems and personnel for the Customer to conduct a security assessment of the Services, if necessary.', 'present'],
  ['governance.periodic-review', 'The Provider shall permit inspection of its information systems where necessary for the Customer to verify compliance with the security requirements of this Agreement.', 'present'],
  // The same condition on a duty owed unprompted leaves it to the provider's judgement.
  ['patching.ongoing-service', 'The Provider shall apply security patches to the Customer systems if necessary.', 'weak'],
  ['backup.contracted-service', 'The Provider shall back up the Customer data as needed.', 'weak'],
  ['governance.periodic-review', 'The Provider shall review the security provisions of this Agreement if necessary.', 'weak'],
]);

// Staff escalating an incident inside their own organisation is no notice to the customer; a
// report whose recipient is the customer side stays notice.
table('internal reporting to the own security team or manager is not customer notification', [
  ['incident.notification', 'If an employee of the Provider suspects that an account has been compromised, the employee shall immediately report the incident to the security team.', 'missing'],
  ['incident.notification-timeframe', 'Personnel must report a suspected security incident to their line manager within one hour.', 'missing'],
  ['incident.notification', 'The Provider shall report any suspected compromise of the Customer systems to the security team of the Customer within 24 hours.', 'present'],
  ['incident.notification', 'Provider staff shall report security incidents to the security team, which shall notify the Customer without undue delay.', 'present'],
]);

// Releasing a patch is the software vendor's act; applying it is the provider's duty.
table('patches a vendor releases are not the provider applying them', [
  ['patching.ongoing-service', 'Choosing supported products makes it more likely that security fixes for software flaws will be released promptly.', 'missing'],
  ['patching.ongoing-service', 'Operating system vendors release security updates every month.', 'missing'],
  ['patching.ongoing-service', 'The Provider shall install security updates to the operating systems it manages within 14 days after they are released.', 'present'],
  ['patching.ongoing-service', 'The Provider shall apply security patches to the managed servers within 14 days.', 'present'],
  ['patching.ongoing-service', 'The Provider will patch the managed servers within 14 days after the vendor releases a security fix.', 'present'],
  ['patching.ongoing-service', 'The Provider shall remediate software flaws within 30 days after a fix is released.', 'present'],
]);
