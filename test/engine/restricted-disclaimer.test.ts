/**
 * A disclaimer whose object is only what a ground for withholding covers ("is not required to
 * provide any records that would breach its confidentiality obligations") limits an information
 * duty; it does not disclaim it (restricted-disclaimer.ts, lexicon `withholdingGrounds`). Without
 * such a ground the disclaimer reaches the whole duty. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus, req, statusOf } from './matching-helpers';

const RECORDS = req({ id: 't.records', heading: 'transparency', detect: [['records', 'audit']] });
const REPORTING = 'transparency.security-reporting';
const BACKUP = 'backup.contracted-service';
const REPORTS = 'The Provider shall give the Customer a copy of its SOC 2 Type II security report every year. ';

describe('restricted disclaimer: withholding some material limits the duty to inform', () => {
  it('records withheld on a ground read weak, not negated', () => {
    assert.equal(statusOf('The Provider is not required to disclose any records that would breach its confidentiality obligations to its other customers.', RECORDS), 'weak');
    assert.equal(statusOf('The Provider shall not be required to provide the Customer with any audit records which relate to its other customers.', RECORDS), 'weak');
    assert.equal(statusOf('The Provider need not produce those records whose disclosure would compromise the security of its systems.', RECORDS), 'weak');
  });
  it('a binding duty beside such a limit stays present', () => {
    assert.equal(statusOf('The Provider shall make its audit records available to the Customer on request. However, the Provider is not required to disclose any records that are legally privileged.', RECORDS), 'present');
    assert.equal(bundledStatus(`${REPORTS}The Provider is not required to provide any security reports that relate to its other customers.`, REPORTING), 'present');
  });
  it('a hedged duty beside such a limit stays weak', () => {
    assert.equal(statusOf('The Provider will, where possible, make its audit records available to the Customer. However, the Provider is not required to disclose any records that would breach its confidentiality obligations.', RECORDS), 'weak');
  });
});

describe('restricted disclaimer look-alikes: the whole duty disclaimed keeps its force', () => {
  it('no restriction, or a restriction that is no ground for withholding, negates', () => {
    assert.equal(statusOf('The Provider is not required to disclose any records.', RECORDS), 'negated');
    assert.equal(statusOf('The Provider is not required to disclose any records that the Customer requests.', RECORDS), 'negated');
    assert.equal(bundledStatus(`${REPORTS}However, the Provider is not required to provide any security reports.`, REPORTING), 'negated');
  });
  it('a ground in a later clause of its own does not restrict the object', () => {
    assert.equal(statusOf('The Provider is not required to keep audit records, and it may withhold anything that would breach its confidentiality obligations.', RECORDS), 'negated');
  });
  it('privileged accounts are no ground for withholding', () => {
    assert.equal(statusOf('The Provider is not required to disclose any audit records that name its privileged accounts.', RECORDS), 'negated');
  });
  it('a plain backup disclaimer still negates', () => {
    assert.equal(bundledStatus('The Provider is not required to back up any data that the Customer stores on its own laptops.', BACKUP), 'negated');
  });
});
