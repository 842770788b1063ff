/**
 * Logs "maintained" or "held" for a period are retained for it: "maintain audit logs for a minimum
 * of one year", "logs are held for 13 months" (regulations and contracts say "maintain records for
 * not fewer than three years" where NIST SP 800-53 AU-11 says "retain"). Without a period the same
 * verbs keep logging going and say nothing about how long logs are kept. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const ID = 'logging.retention';

describe('logs maintained or held for a period', () => {
  it('meet six months', () => {
    for (const s of [
      'The Provider shall maintain security logs for twelve months.',
      'The Provider shall maintain audit logs for a minimum of one year.',
      'Logs must be held for 13 months.',
      'The Provider shall hold audit records for one year from their creation.',
    ]) assert.equal(bundledStatus(`## 9. Logging\n\n${s}`, ID), 'present', s);
  });
  it('fall short of six months', () => {
    assert.equal(bundledStatus('## 9. Logging\n\nAudit records shall be maintained for at least 90 days.', ID), 'below-threshold');
    assert.equal(bundledStatus('## 9. Logging\n\nThe Provider holds firewall logs for thirty days.', ID), 'below-threshold');
  });
});

describe('look-alikes: maintaining logging, or holding with no period', () => {
  it('is no retention', () => {
    for (const s of [
      'The Provider shall maintain a log of all administrator sessions.',
      'The Provider shall maintain audit logging on every managed server.',
      'Logs are held on a separate platform that administrators cannot alter.',
    ]) assert.equal(bundledStatus(`## 9. Logging\n\n${s}`, ID), 'missing', s);
  });
});
