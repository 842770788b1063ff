/**
 * Contracted negations (contractions.ts): "doesn't", "isn't", "aren't", "won't", "don't" disclaim
 * as their full spellings do. Tried on five requirements with sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const ITEMS: Record<string, [act: string, noun: string]> = {
  'patching.ongoing-service': ['install security patches on the Customer systems', 'Security patching of the Customer systems'],
  'backup.contracted-service': ['back up the Customer Data', 'Backup of the Customer Data'],
  'mfa.provider-access': ['use multi-factor authentication for its remote access to the Customer systems', 'Multi-factor authentication for Provider remote access to the Customer systems'],
  'network.segregation': ['keep the Customer environment logically separated from its other customers', 'Logical separation of the Customer environment from other customers'],
  'logging.retention': ['retain security logs for twelve months', 'Retention of security logs'],
};

function wrong(sentence: (act: string, noun: string) => string, expected: string[]): string[] {
  return Object.entries(ITEMS)
    .map(([id, [act, noun]]) => [id, bundledStatus(`## 5. Security\n\n${sentence(act, noun)}\n`, id)] as const)
    .filter(([, got]) => !expected.includes(got))
    .map(([id, got]) => `${id}=${got}`);
}

describe('contracted negations disclaim', () => {
  it('"The Provider doesn’t commit to …" / "don\'t"', () => {
    assert.deepEqual(wrong((act) => `The Provider doesn’t commit to ${act}.`, ['negated']), []);
    assert.deepEqual(wrong((act) => `The Provider's engineers don't undertake to ${act}.`, ['negated']), []);
  });
  it('"… isn’t part of the services" / "aren\'t included"', () => {
    assert.deepEqual(wrong((_act, noun) => `${noun} isn’t part of the services.`, ['negated']), []);
    assert.deepEqual(wrong((_act, noun) => `${noun} and related reporting aren't included in the Services.`, ['negated']), []);
  });
  it('"The Provider won’t be required to …"', () => {
    assert.deepEqual(wrong((act) => `The Provider won’t be required to ${act}.`, ['negated']), []);
  });
  it('must not: a contraction that refuses something else leaves the duty', () => {
    assert.deepEqual(wrong((act) => `The Provider shall ${act}, and this isn't affected by any change to the fees.`, ['present']), []);
  });
});
