/** Hedges and disclaimers that used to pass as binding; each is a general drafting pattern. */
import { strict as assert } from 'node:assert';
import { applyEdits } from '../../server/src/engine/edits';
import { fixesFor } from '../../server/src/engine/fixes';
import { BACKUP, MFA, RETENTION, findingOf, run, statusOf } from './matching-helpers';

describe('hedges and disclaimers', () => {
  const weak: [string, string][] = [
    ['reasonably practicable', 'The Provider shall, so far as is reasonably practicable, enforce MFA on all accounts.'],
    ['technically feasible', 'The Provider shall enforce MFA to the extent technically feasible.'],
    ['customer pays', 'The Provider shall enforce MFA on legacy systems subject to the Customer paying additional charges.'],
    ["customer's written request", "The Provider shall enforce MFA upon the Customer's written request."],
    ['curly apostrophe', 'The Provider shall enforce MFA upon the Customer’s written request.'],
    ['inflected effort verb', 'The Provider endeavours to enforce MFA on all accounts.'],
    ['"where it is" written out', 'The Provider shall enforce MFA on every account where it is reasonably practicable to do so.'],
    ['"if it is" written out', 'The Provider shall enforce MFA on all accounts if it is feasible for the system concerned.'],
    ['save that … no obligation', 'The Provider shall enforce MFA on all accounts, save that it shall have no obligation to cover accounts of contractors.'],
  ];
  for (const [name, sentence] of weak) it(`weak: ${name}`, () => assert.equal(statusOf(sentence, MFA), 'weak'));

  it('a period the provider may shorten is no minimum', () => {
    assert.equal(statusOf('The Provider shall retain security logs for twelve months or such shorter period as the Provider may determine.', RETENTION), 'weak');
  });

  const negated: [string, string][] = [
    ['nothing obliges', 'Nothing in this Agreement obliges the Provider to back up data held on end-user devices.'],
    ['no responsibility', 'The Provider shall have no responsibility for backups of the Customer systems.'],
    ['does not + the concept', 'The Provider does not back up Customer laptops.'],
  ];
  for (const [name, sentence] of negated) it(`negated: ${name}`, () => assert.equal(statusOf(sentence, BACKUP), 'negated'));

  it('"shall not" before another verb is still a binding prohibition', () => {
    assert.equal(statusOf('The Provider shall not disable MFA on any account.', MFA), 'present');
  });

  it('a new lexicon hedge is also fixed: "so far as is reasonably practicable" is deleted', () => {
    const result = run('The Provider shall, so far as is reasonably practicable, enforce MFA on all accounts.', [MFA]);
    const fix = fixesFor(result, findingOf(result, 't.mfa')).find((f) => f.kind === 'remove-hedge');
    assert.ok(fix);
    assert.ok(applyEdits(result.doc.text, fix.edits).includes('The Provider shall enforce MFA on all accounts.'));
  });
});
