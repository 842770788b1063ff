/**
 * Access limited to authorised people (NIST SP 800-171 3.1.1, SP 800-53 AC-3) is evidence near
 * least privilege but not least privilege itself (3.1.5, AC-6: each person only the privileges
 * their duties need): such a clause reads weak unless it also limits privileges or roles.
 * Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const LP = 'privilege.least-privilege';

describe('authorised-only access is weak least privilege', () => {
  it('"only staff specifically authorised to have access" reads weak', () => {
    assert.equal(bundledStatus('The Provider shall ensure that only engineers specifically authorised to have access to the Customer network reach it.', LP), 'weak');
  });
  it('"limited to authorised users" in the present tense reads weak', () => {
    assert.equal(bundledStatus('Access to the backup console is limited to authorised users.', LP), 'weak');
  });
  it('stays present when the sentence also limits privileges to the duties', () => {
    assert.equal(bundledStatus('The Provider shall limit access to authorised users and grant each of them only the privileges their duties require.', LP), 'present');
  });
  it('least privilege itself stays present', () => {
    assert.equal(bundledStatus('The Provider shall apply the principle of least privilege to every account it holds in the Customer Environment.', LP), 'present');
  });
});

describe('a relative clause that scopes a permission does not make the duty permissive', () => {
  it('"limit access to the functions that authorised users are permitted to execute" under a binding lead-in binds', () => {
    const text = 'The Provider shall:\n\n- limit system access to the types of transactions and functions that authorised users are permitted to execute; and\n- keep the service desk open.';
    assert.equal(bundledStatus(text, LP), 'present');
  });
  it('a permission of the obligated party itself stays permissive', () => {
    assert.equal(bundledStatus('The Provider is permitted to apply the principle of least privilege to its engineers.', LP), 'weak');
  });
});

describe('a coordinated modal in a relative clause ("that is or may be") is not the duty’s verb', () => {
  it('"any breach … that involves or may reasonably be expected to involve unauthorized access …, such Party shall notify" binds', () => {
    const text =
      'If either Party discovers (a) any material breach of the security rules or (b) any breach of the security rules that involves or may reasonably be expected to involve unauthorized access to the data of the other Party (each, a "Security Incident"), such Party shall (i) promptly notify the other Party of the Security Incident and (ii) reasonably cooperate with the other Party to remedy it.';
    assert.equal(bundledStatus(text, 'incident.notification'), 'present');
  });
  it('the provider’s own "may" still weakens', () => {
    assert.equal(bundledStatus('The Provider may notify the Customer of any Security Incident.', 'incident.notification'), 'weak');
  });
});
