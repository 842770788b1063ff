import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

/** "within a day of their leaving or changing role": the gerunds of a leaver and a role change. */
describe('deprovisioning in gerunds: their leaving, changing role', () => {
  it('reads access removed on a person leaving or changing role', () => {
    const body = '5.2 The Provider shall withdraw the system access of each engineer within two business days of their leaving or changing roles.';
    assert.equal(bundledStatus(body, 'accounts.deprovisioning'), 'present');
  });

  it('does not read staff replaced after their leaving as removal of access', () => {
    const body = '5.2 The Provider shall replace each engineer with one of equal skill within a month of their leaving.';
    assert.equal(bundledStatus(body, 'accounts.deprovisioning'), 'missing');
  });
});
