/**
 * Separation between customers in plain words (NCSC cloud security principle 3, "separation
 * between customers"): "keep … apart from the systems of its other clients", "separating … from
 * the corporate systems", "the environments of its clients"; and the cost-effectiveness escape
 * ("where the network design makes that cost-effective"). Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const status = (s: string): string => bundledStatus(`## 10. Security\n\n${s}\n`, 'network.segregation');

describe('separation in plain words', () => {
  it('"keep … apart from" the systems of other clients or corporate systems is segregation', () => {
    assert.equal(status('The Provider shall keep the Customer systems and data apart from the systems and data of its other clients.'), 'present');
    assert.equal(status('The Provider shall keep the Customer network apart from its own corporate systems.'), 'present');
    assert.equal(status('The Customer systems shall be kept apart from other customers’ environments at all times.'), 'present');
  });

  it('moved, hedged and disclaimed forms are read too', () => {
    assert.equal(status('The Customer shall be responsible for separating its systems from the corporate systems of the Provider, and the Provider shall have no obligation to segregate its clients’ environments.'), 'wrong-party');
    assert.equal(status('The Provider shall seek to keep the Customer systems apart from the systems of its other clients.'), 'weak');
    assert.equal(status('The Provider will keep the Customer systems apart from those of its other clients where the design of the shared network makes that cost-effective.'), 'weak');
  });

  it('must not: "apart from" as "except", or data kept apart from no other customer', () => {
    assert.equal(status('Apart from the monthly fee, the Provider shall invoice no other charges.'), 'missing');
    assert.equal(status('The Provider shall hold the backup copies apart from the production servers.'), 'missing');
    assert.equal(status('The Provider shall keep the Customer systems apart from those of its other clients, using a cost-effective design the Customer approves.'), 'present');
  });

  it('the cost-effectiveness escape weakens other duties too', () => {
    assert.equal(bundledStatus('## 10. Security\n\nThe Provider shall back up the Customer Data every night if it is cost-effective to do so.\n', 'backup.contracted-service'), 'weak');
    assert.equal(bundledStatus('## 10. Security\n\nThe Provider shall apply security patches within 14 days where the Customer’s licensing makes that cost-effective.\n', 'patching.ongoing-service'), 'weak');
  });
});
