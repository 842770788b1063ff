/**
 * Commercial clauses that name a security topic only as a cause or a cost: service-credit relief
 * ("No Service Credit applies where … a vendor's late release of a patch"). Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

describe('commercial near-misses: relief from service credits', () => {
  it('a relief clause lists causes; it obliges no one to do them', () => {
    assert.equal(bundledStatus("5.3 No Service Credit applies where a KPI is missed because of a vendor's late release of a security patch.", 'patching.ongoing-service'), 'missing');
    assert.equal(bundledStatus('Service Credits shall not apply to any failure caused by the Provider applying emergency security patches.', 'patching.ongoing-service'), 'missing');
    assert.equal(bundledStatus('The Service Levels do not apply while the Provider restores the Customer Data from backup.', 'backup.contracted-service'), 'missing');
  });
  it('a duty in the same sentence before the relief stays a duty', () => {
    assert.equal(bundledStatus('The Provider shall apply security patches to the Customer systems within 14 days; no Service Credit applies to a patch window agreed with the Customer.', 'patching.ongoing-service'), 'present');
  });
});
