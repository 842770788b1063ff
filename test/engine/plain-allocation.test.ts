/**
 * Plain-language agreements speak as "we" to "you" and allocate duties in the present tense: "You
 * install security updates" gives the act to the customer as "the Customer shall install" would.
 * Sentences of our own.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import { customerPresentAct } from '../../server/src/engine/plain-allocation';
import type { Parties } from '../../server/src/engine/parties';
import { BACKUP, catalogOf, findingOf } from './matching-helpers';

const WE_YOU: Parties = { names: [{ term: 'we', role: 'provider' }, { term: 'you', role: 'customer' }], provider: 'we', customer: 'you', defined: true, assumptions: [] };
const NAMED: Parties = { names: [{ term: 'Provider', role: 'provider' }, { term: 'Customer', role: 'customer' }], provider: 'Provider', customer: 'Customer', defined: true, assumptions: [] };

const act = (clause: string, parties = WE_YOU): string | undefined => customerPresentAct(clause, { start: 0, end: clause.length }, parties);

const PREAMBLE = 'These terms are an agreement between Fellside Support Ltd ("we", "us") and the business that signs the order ("you"). You can call us at any time; your account page shows your plan, and you get invoices by email. You may end your plan with a month\'s notice.\n\n';
const status = (body: string): string =>
  findingOf(analyze(`# Support terms\n\n${PREAMBLE}${body}\n`, { catalog: catalogOf(BACKUP), force: true }), BACKUP.id).status;

describe('plain-language allocation: "you <act>" in a we/you agreement', () => {
  it('reads "you" as the subject of every main act of the clause', () => {
    assert.equal(act('You back up the laptops in your office every week.'), 'You back up');
    assert.equal(act('You collect the leavers\' badges, and when the contract ends you delete our logins.'), 'You collect');
    // "we tell you" is subordinate; "tell you they" names no act of "you".
    assert.equal(act('You close our logins when we tell you an engineer has gone.'), 'You close');
  });

  it('leaves a clause with a main act of ours, a permission, a request and a subordinate "you" alone', () => {
    assert.equal(act('You send us the list of leavers and we close their logins that day.'), undefined);
    assert.equal(act('You can restore a file from the portal.'), undefined);
    assert.equal(act('You ask us for a restore test and we run it within a week.'), undefined);
    assert.equal(act('If you ask, we copy your mailboxes every night.'), undefined);
    assert.equal(act('You agree that backups older than a year are deleted.'), undefined);
  });

  it('applies only where the agreement speaks as we to you', () => {
    assert.equal(act('You back up the laptops in your office every week.', NAMED), undefined);
  });

  it('makes the provider duty wrong-party, and keeps "we <act>" a description of our own', () => {
    assert.equal(status('## 3. Your data\n\nYou back up the laptops in your office every week.'), 'wrong-party');
    assert.notEqual(status('## 3. Your data\n\nYou send us a list of the laptops, and we back them up every week.'), 'wrong-party');
  });
});
