/**
 * A customer's letter to its provider in the customer's own voice: "we" is the customer, "you" the
 * provider, the reverse of terms of service. Read when both pronouns are defined by the parties'
 * names and "your" holds what only a provider runs ("your engineers", "your service desk").
 * Letters and sentences written for this test.
 */
import assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/engine/parse';
import { detectParties } from '../../server/src/engine/parties';
import { bundledStatus } from './matching-helpers';

const LETTER =
  '# Letter of requirements\n\nTo: Pellow Network Services Ltd\n\n' +
  '1. We refer to the support agreement between Oakhurst Veterinary Group Ltd ("we", "us", "our") and Pellow Network Services Ltd ("you", "your") dated 3 March 2026. ' +
  'This letter sets out what we require of your engineers, your service desk and your monitoring service when they work on our clinics, and how you treat us beside your other clients.\n\n';

const TERMS_OF_SERVICE =
  '# Terms of Service\n\n1. These terms are between Lumen Hosting Inc. ("we", "us", "our") and the business that signs up ("you", "your"). ' +
  'Our engineers run our service from our data centres; your account and your data stay yours, and our service desk answers your questions.\n\n';

function roleOf(text: string, term: string): string | undefined {
  return detectParties(parseDocument(text)).names.find((n) => n.term === term)?.role;
}

describe('customer voice: a customer writing to its provider as "we"', () => {
  it('casts "you" as the provider and "we" as the customer when "your" holds the provider\'s things', () => {
    assert.equal(roleOf(LETTER, 'You'), 'provider');
    assert.equal(roleOf(LETTER, 'We'), 'customer');
  });

  it('keeps terms of service as "we" the provider when "our" holds the service', () => {
    assert.equal(roleOf(TERMS_OF_SERVICE, 'We'), 'provider');
    assert.equal(roleOf(TERMS_OF_SERVICE, 'You'), 'customer');
  });

  it('keeps the usual casting when the document does not define both pronouns', () => {
    const undefinedYou = '# Letter\n\nOakhurst Veterinary Group Ltd ("we") writes about your engineers, your service desk, your portal and your other clients. You will reply within a week, and you are kind to read this far, as your clients always say.\n\n';
    assert.notEqual(roleOf(undefinedYou, 'You'), 'provider');
  });

  it('binds the provider by "You agree to …" in the customer\'s letter', () => {
    const body = '2. You agree to apply security updates to our servers within fourteen (14) days of their release.\n';
    assert.equal(bundledStatus(body, 'patching.ongoing-service', LETTER), 'present');
  });

  it('reads the customer\'s own "we will …" as the customer\'s act, not the provider\'s promise', () => {
    const body = '2. We will apply security updates to our own servers within fourteen (14) days of their release.\n';
    assert.notEqual(bundledStatus(body, 'patching.ongoing-service', LETTER), 'present');
  });

  it('binds the party of the "that" clause after "we require that"', () => {
    const body = '2. We require that you apply security updates to our servers within fourteen (14) days of their release.\n';
    assert.equal(bundledStatus(body, 'patching.ongoing-service', LETTER), 'present');
  });
});

describe('mandative lead: "X requires that Y <act>" binds Y', () => {
  it('binds the Provider when the Customer requires it in a standard agreement', () => {
    const body = '2. The Customer requires that the Provider apply security updates to the Customer systems within fourteen (14) days of release.\n';
    assert.equal(bundledStatus(body, 'patching.ongoing-service'), 'present');
  });

  it('puts the act on the Customer when the Provider requires it of the Customer', () => {
    const body = '2. The Provider requires that the Customer apply security updates to the Customer systems within fourteen (14) days of release.\n';
    assert.notEqual(bundledStatus(body, 'patching.ongoing-service'), 'present');
  });
});
