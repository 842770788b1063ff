/**
 * Everyday words for supply-chain checks, flow-down, the incident plan and separation between
 * customers, as plain-English agreements write them. Sentences of our own, with look-alikes.
 */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';
import { WE_YOU_PREAMBLE } from './plain-preamble';

const WE_YOU = WE_YOU_PREAMBLE;

describe('plain supply-chain wording', () => {
  it('reads checking how well a supplier protects its customers, or the risks it brings, as supply-chain risk management', () => {
    assert.equal(bundledStatus('Before we hire a software supplier, we will check how well it protects the data it holds.', 'supply-chain.risk-management', WE_YOU), 'present');
    assert.equal(bundledStatus('Before we sign with a hosting supplier, we will weigh up the risks it brings.', 'supply-chain.risk-management', WE_YOU), 'present');
    assert.equal(bundledStatus('We will check the risks of a late delivery by any supplier.', 'supply-chain.risk-management', WE_YOU), 'missing');
  });

  it('reads protections "at least as strong as ours" as flow-down to subcontractors', () => {
    assert.equal(bundledStatus('Each subcontractor we use must accept in writing protections at least as strong as those in these terms.', 'supply-chain.subcontractors', WE_YOU), 'present');
  });
});

describe('plain incident-plan wording', () => {
  it('reads writing a cyber incident plan as the plan, and refusing to write one as a disclaimer', () => {
    assert.equal(bundledStatus('We will write a security incident plan for your office network within six weeks.', 'ir.plan-contracted', WE_YOU), 'present');
    assert.equal(bundledStatus("We won't write a security incident plan for you.", 'ir.plan-contracted', WE_YOU), 'negated');
  });
});

describe('separation in everyday words', () => {
  it('reads systems "walled off" from other customers as segregation', () => {
    assert.equal(bundledStatus('We will keep your servers walled off from the servers of our other customers.', 'network.segregation', WE_YOU), 'present');
    assert.equal(bundledStatus('You will keep your servers walled off from the servers of our other customers.', 'network.segregation', WE_YOU), 'wrong-party');
  });
});

describe('an overview of the security services', () => {
  it('reads an overview or summary of the security services as a description of their scope', () => {
    assert.equal(bundledStatus('The Provider shall give the Customer a one-page summary of the security services it runs for the Customer.', 'transparency.service-scope'), 'present');
    assert.equal(bundledStatus('The Provider shall give the Customer a summary of the fees for the security services.', 'transparency.service-scope'), 'missing');
  });
});
