/**
 * Parties named by a data sheet's statement "The Purchaser is: …" / "The Supplier is: …", one
 * table row or line each, as the Special Conditions of standard procurement documents do. Lines
 * of our own.
 */
import { strict as assert } from 'node:assert';
import { detectParties } from '../../server/src/engine/parties';
import { parseDocument } from '../../server/src/engine/parse';
import { statedParties } from '../../server/src/engine/party-labels';
import { bundledStatus } from './matching-helpers';

const DATA_SHEET = [
  '# Special Conditions of Contract',
  '',
  '| Clause | Provision |',
  '|---|---|',
  '| 1.1 (a) | The Purchaser is: the Water Resources Board of Eastmere, 3 Dock Road, Porthaven. |',
  '| 1.1 (b) | The Supplier is: Caldwater Network Services Limited, 17 Station Street, Porthaven. |',
  '| 4.2 | The governing law is: the law of Eastmere. |',
  '',
].join('\n');

describe('parties named by "The <role> is: <name>"', () => {
  it('reads the role word and the name from table cells and lines', () => {
    assert.deepEqual(statedParties(DATA_SHEET).map((p) => [p.term, p.legalName]), [
      ['Purchaser', 'Water Resources Board of Eastmere'],
      ['Supplier', 'Caldwater Network Services Limited'],
    ]);
    assert.deepEqual(statedParties('The Employer is: Northgate Rail Authority\n').map((p) => p.term), ['Employer']);
  });

  it('casts the role words as parties; other statements name no party', () => {
    const p = detectParties(parseDocument(DATA_SHEET));
    assert.equal(p.names.find((n) => n.term === 'Purchaser')?.role, 'customer');
    assert.equal(p.names.find((n) => n.term === 'Supplier')?.legalName, 'Caldwater Network Services Limited');
    assert.equal(p.customer, 'Purchaser');
    assert.equal(p.names.some((n) => /governing law/i.test(n.term)), false);
  });

  it('does not read a sentence that merely says who a party is in prose', () => {
    assert.deepEqual(statedParties('Notices go to the Supplier. The Purchaser is responsible for site power.\n'), []);
    assert.deepEqual(statedParties('| 6.1 | If the Purchaser is: late in paying, interest accrues. |\n'), []);
  });

  it('reads a duty given to the stated customer as no duty of the supplier', () => {
    const row = (text: string): string => `${DATA_SHEET}| 22.2 | Add the following new Sub-Clause 22.2: "${text}" |\n`;
    assert.notEqual(bundledStatus(row('The Purchaser shall enforce multi-factor authentication for every account that the Supplier\'s staff use for remote administration.'), 'mfa.provider-access', ''), 'present');
    assert.equal(bundledStatus(row('The Supplier shall enforce multi-factor authentication for every account that its staff use for remote administration.'), 'mfa.provider-access', ''), 'present');
  });
});
