/**
 * The term-sheet infinitive ("Supplier to keep …", "Customer to provide …") binds the party it
 * names, as "is to" does; a party word before "to" in the middle of a sentence is no duty. And
 * "May" the month (in a date) is no permissive modal. Lines of our own.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import { aa22, bundledRequirement, bundledStatus } from './matching-helpers';

const HEADS = [
  '# Heads of Terms: Managed Network Services',
  '',
  'These heads of terms are made between Larkfield Housing Association (the "Customer") and Quayside Networks Limited (the "Supplier").',
  '',
  '| Term | Detail |',
  '|---|---|',
  '| Term of agreement | Five years from the start date. |',
].join('\n');

const row = (term: string, detail: string): string => `${HEADS}\n| ${term} | ${detail} |\n`;

describe('the term-sheet infinitive', () => {
  it("binds the supplier named before 'to' in a row of terms", () => {
    assert.equal(bundledStatus(row('Updates', 'Supplier to apply vendor security patches to the network switches and firewalls within fourteen days of release.'), 'patching.ongoing-service', ''), 'present');
  });

  it('binds a second duty after a semicolon', () => {
    assert.equal(bundledStatus(row('Updates', 'Customer to give remote access to the switches; the Supplier to apply vendor security patches to them within fourteen days of release.'), 'patching.ongoing-service', ''), 'present');
  });

  it("reads the customer's own infinitive as no duty of the supplier", () => {
    assert.equal(bundledStatus(row('Updates', 'Customer to apply vendor security patches to its own laptops within fourteen days of release.'), 'patching.ongoing-service', ''), 'wrong-party');
  });

  it("reads no duty in a party word before 'to' inside a sentence", () => {
    assert.notEqual(bundledStatus(row('Updates', 'Vendor security patches for the switches pass from the Supplier to the Customer under the change process within fourteen days of release.'), 'patching.ongoing-service', ''), 'present');
  });

  it("reads no duty where the word after 'to' is a name", () => {
    assert.notEqual(bundledStatus(row('Updates', 'Supplier to Customer handover of vendor security patches for the switches within fourteen days of release.'), 'patching.ongoing-service', ''), 'present');
  });
});

describe('the month May', () => {
  const TIMETABLE = [
    '# Heads of Terms: Managed Network Services',
    '',
    'These heads of terms are made between Larkfield Housing Association (the "Customer") and Quayside Networks Limited (the "Supplier").',
    '',
    '## Annex 1: Timetable',
    '',
    '| Milestone | Target date |',
    '|---|---|',
    '| Heads of terms signed | 2 March 2028 |',
  ].join('\n');
  const formOf = (row: string): string | undefined => {
    const catalog = { ...aa22(), requirements: [bundledRequirement('transparency.roles-responsibilities')] };
    return analyze(`${TIMETABLE}\n${row}\n`, { catalog, force: true }).findings[0]!.evidence[0]?.form;
  };

  it('is no permissive modal in a date', () => {
    assert.equal(formOf('| Security responsibility matrix delivered | 3 May 2028 |'), 'statement');
    assert.equal(formOf('| Security responsibility matrix delivered | May 3, 2028 |'), 'statement');
  });

  it('stays a permissive modal as a verb', () => {
    assert.equal(formOf('| Security responsibility matrix | May be delivered after signature |'), 'permission');
  });
});
