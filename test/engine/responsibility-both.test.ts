// A duty the advisory puts on both sides (party: both) that the agreement names as the customer's
// own responsibility ("It is the Customer's responsibility to …") commits the provider to nothing.
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

describe('responsibility: a shared duty given to the customer alone', () => {
  it('"It is the Customer\'s responsibility to …" pushes an exit duty off the provider', () => {
    assert.equal(bundledStatus("It is the Customer's responsibility to revoke every Provider credential when this Agreement expires.", 'accounts.exit-revocation'), 'negated');
  });

  it('"the responsibility of the Customer" is read the same way', () => {
    assert.equal(bundledStatus('Removal of all Provider accounts on termination of this Agreement is the responsibility of the Customer.', 'accounts.exit-revocation'), 'negated');
  });

  it('the provider\'s own responsibility stays binding', () => {
    assert.equal(bundledStatus("It is the Provider's responsibility to revoke every Provider credential when this Agreement expires.", 'accounts.exit-revocation'), 'present');
  });
});
