/**
 * QUALIFIES_ANOTHER runs a cheap word test before its costly pattern: the guard must let through
 * every shape of a qualifying opening and still turn away the rest. Own test sentences.
 */
import { strict as assert } from 'node:assert';
import { QUALIFIES_ANOTHER } from '../../server/src/engine/narrowing';

describe('QUALIFIES_ANOTHER (guarded pattern)', () => {
  it('accepts every shape of an opening that qualifies another clause', () => {
    for (const sentence of [
      'Notwithstanding the above, the Supplier need only patch monthly.',
      '4.3 Despite the foregoing, backups are kept for 30 days.',
      'In derogation of the Security Schedule, logs are kept for 90 days.',
      "The Supplier's obligations under Paragraph 6.2 to rotate keys apply only to production.",
      'The removal of accounts under section 4.1 is carried out only if the Customer asks.',
      'Clause 6.1 applies only to remote access.',
      'For the avoidance of doubt, sub-clause 3.2(a) does not apply to test systems.',
      'SECTION 7 IS SUBJECT TO THE SERVICE ORDER.',
    ]) assert.ok(QUALIFIES_ANOTHER.test(sentence), sentence);
  });

  it('rejects sentences that do not open by qualifying another clause', () => {
    for (const sentence of [
      'The Supplier shall enforce multi-factor authentication on remote access.',
      'The Supplier shall patch systems as set out in clause 4.',
      'Despair is not a plan.',
      '',
    ]) assert.ok(!QUALIFIES_ANOTHER.test(sentence), sentence);
  });
});
