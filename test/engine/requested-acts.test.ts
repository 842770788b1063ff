/**
 * Audit and access rights are by nature exercised when the other party asks: "upon request" on
 * them is the normal form of the duty, not a hedge. On acts owed unprompted (patching, backups,
 * keeping logs) it stays a hedge. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

/** [requirement, sentence, status it must get]. */
const CASES: [string, string, string][] = [
  ['governance.periodic-review', 'The Provider shall give access to its premises and records upon request, so that the Customer can verify compliance with the security requirements of this Agreement.', 'present'],
  ['governance.periodic-review', 'Upon the Customer’s written request, the Provider shall permit an audit of its security controls by an independent auditor once a year.', 'present'],
  ['governance.periodic-review', 'The Provider shall provide its SOC 2 audit reports to the Customer on request.', 'present'],
  // The same condition on acts owed unprompted is still a hedge.
  ['patching.ongoing-service', 'The Provider shall apply security patches to the Customer systems upon request.', 'weak'],
  ['backup.contracted-service', 'The Provider shall back up the Customer data when requested.', 'weak'],
  ['logging.retention', 'The Provider shall retain audit records for 13 months on request.', 'weak'],
  // A review of the security terms is owed on a cycle; on request alone it has none.
  ['governance.periodic-review', 'The Provider shall review the security provisions of this Agreement upon request.', 'weak'],
];

describe('requested acts: "upon request" on audit and access rights is not a hedge', () => {
  for (const [id, text, status] of CASES) {
    it(`${id} ${status}: "${text}"`, () => assert.equal(bundledStatus(text, id), status));
  }
});
