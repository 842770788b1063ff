/**
 * Plain ways drafters state the advisory's measures that the term lists missed, each with a
 * look-alike that must stay out: "keep operating systems … up to date" (patching; not an inventory
 * kept up to date, nor anti-malware signatures), access "limited to what each person needs"
 * (least privilege), accounts of "departed" staff (removal of access), a "second authentication
 * factor" and a provider that "logs in to the Customer's systems" (MFA on provider access).
 * Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const at = (s: string): string => `## 7. Services\n\n${s}`;

describe('patching: keeping systems up to date', () => {
  it('reads software, firmware and devices kept up to date', () => {
    assert.equal(bundledStatus(at('The Provider shall keep operating systems, applications and firmware up to date with vendor-supported versions.'), 'patching.ongoing-service'), 'present');
    assert.equal(bundledStatus(at('The Provider shall keep all Managed Devices up to date with the latest security patches.'), 'patching.ongoing-service'), 'present');
  });
  it('leaves records and malware signatures out', () => {
    for (const s of [
      'The Provider shall keep the software inventory up to date.',
      'The Provider shall keep the asset register of all devices up to date.',
      'The Provider shall keep the network diagrams and documentation of the servers up to date.',
      'The Provider shall keep anti-malware software up to date on all endpoints.',
    ]) assert.equal(bundledStatus(at(s), 'patching.ongoing-service'), 'missing', s);
  });
});

describe('least privilege, removal of access and MFA in plain words', () => {
  it('access limited to what each person needs', () => {
    assert.equal(bundledStatus(at('Access by Provider staff shall be limited to what each person needs for their role.'), 'privilege.least-privilege'), 'present');
    assert.equal(bundledStatus(at('Access by Provider staff shall be restricted to what their duties require.'), 'privilege.least-privilege'), 'present');
  });
  it('accounts of departed staff revoked', () => {
    assert.equal(bundledStatus(at('Accounts of departed Provider staff shall be revoked on their last working day.'), 'accounts.deprovisioning'), 'present');
    assert.equal(bundledStatus(at('The Provider shall give the Customer a list of departed and new staff each month.'), 'accounts.deprovisioning'), 'missing');
  });
  it('a second authentication factor for the provider’s personnel', () => {
    assert.equal(bundledStatus(at('The Provider shall require a second authentication factor for all access by its personnel to the Customer’s network.'), 'mfa.provider-access'), 'present');
    assert.equal(bundledStatus(at('Provider staff must use phishing-resistant MFA whenever they log in to the Customer systems.'), 'mfa.provider-access'), 'present');
  });
});
