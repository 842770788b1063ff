/**
 * A later clause that points back ("it", "they") and says what the first named is not part of the
 * services, the scope or the customer's tier takes it away (excluded-after.ts). Sentences written
 * for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

/** [requirement, body, status]. */
const CASES: [string, string, string][] = [
  ['logging.security-event-management', 'Security event monitoring by the Provider is explained in this section for background; it is not part of the Basic tier.', 'negated'],
  ['backup.contracted-service', 'The Provider can back up the file servers every night; this is not included in the Services.', 'negated'],
  ['patching.ongoing-service', 'The Provider applies security patches to the servers it hosts; they are not part of the Essentials plan.', 'negated'],
  ['network.segregation', "The Provider isolates the Customer network from its other customers' networks; this is not covered by the subscription.", 'negated'],
  // Only part excluded: a narrowing, not an exclusion.
  ['backup.contracted-service', 'The Provider backs up the file servers every night; it is not part of the Services for test servers.', 'weak'],
  // No pointing back: a clause about something else.
  ['backup.contracted-service', 'The Provider shall back up the file servers every night; printer support is not part of the Services.', 'present'],
];

describe('a later clause that excludes what the first named (set 6, cause 5)', () => {
  for (const [id, body, status] of CASES) {
    it(`${status}: ${id}: ${body.slice(0, 70)}…`, () => assert.equal(bundledStatus(body, id), status));
  }
  it('the hover says which tier was assumed', async () => {
    const { analyze } = await import('../../server/src/engine/analyze');
    const { aa22, MSA_PREAMBLE } = await import('./matching-helpers');
    const f = analyze(`${MSA_PREAMBLE}Security event monitoring by the Provider is explained in this section for background; it is not part of the Basic tier.\n`, { catalog: aa22(), force: true }).findings.find((x) => x.requirement.id === 'logging.security-event-management')!;
    assert.match(f.evidence[0]!.reason, /assumed: .*Basic tier/);
  });
});
