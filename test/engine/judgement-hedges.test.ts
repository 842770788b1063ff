/**
 * Hedges of the obligated party's own judgement or platform, and plain-language effort: "where it
 * judges them necessary", "when it thinks it appropriate", "where its platform design allows",
 * "we'll do our best", "we'd like". Tried on five requirements with sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const ACTS: Record<string, string> = {
  'patching.ongoing-service': 'install security patches on the Customer systems',
  'backup.contracted-service': 'back up the Customer Data every day',
  'mfa.provider-access': 'require multi-factor authentication for all remote access by its personnel to the Customer systems',
  'network.segregation': 'keep the Customer environment logically separated from those of its other customers',
  'supply-chain.risk-management': 'assess the security of each subcontractor before engaging it',
};

function wrong(sentence: (act: string) => string, expected: string[], preamble?: string): string[] {
  return Object.entries(ACTS)
    .map(([id, act]) => [id, bundledStatus(`## 5. Security\n\n${sentence(act)}\n`, id, preamble)] as const)
    .filter(([, got]) => !expected.includes(got))
    .map(([id, got]) => `${id}=${got}`);
}

const WE = '# Services letter\n\nThis letter is the agreement between Kestrel IT Ltd ("we", "us") and Harbor Bank plc ("you").\n\n';

describe('hedges of the party’s own judgement or platform', () => {
  it('"where it judges them necessary" / "when it thinks it appropriate"', () => {
    assert.deepEqual(wrong((act) => `The Provider shall ${act} where it judges them necessary.`, ['weak']), []);
    assert.deepEqual(wrong((act) => `The Provider will ${act} when it thinks it appropriate.`, ['weak']), []);
  });
  it('"where its multi-tenant platform design allows" / "as far as its platform permits"', () => {
    assert.deepEqual(wrong((act) => `The Provider shall ${act} where its multi-tenant platform design allows.`, ['weak']), []);
    assert.deepEqual(wrong((act) => `The Provider shall ${act} as far as its hosting platform permits.`, ['weak']), []);
  });
  it('plain-language effort: "we\'ll do our best to", "we’d like to"', () => {
    assert.deepEqual(wrong((act) => `We'll do our best to ${act.replace(/\bits\b/g, 'our')}.`, ['weak'], WE), []);
    assert.deepEqual(wrong((act) => `We’d like to ${act.replace(/\bits\b/g, 'our')}.`, ['weak'], WE), []);
  });
  it('must not: the platform or judgement named without a condition leaves the duty firm', () => {
    assert.deepEqual(wrong((act) => `The Provider shall ${act}, and shall document on its platform how it does so.`, ['present']), []);
    assert.deepEqual(wrong((act) => `The Provider shall ${act} and shall report to the Customer any issue it judges significant.`, ['present']), []);
  });
});

describe('hedges of the party’s own people having capacity', () => {
  it('"when our engineers have the capacity" / "if its team has capacity"', () => {
    assert.deepEqual(wrong((act) => `We'll ${act.replace(/\bits\b/g, 'our')} when our engineers have the capacity.`, ['weak'], WE), []);
    assert.deepEqual(wrong((act) => `The Provider will ${act} if its service team has capacity.`, ['weak']), []);
  });
  it('must not: capacity named as a thing to plan, not a condition', () => {
    assert.deepEqual(wrong((act) => `The Provider shall ${act} and shall ensure its engineers have the capacity to do so.`, ['present']), []);
  });
});
