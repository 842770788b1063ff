/**
 * A three-party resale: the Reseller sells the service on to the customer and runs it, so it is
 * the provider checked, even when the customer's name holds "Customer" and a distributor stands
 * behind the reseller. Lines of our own.
 */
import { strict as assert } from 'node:assert';
import { detectParties } from '../../server/src/engine/parties';
import { parseDocument } from '../../server/src/engine/parse';
import { bundledStatus } from './matching-helpers';

const PREAMBLE = [
  '# Resale and Support Agreement',
  '',
  '**This Agreement** is made on 2 March 2027',
  '',
  '**Between:**',
  '',
  '1. **Orrin Wholesale Distribution Limited**, a company registered in England (No. 1234567), of 4 Canal Yard, Leeds (the **"Distributor"**);',
  '2. **Pellow IT Services Limited**, a company registered in England (No. 7654321), of 8 Bridge Street, York (the **"Reseller"**); and',
  '3. **Marston Dental Practices Limited**, a company registered in England (No. 2468024), of 1 High Street, Ripon (the **"End Customer"**).',
  '',
].join('\n');

describe('the parties of a three-party resale', () => {
  it('reads the Reseller as the provider and the End Customer as the customer', () => {
    const p = detectParties(parseDocument(PREAMBLE));
    assert.equal(p.names.find((n) => n.term === 'Reseller')?.role, 'provider');
    assert.equal(p.names.find((n) => n.term === 'End Customer')?.role, 'customer');
    assert.equal(p.names.some((n) => n.term === 'Distributor'), false);
  });

  it('takes no address after a bracketed company number for a legal name', () => {
    const p = detectParties(parseDocument(PREAMBLE));
    assert.equal(p.names.find((n) => n.term === 'End Customer')?.legalName, undefined);
  });

  it('reads a duty moved to the End Customer as no duty of the Reseller', () => {
    const moved = `${PREAMBLE}\n## 3. Security\n\n3.1 The End Customer must install the security updates that vendors release for its servers and laptops within fourteen days of release.\n`;
    assert.notEqual(bundledStatus(moved, 'patching.ongoing-service', ''), 'present');
    const kept = `${PREAMBLE}\n## 3. Security\n\n3.1 The Reseller must install the security updates that vendors release for the End Customer's servers and laptops within fourteen days of release.\n`;
    assert.equal(bundledStatus(kept, 'patching.ongoing-service', ''), 'present');
  });
});
