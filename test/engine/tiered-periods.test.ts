/**
 * A period stated per tier ("thirty (30) days on the Standard tier and thirteen (13) months on the
 * Premium tier"): a tier that falls short is read as the customer's, and the reason says so.
 * Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';
import { aa22, bundledStatus, MSA_PREAMBLE } from './matching-helpers';

const ID = 'logging.retention';

describe('periods that differ by tier (set 6, cause 5)', () => {
  it('a tier below the threshold decides', () => {
    assert.equal(bundledStatus('The Provider retains audit logs for sixty (60) days on the Basic plan and for two (2) years on the Enterprise plan.', ID), 'below-threshold');
    assert.equal(bundledStatus('The Provider shall keep security logs for 13 months under the Gold tier and for 90 days under the Bronze tier.', ID), 'below-threshold');
  });
  it('says which tier was assumed', () => {
    const f = analyze(`${MSA_PREAMBLE}The Provider retains audit logs for sixty (60) days on the Basic plan and for two (2) years on the Enterprise plan.\n`, { catalog: aa22(), force: true }).findings.find((x) => x.requirement.id === ID)!;
    assert.match(f.evidence[0]!.reason, /assumed: the customer is on the Basic tier/);
  });
  it('every tier meeting the threshold, or one period, is left as it was', () => {
    assert.equal(bundledStatus('The Provider shall retain audit logs for one (1) year on the Basic plan and for two (2) years on the Enterprise plan.', ID), 'present');
    assert.equal(bundledStatus('The Provider shall retain audit logs for twelve (12) months on the Basic plan.', ID), 'present');
  });
});
