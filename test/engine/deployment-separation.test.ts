/**
 * A deployment model that keeps other customers off the platform (a private or community cloud,
 * single-tenant, dedicated or bare-metal hosting) is evidence of separation between customers, but
 * weak on its own: NCSC cloud security principle 3 says such models still call for technically
 * enforced separation. A sentence that also separates is read as it stands; a model not offered
 * disclaims nothing. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const SEGREGATION = 'network.segregation';

describe('deployment model: fewer neighbours is weak evidence of separation', () => {
  it('a private cloud, a community cloud or single-tenant hosting reads weak', () => {
    assert.equal(bundledStatus('The Provider shall run the Customer’s workloads in a private cloud.', SEGREGATION), 'weak');
    assert.equal(bundledStatus('Only community clouds are used for the Customer’s protected data.', SEGREGATION), 'weak');
    assert.equal(bundledStatus('The Provider shall host the Services on single-tenant servers reserved for the Customer.', SEGREGATION), 'weak');
    assert.equal(bundledStatus('The Provider shall offer dedicated hosting to the Customer for its payment systems.', SEGREGATION), 'weak');
  });
  it('a sentence that also enforces separation stays present', () => {
    assert.equal(bundledStatus('The Provider shall host the Services in a private cloud and segregate the Customer’s network from those of its other customers.', SEGREGATION), 'present');
  });
  it('a binding separation clause beside a private-cloud sentence decides', () => {
    assert.equal(bundledStatus('The Provider shall keep the Customer’s data logically separated from the data of its other customers. The platform is a community cloud.', SEGREGATION), 'present');
  });
});

describe('deployment model look-alikes', () => {
  it('a deployment model not offered disclaims no separation', () => {
    assert.equal(bundledStatus('The Provider does not offer a private cloud.', SEGREGATION), 'missing');
    assert.equal(bundledStatus('No single-tenant hosting is available under this Agreement.', SEGREGATION), 'missing');
  });
  it('a refusal that names the separation still negates', () => {
    assert.equal(bundledStatus('The Provider does not segregate the Customer’s network from its other customers.', SEGREGATION), 'negated');
  });
  it('a public cloud or a dedicated account manager is no separation', () => {
    assert.equal(bundledStatus('The Provider shall run the Services in a public cloud region in the EU.', SEGREGATION), 'missing');
    assert.equal(bundledStatus('The Provider shall assign a dedicated account manager to the Customer.', SEGREGATION), 'missing');
  });
});
