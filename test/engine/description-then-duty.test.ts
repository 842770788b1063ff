/**
 * A description followed, in the same sentence, by the binding clause that spells it out
 * ("The Provider handles patching: the Provider shall deploy …"): the duty decides, not the
 * description (later-clause.ts). Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

/** [requirement, body, status]. */
const CASES: [string, string, string][] = [
  ['patching.ongoing-service', 'The Provider handles patching: the Provider shall deploy security updates to all servers each month.', 'present'],
  ['backup.contracted-service', 'The Provider looks after backups: the Provider shall back up every server each night.', 'present'],
  ['logging.security-event-management', 'The Provider runs the security monitoring; the Provider shall monitor the security event logs of the Customer systems around the clock.', 'present'],
  ['accounts.deprovisioning', 'The Provider manages account removal: the Provider shall disable the accounts of departing staff on their last day.', 'present'],
  // A later duty of the customer does not lift the provider's description.
  ['backup.contracted-service', 'The Provider keeps backups of the file servers; the Customer shall back up its laptops.', 'weak'],
  // A later hedged duty stays hedged.
  ['patching.ongoing-service', 'The Provider handles patching: the Provider shall deploy security updates to the servers where possible.', 'weak'],
];

describe('a description, then the duty that spells it out', () => {
  for (const [id, body, status] of CASES) {
    it(`${status}: ${id}: ${body.slice(0, 70)}…`, () => assert.equal(bundledStatus(body, id), status));
  }
});
