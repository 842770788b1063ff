// General legal forms of disclaimer and hedge (lexicon.yaml), each with a sentence written for
// this test: a refused covenant, a duty said to lie outside the Services, an obligation disclaimed
// together with liability, a promise only to consider, a request written with "asks", capacity
// conditions; and near-misses of the service-scope requirement (assets "in scope", cross-references).
import { strict as assert } from 'node:assert';
import { bundledStatus, MSA_PREAMBLE } from './matching-helpers';

/** A title that lends "security services" to every sentence, as a managed security agreement's does. */
const SECURITY_SERVICES_PREAMBLE = MSA_PREAMBLE.replace('# Managed Services Agreement', '# Managed Security Services Agreement');

describe('legal forms: disclaimers', () => {
  for (const [sentence, id] of [
    ['The Provider does not covenant to keep audit logs for any minimum period.', 'logging.retention'],
    ['The Provider makes no covenant to keep audit logs for any minimum period.', 'logging.retention'],
    ['Daily backup of Customer Data does not form part of the Services.', 'backup.contracted-service'],
    ['The Provider shall have no liability or obligation in respect of the security of its subcontractors.', 'supply-chain.risk-management'],
    ['The Provider gives no representation, warranty or covenant as to the patch level of the managed servers, and applies no security patches.', 'patching.ongoing-service'],
  ] as const) {
    it(`negated: ${sentence}`, () => assert.equal(bundledStatus(sentence, id), 'negated'));
  }
});

describe('legal forms: hedges', () => {
  for (const [sentence, id] of [
    ['The Provider shall remove all Provider accounts on termination of this Agreement if the Customer asks it to.', 'accounts.exit-revocation'],
    ['The Provider shall enforce MFA for its engineers and will consider providing multi-factor authentication for Customer users of the portal.', 'mfa.services-delivered'],
    ['The Provider shall keep audit logs for twelve months where capacity allows.', 'logging.retention'],
    ['The Provider shall apply security patches monthly, subject to available resources.', 'patching.ongoing-service'],
  ] as const) {
    it(`weak: ${sentence}`, () => assert.equal(bundledStatus(sentence, id), 'weak'));
  }

  it('a rolling window of a stated length is a retention period', () => {
    assert.equal(bundledStatus('The Provider shall retain audit logs for 13 months rolling.', 'logging.retention'), 'present');
    assert.equal(bundledStatus('The Provider shall retain audit logs on a rolling basis.', 'logging.retention'), 'weak');
    assert.equal(bundledStatus('The Provider shall retain security logs for a rolling period of 12 months.', 'logging.retention'), 'present');
    assert.equal(bundledStatus('The Provider shall retain security logs on a rolling 13-month basis.', 'logging.retention'), 'present');
    assert.equal(bundledStatus('The Provider shall retain security logs for a rolling period of 30 days.', 'logging.retention'), 'below-threshold');
    assert.equal(bundledStatus('The Provider shall keep security logs in a rolling buffer.', 'logging.retention'), 'weak');
  });
});

describe('service scope near-misses', () => {
  it('"in-scope servers" names covered assets, not the security services bought', () => {
    assert.equal(bundledStatus('The Provider shall back up all in-scope servers every night.', 'transparency.service-scope', SECURITY_SERVICES_PREAMBLE), 'missing');
  });

  it('an order of precedence is no description of the services', () => {
    assert.equal(bundledStatus('If this Order conflicts with the Agreement, this Order prevails for the Services described in it.', 'transparency.service-scope', SECURITY_SERVICES_PREAMBLE), 'missing');
  });

  it('a cross-reference "described in section 4" is no description of the services', () => {
    assert.equal(bundledStatus('The Provider shall keep the backup copies described in section 4 offline.', 'transparency.service-scope', SECURITY_SERVICES_PREAMBLE), 'missing');
  });
});

describe('backup near-misses: a deputy person', () => {
  it('"a backup account manager" is a person, not a copy of data', () => {
    assert.equal(bundledStatus('The Provider shall name a service delivery manager and a backup account manager for the Services.', 'backup.contracted-service'), 'missing');
  });

  it('the same sentence that also backs up data stays evidence', () => {
    assert.equal(bundledStatus('The Provider shall name a backup contact and shall back up Customer Data daily.', 'backup.contracted-service'), 'present');
  });
});

describe('dedicated-connection near-miss: the place where MFA applies', () => {
  it('MFA for users of a remote access gateway is no duty to connect through a dedicated path', () => {
    assert.equal(bundledStatus('The Provider shall enforce multi-factor authentication for every Customer user of the hosted desktop and the remote access gateway.', 'network.dedicated-connection'), 'missing');
  });

  it('access routed only through the gateway stays evidence', () => {
    assert.equal(bundledStatus('The Provider shall reach Customer systems only through the remote access gateway, with multi-factor authentication.', 'network.dedicated-connection'), 'present');
  });
});
