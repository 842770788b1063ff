/**
 * How a statement of work's lists read (sentences written for this test):
 * - an item called "a Client dependency" gives its act to the customer, as "the Client's
 *   responsibility" does;
 * - items under an "Assumptions" heading are facts relied on, not promises.
 */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

describe('statement of work lists', () => {
  it('an act called a customer dependency is the customer\'s', () => {
    assert.equal(bundledStatus('Enforcing multi-factor authentication on the accounts of Provider engineers is a Customer dependency.', 'mfa.provider-access'), 'negated');
    assert.equal(bundledStatus('Keeping the Customer environment separate from the environments of the Provider\'s other customers is a Customer dependency under section 6.', 'network.segregation'), 'negated');
  });
  it('a dependency that names no customer, or one the provider owes, moves nothing', () => {
    assert.equal(bundledStatus('The Provider shall enforce multi-factor authentication on the accounts of its engineers, which has no dependency on the Customer.', 'mfa.provider-access'), 'present');
    assert.equal(bundledStatus('The Provider shall enforce multi-factor authentication on the accounts of its engineers; the Customer dependencies are listed in section 6.', 'mfa.provider-access'), 'present');
  });

  const SOW = (heading: string, item: string): string => `## 5. ${heading}\n\n- ${item}\n`;
  const SUPPORTED = 'Every server runs an operating system version that still receives security updates from its vendor.';
  it('an item under "Assumptions" promises nothing', () => {
    assert.equal(bundledStatus(SOW('Assumptions', SUPPORTED), 'patching.ongoing-service'), 'missing');
    assert.equal(bundledStatus(SOW('Pricing assumptions', SUPPORTED), 'patching.ongoing-service'), 'missing');
  });
  it('the same item under another heading, or a duty under "Assumptions", keeps its reading', () => {
    assert.notEqual(bundledStatus(SOW('Service description', SUPPORTED), 'patching.ongoing-service'), 'missing');
    assert.equal(bundledStatus(SOW('Assumptions', 'The Provider shall install the security updates released by vendors on every server within 14 days.'), 'patching.ongoing-service'), 'present');
  });
});
