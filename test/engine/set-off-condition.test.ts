/**
 * "After acceptance, if incidents are found, the Provider shall …": a condition set off by commas
 * after a short opening phrase without a verb; the duty's verb follows the condition and decides.
 * Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const IR = 'ir.incident-handling';

describe('a set-off condition after an opening phrase: the verb after it decides', () => {
  it('reads a disclaimer after the condition as negated', () => {
    assert.equal(bundledStatus('After go-live, if security incidents are discovered or suspected, the Provider is not required to help the Customer investigate them.', IR), 'negated');
  });
  it('reads a hedge after the condition as weak', () => {
    assert.equal(bundledStatus('After go-live, if security incidents are discovered, the Provider shall use reasonable efforts to help the Customer investigate them.', IR), 'weak');
  });
  it('reads a firm duty after the condition as present', () => {
    assert.equal(bundledStatus('After go-live, if security incidents are discovered, the Provider shall help the Customer investigate them.', IR), 'present');
  });
  it('an opening phrase with its own verb keeps its reading', () => {
    assert.equal(bundledStatus('The Provider shall help the Customer investigate security incidents, unless the Customer declines, within 24 hours.', IR), 'present');
  });
});
