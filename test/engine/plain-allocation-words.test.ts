/**
 * Plain-language allocation to the customer: "It's up to the Customer to …", "it's for the
 * Customer to …", "… is down to the Customer", "… stays with the Customer's IT team". Tried on
 * five requirements with sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const ITEMS: Record<string, [act: string, noun: string]> = {
  'patching.ongoing-service': ['install security patches on the Customer servers', 'Installing security patches on the Customer servers'],
  'backup.contracted-service': ['back up the Customer Data every day', 'Backing up the Customer Data every day'],
  'accounts.deprovisioning': ['disable the accounts of departing staff', 'Disabling the accounts of departing staff'],
  'network.segregation': ['keep the Customer environment logically separated from other customers', 'Keeping the Customer environment logically separated from other customers'],
  'mfa.provider-access': ['require multi-factor authentication for all remote access by Provider personnel to the Customer systems', 'Requiring multi-factor authentication for all remote access by Provider personnel to the Customer systems'],
};

function wrong(sentence: (act: string, noun: string) => string, expected: string[]): string[] {
  return Object.entries(ITEMS)
    .map(([id, [act, noun]]) => [id, bundledStatus(`## 5. Security\n\n${sentence(act, noun)}\n`, id)] as const)
    .filter(([, got]) => !expected.includes(got))
    .map(([id, got]) => `${id}=${got}`);
}

describe('plain-language allocation to the customer', () => {
  it('"It\'s up to the Customer to …" / "It’s for the Customer to …"', () => {
    assert.deepEqual(wrong((act) => `It's up to the Customer to ${act}.`, ['wrong-party']), []);
    assert.deepEqual(wrong((act) => `It’s for the Customer to ${act}.`, ['wrong-party']), []);
  });
  it('"… is down to the Customer" / "… stays with the Customer’s IT team"', () => {
    assert.deepEqual(wrong((_act, noun) => `${noun} is down to the Customer.`, ['wrong-party']), []);
    assert.deepEqual(wrong((_act, noun) => `${noun} stays with the Customer’s IT team.`, ['wrong-party']), []);
  });
  it('must not: the provider as holder, or data that stays with the customer, puts nothing on the customer', () => {
    // "up to the Provider" leaves it to the Provider's choice: weak at most, never the customer's.
    assert.deepEqual(wrong((act) => `It's up to the Provider to ${act}.`, ['weak', 'present']), []);
    assert.deepEqual(wrong((act) => `The Provider shall ${act}; ownership of the Customer Data stays with the Customer.`, ['present']), []);
    assert.deepEqual(wrong((act) => `The Provider shall ${act}; it's for the Customer alone.`, ['present']), []);
  });
});
