// A definition that carries its own duty ("…, which the Provider shall provide throughout the
// Term") is an operative term; a plain definition still obliges no one.
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

const ID = 'backup.contracted-service';

describe('definitions that bind a party', () => {
  it('a plain definition obliges no one', () => {
    assert.notEqual(bundledStatus('"Backup Service" means the nightly backup of Customer Data to a second data centre.', ID), 'present');
  });

  it('"…, which the Provider shall provide" binds the provider to the defined service', () => {
    assert.equal(bundledStatus('"Backup Service" means the nightly backup of Customer Data to a second data centre, which the Provider shall provide throughout the Term.', ID), 'present');
  });

  it('a hedge inside the binding definition still weakens it', () => {
    assert.equal(bundledStatus('"Backup Service" means the backup of Customer Data at such intervals as the Provider considers appropriate, which the Provider will provide.', ID), 'weak');
  });

  it('"…, which the Customer shall perform" puts it on the customer', () => {
    assert.equal(bundledStatus('"Backup Service" means the nightly backup of Customer Data to a second data centre, which the Customer shall perform with its own staff.', ID), 'wrong-party');
  });
});
