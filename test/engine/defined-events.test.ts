/**
 * An event the contract defines, narrowed: "Security Incidents do not include unsuccessful log-in
 * attempts, pings or port scans" says what must be reported. It disclaims no duty to monitor failed
 * log-ins, and it is no evidence of one either (lexicon `definedEvents`). A service or a duty that
 * "does not include" the act still disclaims it. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const NOTIFY = 'The Provider shall notify the Customer of any Security Incident within 48 hours.';
const FAILED = 'auth.failed-login-monitoring';

describe('a defined event that "does not include" something is a definition', () => {
  it('leaves failed-login monitoring missing, not disclaimed', () => {
    const body = `## Security\n\n${NOTIFY} Security Incidents do not include unsuccessful attempts that do not compromise Customer Data, including unsuccessful login attempts, pings and port scans.`;
    assert.equal(bundledStatus(body, FAILED), 'missing');
    assert.equal(bundledStatus(body, 'incident.notification'), 'present');
  });
  it('reads the singular, the quoted term, "shall not include" and "breach"', () => {
    for (const def of [
      'A “Security Incident” shall not include unsuccessful log-in attempts or pings.',
      'A Personal Data Breach does not include failed login attempts that do not compromise the data.',
      'For this clause, a Security Event excludes unsuccessful authentication attempts.',
    ]) {
      assert.equal(bundledStatus(`## Security\n\n${NOTIFY} ${def}`, FAILED), 'missing', def);
    }
  });
  it('keeps the monitoring duty that another sentence gives', () => {
    const body = `## Security\n\nThe Provider shall monitor failed login attempts on all administrative accounts. ${NOTIFY} Security Incidents do not include unsuccessful login attempts.`;
    assert.equal(bundledStatus(body, FAILED), 'present');
  });
});

describe('look-alikes: what a service or a duty does not include is still left out', () => {
  it('the services that do not include the act disclaim it', () => {
    assert.equal(bundledStatus('## Monitoring\n\nThe Services do not include monitoring of unsuccessful login attempts.', FAILED), 'negated');
    assert.equal(bundledStatus('## Monitoring\n\nThe incident response services do not include monitoring of failed login attempts.', FAILED), 'negated');
  });
  it('a defined event named after the exclusion is no subject', () => {
    assert.equal(bundledStatus('## Monitoring\n\nThe Provider’s monitoring does not include failed login attempts, whether or not they lead to a Security Incident.', FAILED), 'negated');
  });
});
