import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

describe('budget as a hedge', () => {
  it('reads a duty done where budget permits as weak', () => {
    assert.equal(bundledStatus('7.1 The Provider shall keep an off-site copy of all backups where budget permits.', 'backup.contracted-service'), 'weak');
  });

  it('keeps a duty that only mentions the budget binding', () => {
    assert.equal(bundledStatus('7.1 The Provider shall back up all servers daily; the cost is included in the annual budget.', 'backup.contracted-service'), 'present');
  });
});
