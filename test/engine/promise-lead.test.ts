/**
 * A section that declares its statements to be promises (promise-lead.ts): its first-person and
 * present-passive statements bind the provider; elsewhere "we do X" stays a description.
 * Sentences written for this test.
 */
import { strict as assert } from 'node:assert';
import { BACKUP, findingOf, run } from './matching-helpers';

const PREAMBLE = 'These terms are an agreement between Tarn Cloud Ltd ("we", "us") and the business that orders our service ("you"). You can reach us by email; your account manager answers your questions, and you get your invoices by email. You may end your plan at any time, and your data stays yours.\n\n';

const status = (section: string): string => findingOf(run(`${PREAMBLE}${section}`, [BACKUP]), 't.backup').status;

describe('a section that declares its statements to be promises', () => {
  it('"This section sets out what we promise to do": "we back up" is a promise', () => {
    assert.equal(status('## 5. Looking after your data\n\nThis section sets out what we promise to do.\n\nWe back up your files every night.'), 'present');
  });

  it('a present-passive statement in that section is a promise too', () => {
    assert.equal(status('## 5. Looking after your data\n\nWe commit to the following.\n\nA backup of your files is made every night.'), 'present');
  });

  it('without the declaration, "we back up" describes practice and stays weak', () => {
    assert.equal(status('## 5. Looking after your data\n\nWe back up your files every night.'), 'weak');
  });

  it('the declaration does not make another party\'s statement or a denial ours', () => {
    assert.notEqual(status('## 5. Looking after your data\n\nThis section sets out what we promise to do.\n\nYou back up your own files; we do not back them up.'), 'present');
    assert.notEqual(status('## 5. Looking after your data\n\nThis section sets out what we promise to do.\n\nWe do not back up files kept on laptops.'), 'present');
    assert.notEqual(status('## 5. Looking after your data\n\nThis section sets out what we promise to do.\n\nYou make a backup of your laptops when we remind you.'), 'present');
  });

  it('a declaration in another section does not reach this one', () => {
    assert.equal(status('## 4. Support\n\nThis section sets out what we promise to do.\n\nWe answer calls on weekdays.\n\n## 5. Looking after your data\n\nWe back up your files every night.'), 'weak');
  });

  it('"can" in what a check establishes is no permission: "check that we can restore them"', () => {
    assert.equal(status('## 5. Looking after your data\n\nThis section sets out what we promise to do.\n\nWe back up your files every night and check that we can restore them each quarter.'), 'present');
    assert.equal(status('## 5. Looking after your data\n\nThis section sets out what we promise to do.\n\nWe can back up your files every night.'), 'weak');
  });
});
