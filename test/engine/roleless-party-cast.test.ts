/**
 * Parties named with no role word ("the Cooperative", "the Licensor" of a franchise-like deal, "the
 * Trust") are cast by what the preamble or recitals say they do: the one party cast as providing
 * the services is the provider, the others its customers (service-cast.ts). A person the customer
 * nominates to act for it ("Nominated Systems Contact") is on the customer's side (party-staff.ts).
 * Preambles and sentences written for this test.
 */
import { strict as assert } from 'node:assert';
import { detectParties } from '../../server/src/engine/parties';
import { parseDocument } from '../../server/src/engine/parse';
import { bundledStatus } from './matching-helpers';

const COOPERATIVE = [
  '# Shared Systems Agreement',
  '',
  'This Shared Systems Agreement is made between Millbrook Farmers Cooperative Society Ltd, a registered co-operative with its office at 2 Station Lane, Harwick (the "Society"), and Upland Shared Computing LLC, a Delaware limited liability company with offices at 40 Tower Road, Dover (the "Bureau").',
  '',
  '## Background',
  '',
  'A. The Bureau provides hosted accounting systems to agricultural cooperatives.',
  '',
  'B. The Society wishes to use the Bureau for its members\' accounts.',
  '',
].join('\n');

const FRANCHISE = [
  '# Schedule 3 – Systems',
  '',
  'Licensor: Harbourview Coffee Systems Pty Ltd (ACN 111 222 333) of 5 Pier Street, Sandgate (**Licensor**).',
  '',
  'Licensee: Cobble Lane Cafe Pty Ltd (ACN 444 555 666) of 8 Cobble Lane, Sandgate (**Licensee**).',
  '',
  '## 3.1 Purpose',
  '',
  '(a) The Licensor provides the Store Systems Services to every licensed cafe from its head office.',
  '',
  '## 3.2 Definitions',
  '',
  '- **Nominated Systems Contact** means the person the Licensee nominates under 3.5;',
  '- **Authorised Cashier** means any employee of the Licensee who uses the point-of-sale terminals;',
  '',
].join('\n');

describe('parties with no role word, cast by the recitals', () => {
  it('reads the party the recitals cast as providing services as the provider', () => {
    const p = detectParties(parseDocument(COOPERATIVE));
    assert.equal(p.provider, 'Bureau');
    assert.equal(p.customer, 'Society');
  });

  it('reads labelled bold names the same way, and the customer\'s nominee as the customer side', () => {
    const p = detectParties(parseDocument(FRANCHISE));
    assert.equal(p.provider, 'Licensor');
    assert.equal(p.customer, 'Licensee');
    assert.equal(p.names.find((n) => n.term === 'Nominated Systems Contact')?.role, 'customer');
    // A user the provider serves is no nominee: the Authorised Cashier is not read as a party.
    assert.equal(p.names.some((n) => n.term === 'Authorised Cashier'), false);
  });

  it('casts no one when both parties, or neither, are cast as providing the services', () => {
    const both = COOPERATIVE.replace('B. The Society wishes to use the Bureau', 'B. The Society also provides hosted accounting systems, and wishes to use the Bureau');
    assert.equal(detectParties(parseDocument(both)).names.some((n) => n.term === 'Bureau' || n.term === 'Society'), false);
    const neither = COOPERATIVE.replace('A. The Bureau provides hosted accounting systems to agricultural cooperatives.', 'A. The Bureau is owned by twelve cooperatives.');
    assert.equal(detectParties(parseDocument(neither)).names.some((n) => n.term === 'Bureau' || n.term === 'Society'), false);
  });

  it('keeps a role word the document defines: a consulting "Company" is not re-cast', () => {
    const consulting = 'This Agreement is made between Teller Holdings Ltd, a company registered in England (the "Company"), and Jo Park (the "Consultant").\n\nThe Company operates retail systems in three countries.\n';
    const p = detectParties(parseDocument(consulting));
    assert.equal(p.provider, 'Consultant');
  });

  it('reads a duty moved to the customer, or to its nominee, as the customer\'s', () => {
    assert.equal(bundledStatus('\n## 4 Security\n\n4.1 The Society shall install security patches on the accounting servers within fourteen days of release.\n', 'patching.ongoing-service', COOPERATIVE), 'wrong-party');
    assert.equal(bundledStatus('\n## 3.6 Security\n\n(a) The Nominated Systems Contact must install security patches on the store computers within fourteen days of release.\n', 'patching.ongoing-service', FRANCHISE), 'wrong-party');
    assert.equal(bundledStatus('\n## 3.6 Security\n\n(a) The Licensor must install security patches on the store computers within fourteen days of release.\n', 'patching.ongoing-service', FRANCHISE), 'present');
  });
});
