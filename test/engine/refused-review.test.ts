/**
 * "will not review …", "will not reassess …": a refusal of the act a review requirement asks for,
 * as "does not review" is (negated-concept.ts). A refusal capped by a frequency limits the act.
 * Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const REVIEW = 'governance.periodic-review';

describe('refused review: "will not review" refuses the review duty', () => {
  it('a refusal to review or reassess the security terms negates', () => {
    assert.equal(bundledStatus('The Provider will not review the security terms of this Agreement during the Term.', REVIEW), 'negated');
    assert.equal(bundledStatus('The Provider won’t reassess its security controls after the Commencement Date.', REVIEW), 'negated');
  });
  it('a binding review stays present', () => {
    assert.equal(bundledStatus('The Provider shall review the security terms of this Agreement once a year with the Customer.', REVIEW), 'present');
  });
  it('a cap on how often an audit happens is no refusal of it', () => {
    assert.notEqual(bundledStatus('The Customer will not audit the Provider’s compliance with the security requirements more than once a year.', REVIEW), 'negated');
  });
});
