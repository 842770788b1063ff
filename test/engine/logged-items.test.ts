/**
 * Items under a lead-in that says they are logged name what the log records: evidence for the
 * logging requirements, no duty for the others. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const LIST = 'The following events shall be logged by the Provider:\n\n- failed logins to the management portal, with the security event logs kept for 12 months;\n- privileged actions such as the installation of security patches on Customer servers; and\n- changes to firewall rules.';

describe('logged items: an event to be logged is no duty to do the act', () => {
  it('a patch installation listed as a logged event is no patching evidence', () => {
    assert.equal(bundledStatus(LIST, 'patching.ongoing-service'), 'missing');
  });
  it('the same list stays evidence for a logging requirement (log retention)', () => {
    assert.equal(bundledStatus(LIST, 'logging.retention'), 'present');
  });
  it('an item under a lead-in that binds the act stays evidence', () => {
    const list = 'The Provider shall:\n\n- install security patches on Customer servers within 14 days; and\n- change firewall rules only on request.';
    assert.equal(bundledStatus(list, 'patching.ongoing-service'), 'present');
  });
});
