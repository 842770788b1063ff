// "This Standard imposes no requirement to …", "places no obligation on the Provider to …": the
// document itself disclaims the duty (lexicon negations); and "separate customers" with the
// customers as the verb's object names whose systems are kept apart (network.segregation).
// Sentences of our own.
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

describe('a document that imposes no requirement disclaims the duty', () => {
  const cases: [string, string][] = [
    ['backup.contracted-service', 'This Schedule imposes no requirement to back up the Customer servers.'],
    ['patching.ongoing-service', 'This Agreement places no obligation on the Provider to install security patches on Customer servers.'],
    ['mfa.provider-access', 'The Order imposes no obligation on the Provider to use multi-factor authentication for its engineers.'],
    ['network.segregation', "This Standard imposes no requirement to keep the Customer's environment separate from those of other customers."],
    ['incident.notification', 'This Agreement creates no obligation to notify the Customer of security incidents.'],
  ];
  for (const [id, text] of cases) {
    it(`${id}: "${text.slice(0, 50)}…" is negated`, () => assert.equal(bundledStatus(text, id), 'negated'));
  }
  it('must not fire: imposing a requirement binds', () => {
    assert.equal(bundledStatus('The Provider shall back up the Customer servers every night; this Schedule imposes that requirement on every subcontractor too.', 'backup.contracted-service'), 'present');
  });
});

describe('separating customers: the customers as the object of the verb', () => {
  it('a refusal to separate customers disclaims segregation', () => {
    assert.equal(bundledStatus('The Provider does not separate its customers on its hosting platform.', 'network.segregation'), 'negated');
    assert.equal(bundledStatus('The Provider does not segregate clients on its shared management tools.', 'network.segregation'), 'negated');
    assert.equal(bundledStatus('The Provider does not separate customers on its hosting platform.', 'network.segregation'), 'negated');
    assert.ok(['negated', 'wrong-party'].includes(bundledStatus('If the Customer wants its data kept apart from other customers, the Customer must buy its own tenancy; the Provider does not separate customers.', 'network.segregation')));
  });
  it('a duty to separate customers binds', () => {
    assert.equal(bundledStatus('The Provider shall isolate tenants from one another on its hosting platform.', 'network.segregation'), 'present');
    assert.equal(bundledStatus('The Provider shall segregate customers on its management platform with dedicated tenancies.', 'network.segregation'), 'present');
  });
  it('must not fire: "separate customers" as an adjective is no separation', () => {
    assert.equal(bundledStatus('Each Affiliate of the Customer is invoiced as one of several separate customers of the Provider.', 'network.segregation'), 'missing');
    assert.equal(bundledStatus('The Provider shall keep the invoices of records belonging to separate customers in one ledger.', 'network.segregation'), 'missing');
  });
});
