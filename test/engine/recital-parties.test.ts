/**
 * Parties defined in WHEREAS recitals, US public-sector style: `WHEREAS, Pine Valley School
 * District No. 12, a public school district organized under the laws of the State ("District"), …`.
 * The customer's duties ("District shall …") are the customer's, and "No. 12" ends no caption.
 * Tried on four requirements with recitals and clauses written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const VENDOR = 'WHEREAS, Brightline Network Services, LLC, a Texas limited liability company ("Contractor"), submitted the winning proposal;\n\n';
const RECITALS: Record<string, string> = {
  district: '# Technology Services Agreement\n\nWHEREAS, Pine Valley School District No. 12, a public school district organized under the laws of the State ("District"), operates nine schools;\n\n' + VENDOR,
  county: '# Technology Services Agreement\n\nWHEREAS, Marlow County, a political subdivision of the State ("County"), operates the county network;\n\n' + VENDOR,
};

const DUTIES: Record<string, string> = {
  'patching.ongoing-service': 'install vendor security patches on its servers within fourteen days of release',
  'backup.contracted-service': 'back up all of its data every night',
  'mfa.provider-access': 'require multi-factor authentication for all remote access by Contractor personnel to its systems',
  'accounts.deprovisioning': 'disable the accounts of departing personnel within one business day',
};

function wrong(customer: 'District' | 'County', clause: (customer: string, duty: string) => string, expected: string[]): string[] {
  const preamble = RECITALS[customer.toLowerCase()]!;
  return Object.entries(DUTIES)
    .map(([id, duty]) => [id, bundledStatus(`## 7. Security\n\n${clause(customer, duty)}\n`, id, preamble)] as const)
    .filter(([, got]) => !expected.includes(got))
    .map(([id, got]) => `${id}=${got}`);
}

describe('parties defined in WHEREAS recitals', () => {
  for (const customer of ['District', 'County'] as const) {
    it(`"${customer} shall …" is the customer's duty`, () => {
      assert.deepEqual(wrong(customer, (c, d) => `${c} shall ${d}; Contractor does not do so.`, ['wrong-party', 'negated']), []);
    });
    it(`must not: "Contractor shall …" with ${customer} as beneficiary stays the provider's`, () => {
      assert.deepEqual(wrong(customer, (_c, d) => `Contractor shall ${d.replace(/\bits\b/g, `${customer}'s`)}.`, ['present']), []);
    });
  }
  it('a recital whose number has "No." is one paragraph, not a caption and a sentence', () => {
    assert.equal(bundledStatus('## 7. Security\n\nDistrict shall back up all of its data every night.\n', 'backup.contracted-service', RECITALS.district), 'wrong-party');
  });
});
