/**
 * A text that declines to allocate, prepare or say who does a thing has not done it: "Nothing in
 * this Agreement allocates security responsibilities", "This Agreement does not set out which party
 * is responsible for which security tasks", "The Provider will not prepare an incident response
 * plan". Each is an express refusal (negated), not a weak mention of the topic. Sentences of our own.
 */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

const ROLES = 'transparency.roles-responsibilities';

describe('declined allocations and documents', () => {
  it('"Nothing in this Agreement allocates / assigns / sets out …" refuses the allocation', () => {
    assert.equal(bundledStatus('Nothing in this Agreement allocates security responsibilities between the Provider and the Customer.', ROLES), 'negated');
    assert.equal(bundledStatus('Nothing in this Agreement assigns security responsibilities to either party.', ROLES), 'negated');
    assert.equal(bundledStatus('Nothing herein allocates responsibility for the security of the Customer systems.', ROLES), 'negated');
  });

  it('"does not set out / specify which party …" leaves the allocation unmade', () => {
    assert.equal(bundledStatus('This Agreement does not set out which party is responsible for which security tasks.', ROLES), 'negated');
    assert.equal(bundledStatus("The Provider does not set out in writing which security tasks are its own and which are the Customer's.", ROLES), 'negated');
    assert.equal(bundledStatus("We don't specify which of the security tasks are ours and which are yours.", ROLES, '# Terms\n\nIn these terms "we" means Northwind Managed IT Ltd. and "you" means Harbor Bank plc.\n\n'), 'negated');
    // Saying it is the duty itself.
    assert.equal(bundledStatus("The Provider shall set out in writing which security tasks are its own and which are the Customer's.", ROLES), 'present');
  });

  it('"will not prepare / produce / document / draw up" refuses a duty whose object is a document', () => {
    assert.equal(bundledStatus('The Provider will not prepare a security responsibility matrix.', ROLES), 'negated');
    assert.equal(bundledStatus('The Provider will not prepare an incident response plan for the Customer.', 'ir.plan-contracted'), 'negated');
    assert.equal(bundledStatus('The Provider will not document the roles of its staff in an incident response plan.', 'ir.stakeholder-roles'), 'negated');
    // A prohibition with a condition protects the document; it refuses nothing.
    assert.equal(bundledStatus('The Provider will maintain an incident response plan and will not set out the Customer passwords in it.', 'ir.plan-contracted'), 'present');
    // Other refusals keep working as before.
    assert.equal(bundledStatus('The Provider will not apply security patches to the Customer systems.', 'patching.ongoing-service'), 'negated');
  });
});

describe('a leaver named in plain words', () => {
  const id = 'accounts.deprovisioning';
  it('"when a member of staff leaves", "that one of its personnel has left"', () => {
    assert.equal(bundledStatus("When a member of the Provider's staff leaves, the Provider shall revoke that person's access to the Customer systems within one day.", id), 'present');
    assert.equal(bundledStatus("On notice from the Provider that one of its personnel has left, the Provider shall disable that person's accounts the same day.", id), 'present');
    // The customer doing it for the provider's leavers is the wrong party.
    assert.equal(bundledStatus("On notice from the Provider that a member of its staff has left, the Customer shall revoke that person's access to the Customer systems within one day.", id), 'wrong-party');
  });
});
