/**
 * The pack's words name the parties conventionally ("Customer systems", "Provider Personnel"); a
 * draft that defines "the Authority" and "the Supplier" says the same in its own words. And a party
 * entry defined by what the party is ("Kestrel County Council (the "Authority")") is cast as the other
 * side of the defined provider even when the sentence opens "This contract is made between". Sentences
 * written for this test.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine';
import { withPartyWords } from '../../server/src/engine/party-word-terms';
import { aa22, bundledStatus } from './matching-helpers';

const AUTHORITY = '# IT Services Contract\n\nThis contract is made between Kestrel County Council (the "Authority") and Brightline Managed IT Ltd (the "Supplier").\n\n';

describe('party words in a requirement read with the draft’s own defined terms', () => {
  it('rewrites conventional party words only', () => {
    assert.deepEqual(withPartyWords(['Customer systems', 'Provider Personnel', 'remote access'], 'Authority', 'Supplier'), ['Authority systems', 'Supplier Personnel']);
    assert.deepEqual(withPartyWords(['access to the Client'], 'Buyer', ''), ['access to the Buyer']);
  });
  it('finds MFA on the supplier’s access to the authority’s systems', () => {
    for (const s of [
      'The Supplier shall use multi-factor authentication for all access to the Authority’s systems.',
      'The Supplier shall use multi-factor authentication for all access to Authority systems.',
      'Supplier Personnel shall authenticate with multi-factor authentication.',
    ]) assert.equal(bundledStatus(`## 7. Security\n\n${s}`, 'mfa.provider-access', AUTHORITY), 'present', s);
  });
  it('still finds nothing where the draft names no access of the supplier', () => {
    assert.equal(bundledStatus('## 7. Security\n\nThe Authority operates multi-factor authentication on its own staff accounts.', 'mfa.provider-access', AUTHORITY), 'missing');
  });
});

describe('a party defined by what it is, after "This contract is made between"', () => {
  const parties = (preamble: string) => {
    const r = analyze(`# IT Services Contract\n\n${preamble}\n\n## 1. Services\n\nThe Supplier shall provide the Services.\n`, { catalog: aa22(), force: true });
    return `${r.parties.provider}/${r.parties.customer}`;
  };
  it('is the customer beside a defined provider', () => {
    assert.equal(parties('This contract is made between Kestrel County Council (the "Authority") and Brightline Managed IT Ltd (the "Supplier").'), 'Supplier/Authority');
    assert.equal(parties('THIS AGREEMENT is dated 1 March and made by and between Harbour Trust ("the Trust") and Brightline Managed IT Ltd ("the Supplier").'), 'Supplier/Trust');
  });
  it('a lead-in with no party entry casts no one', () => {
    assert.doesNotMatch(parties('This contract is made between the parties named in the Order (the "Order Parties") for the services (the "Services").'), /Services|Order Parties/);
  });
});

describe('what the wider reading brought to light', () => {
  it('a duty deferred until the customer funds it is hedged', () => {
    assert.equal(bundledStatus('## 7. Security\n\nThe Provider will enable multi-factor authentication for Customer users once the Customer has budgeted for the licences.', 'mfa.services-delivered'), 'weak');
    assert.equal(bundledStatus('## 7. Security\n\nThe Provider will enable multi-factor authentication for all Customer users of the services it delivers.', 'mfa.services-delivered'), 'present');
  });
  it('a remote monitoring and management tool is no review of account use', () => {
    const rmm = '## 7. Access\n\nEvery Provider Account, including those of its remote monitoring and management tool, shall sign in with multi-factor authentication.';
    assert.equal(bundledStatus(rmm, 'accounts.activity-review'), 'missing');
    assert.equal(bundledStatus('## 7. Access\n\nThe Provider shall review the use of Provider Accounts every quarter and disable dormant ones.', 'accounts.activity-review'), 'present');
  });
});
