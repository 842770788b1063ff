/**
 * Business records are not logs: under a "Log retention" heading, a clause that keeps invoices,
 * time sheets or books of account for an audit of the charges states no log retention. Sentences
 * written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const underLogHeading = (sentence: string): string => bundledStatus(`## 9. Log retention\n\n${sentence}\n`, 'logging.retention');

describe('log retention: business records kept for audit are not logs', () => {
  for (const sentence of [
    'The Provider shall keep complete records of its invoices for six years after final payment.',
    'The Provider shall retain its time sheets and expense claims for seven years.',
    'The Provider shall keep proper books of account relating to the Services for five years, open to the Customer’s auditors.',
    'Financial records relating to the charges shall be stored for at least three years.',
  ]) {
    it(`no log retention: ${sentence.slice(0, 60)}…`, () => assert.equal(underLogHeading(sentence), 'missing'));
  }
  it('must still read a clause that keeps logs, whatever else it keeps', () => {
    assert.equal(underLogHeading('The Provider shall retain the security logs of the Customer systems for twelve months and its invoices for six years.'), 'present');
    assert.equal(underLogHeading('The Provider shall retain the audit logs of the invoicing system for at least one year.'), 'present');
  });
});
