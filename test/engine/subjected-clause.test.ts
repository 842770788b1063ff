/**
 * A later clause that subjects the duty's clause to itself ("Clause 4.1 has effect subject to
 * this paragraph: …", "Section 5.2 is read subject to …") and then narrows the duty qualifies
 * that clause: the narrowing decides over the binding clause it cites. Sentences written for
 * this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

/** A binding clause under its own heading and a later paragraph that qualifies it. */
const doc = (heading: string, duty: string, later: string): string => `## 4. ${heading}\n\n4.1 ${duty}\n\n## 9. Exceptions\n\n9.1 ${later}\n`;

/** [requirement, body, status]. */
const CASES: [string, string, string][] = [
  ['backup.contracted-service', doc('Backups', 'The Provider shall back up the file servers every night.', 'Clause 4.1 has effect subject to this paragraph: the Provider backs up the file servers only when it has spare capacity.'), 'weak'],
  ['patching.ongoing-service', doc('Patching', 'The Provider shall apply security patches to all servers within 14 days of release.', 'Section 4.1 is read subject to this paragraph: security patches are applied only as resources permit.'), 'weak'],
  ['logging.retention', doc('Logs', 'The Provider shall retain security logs for twelve (12) months.', 'Clause 4.1 shall have effect subject to this clause: the Provider retains security logs for ninety (90) days only.'), 'below-threshold'],
  ['mfa.provider-access', doc('Access', "The Provider shall require multi-factor authentication for all of its staff's remote access to the Customer systems.", 'Clause 4.1 takes effect subject to this clause: multi-factor authentication is required for its staff only where the system supports it.'), 'weak'],
  // "only of …" / "only on …" in a qualification of another clause narrows what it covers.
  ['incident.notification', doc('Incidents', 'The Provider shall notify the Customer of every Security Incident within 24 hours.', 'Despite clause 4.1, the Provider is required to notify the Customer only of Security Incidents that it rates as critical.'), 'weak'],
  ['patching.ongoing-service', doc('Patching', 'The Provider shall apply security patches to all servers within 14 days of release.', 'Notwithstanding clause 4.1, the Provider applies security patches only on servers it hosts itself.'), 'weak'],
  // A later paragraph that cites the clause and does not narrow it leaves the duty binding.
  ['backup.contracted-service', doc('Backups', 'The Provider shall back up the file servers every night.', 'Clause 4.1 has effect from the Service Start Date: the Provider shall back up the file servers every night.'), 'present'],
  // A clause that merely has effect (no clause cited as subject) is not a qualification of another.
  ['backup.contracted-service', doc('Backups', 'The Provider shall back up the file servers every night.', 'This Agreement has effect from the Service Start Date.'), 'present'],
];

describe('a later clause that subjects the duty\'s clause to itself (set 6, cause 6)', () => {
  for (const [id, body, status] of CASES) {
    it(`${status}: ${id}: ${body.split('9.1 ')[1]!.slice(0, 60)}…`, () => assert.equal(bundledStatus(body, id), status));
  }
});
