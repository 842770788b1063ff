/**
 * The provider's other customers named by what the draft calls its customer ("every other cooperative
 * it serves", "other licensees"); a negation inside a relative clause with its own subject
 * ("credentials that it does not use for any other customer"), which describes the object and
 * disclaims nothing; a means clause ("…, by creating a login for the Bureau to use") that names the
 * provider without making the duty one owed to it; a second infinitive that produces records "on
 * request", which conditions only its own limb; a backup connection (failover connectivity), which
 * is no data backup; and a computer as what is backed up. Preambles and sentences written for this test.
 */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

const COOPERATIVE = [
  '# Shared Systems Agreement',
  '',
  'This Shared Systems Agreement is made between Millbrook Farmers Cooperative Ltd, a registered co-operative of 2 Station Lane, Harwick (the "Cooperative"), and Upland Shared Computing LLC of 40 Tower Road, Dover (the "Bureau").',
  '',
  '## Background',
  '',
  'A. The Bureau provides hosted accounting systems to agricultural cooperatives.',
  '',
].join('\n');

const LICENSING = [
  '# Schedule 4 – Store Systems',
  '',
  'Licensor: Harbourview Coffee Systems Pty Ltd (ACN 111 222 333) of 5 Pier Street, Sandgate (**Licensor**).',
  '',
  'Licensee: Cobble Lane Cafe Pty Ltd (ACN 444 555 666) of 8 Cobble Lane, Sandgate (**Licensee**).',
  '',
  '## 4.1 Purpose',
  '',
  '(a) The Licensor provides the Store Systems Services to every licensed cafe from its head office.',
  '',
].join('\n');

describe('the other customers named in the draft\'s own word for its customer', () => {
  it('"every other cooperative it serves" is segregation between customers', () =>
    assert.equal(bundledStatus('2.1 The Bureau shall keep the Cooperative Systems separate from the systems of every other cooperative it serves.', 'network.segregation', COOPERATIVE), 'present'));
  it('"other licensees" is segregation between customers', () =>
    assert.equal(bundledStatus('(b) The Licensor must keep the Store Systems apart from the systems of other licensees.', 'network.segregation', LICENSING), 'present'));
  it('a hedge still weakens it', () =>
    assert.equal(bundledStatus('2.1 The Bureau will use reasonable efforts to keep the Cooperative data apart from that of other cooperatives.', 'network.segregation', COOPERATIVE), 'weak'));
  it('a refusal disclaims it', () =>
    assert.equal(bundledStatus('2.1 The Bureau does not separate the Cooperative Systems from the systems of other cooperatives.', 'network.segregation', COOPERATIVE), 'negated'));
  it('"other cooperatives" in a sentence about visits is no segregation', () =>
    assert.equal(bundledStatus('2.1 The Bureau shall visit the Cooperative after it has visited other cooperatives in the area.', 'network.segregation', COOPERATIVE), 'missing'));
});

describe('a negation inside a relative clause with its own subject', () => {
  it('"credentials that it does not use for any other customer" states the duty', () =>
    assert.equal(bundledStatus('The Provider shall use for the Customer only administrator credentials that it does not use for any other customer.', 'credentials.no-cross-customer-reuse'), 'present'));
  it('"credentials which the Provider does not share with any other customer" states the duty', () =>
    assert.equal(bundledStatus('The Provider shall keep for the Customer administrator credentials which the Provider does not share with any other customer.', 'credentials.no-cross-customer-reuse'), 'present'));
  it('a clause reported after "acknowledges that" still disclaims it', () =>
    assert.equal(
      bundledStatus('The Provider shall notify the Customer of new security patches; the Customer acknowledges that the Provider does not install patches on the Customer Systems.', 'patching.ongoing-service'),
      'negated',
    ));
  it('the provider\'s own refusal still disclaims it', () =>
    assert.equal(bundledStatus('The Provider does not keep the Customer Systems separate from those of its other customers.', 'network.segregation'), 'negated'));
});

describe('a means clause that names the provider', () => {
  it('the customer\'s duty, done by creating a login for the provider to use, is still the customer\'s', () =>
    assert.equal(
      bundledStatus('(b) The Licensee must keep the Store Systems separate from other licensees, by creating its own administrator login for the Licensor to use.', 'network.segregation', LICENSING),
      'wrong-party',
    ));
  it('a duty owed to the provider stays a different duty', () =>
    assert.equal(
      bundledStatus('The Provider shall back up the Customer Data every day. The Customer shall report any failed restore to the Provider.', 'backup.contracted-service'),
      'present',
    ));
});

describe('records produced "on request" in a second infinitive', () => {
  it('conditions only the producing, not the keeping', () =>
    assert.equal(bundledStatus('The Provider shall be required to retain the security logs for one year, and to produce any of them to the Customer on request.', 'logging.retention'), 'present'));
  it('a keeping owed only on request is still a hedge', () =>
    assert.equal(bundledStatus('The Provider agrees to retain the security logs for one year on request.', 'logging.retention'), 'weak'));
});

describe('a backup connection is connectivity, and a computer is backed up', () => {
  for (const sentence of [
    'The Provider shall configure the 4G backup internet connection of each branch router so that card payments continue.',
    'The Provider shall maintain a back-up WAN link to each depot.',
  ]) {
    it(`no backup of data: ${sentence}`, () => assert.equal(bundledStatus(sentence, 'backup.contracted-service'), 'missing'));
  }
  it('a connection named beside a duty to back up the data does not hide it', () =>
    assert.equal(bundledStatus('The Provider shall back up the Customer Data every night over the backup connection.', 'backup.contracted-service'), 'present'));
  it('backing up an office computer every night is the backup duty', () =>
    assert.equal(bundledStatus('The Provider shall back up the office computer every night.', 'backup.contracted-service'), 'present'));
  it('a refusal to back up the computers disclaims it', () =>
    assert.equal(bundledStatus('The Provider does not back up the office computers.', 'backup.contracted-service'), 'negated'));
});
