/** Hedges and disclaimers that used to pass as binding; each is a general drafting pattern. */
import { strict as assert } from 'node:assert';
import { applyEdits } from '../../server/src/engine/edits';
import { fixesFor } from '../../server/src/engine/fixes';
import { BACKUP, MFA, RETENTION, findingOf, run, statusOf } from './matching-helpers';

describe('hedges and disclaimers', () => {
  const weak: [string, string][] = [
    ['reasonably practicable', 'The Provider shall, so far as is reasonably practicable, enforce MFA on all accounts.'],
    ['technically feasible', 'The Provider shall enforce MFA to the extent technically feasible.'],
    ['the emphatic federal form', 'The Provider shall, to the maximum extent practicable, enforce MFA on all accounts.'],
    ['the greatest extent possible', 'The Provider shall enforce MFA on all accounts to the greatest extent possible.'],
    ['customer pays', 'The Provider shall enforce MFA on legacy systems subject to the Customer paying additional charges.'],
    ["customer's written request", "The Provider shall enforce MFA upon the Customer's written request."],
    ['curly apostrophe', 'The Provider shall enforce MFA upon the Customer’s written request.'],
    ['inflected effort verb', 'The Provider endeavours to enforce MFA on all accounts.'],
    ['"where it is" written out', 'The Provider shall enforce MFA on every account where it is reasonably practicable to do so.'],
    ['"if it is" written out', 'The Provider shall enforce MFA on all accounts if it is feasible for the system concerned.'],
    ['"as far as practicable"', 'The Provider shall enforce MFA on every account as far as practicable.'],
    ['best-effort basis', 'The Provider will enforce MFA on its remote tools on a best-effort basis.'],
    ['discretion: "where it considers it appropriate"', 'The Provider shall enforce MFA on shared accounts where it considers it appropriate.'],
    ['as resources permit', 'The Provider shall enforce MFA on legacy accounts as resources permit.'],
    ['save that … no obligation', 'The Provider shall enforce MFA on all accounts, save that it shall have no obligation to cover accounts of contractors.'],
    ['a condition on its own means: "to the extent its … allows"', 'The Provider shall enforce MFA on all accounts to the extent its directory service allows.'],
  ];
  for (const [name, sentence] of weak) it(`weak: ${name}`, () => assert.equal(statusOf(sentence, MFA), 'weak'));

  it('a period the provider may shorten is no minimum', () => {
    assert.equal(statusOf('The Provider shall retain security logs for twelve months or such shorter period as the Provider may determine.', RETENTION), 'weak');
    assert.equal(statusOf('The Provider shall retain security logs for one year, or otherwise for such period as Provider may determine.', RETENTION), 'weak');
  });

  const negated: [string, string][] = [
    ['nothing obliges', 'Nothing in this Agreement obliges the Provider to back up data held on end-user devices.'],
    ['no responsibility', 'The Provider shall have no responsibility for backups of the Customer systems.'],
    ['does not + the concept', 'The Provider does not back up Customer laptops.'],
    ['not part of the services', 'Backup of branch-office file servers is not part of the Services.'],
    ["not the provider's responsibility", 'Backup of mobile phones is not a Provider responsibility.'],
    ['does not promise', 'We do not promise to back up the files on your laptops.'],
    ['gives no undertaking', 'The Provider gives no undertaking about backups of home computers.'],
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

  it('"to the maximum extent practicable" is deleted with its commas, and nothing else', () => {
    const result = run('The Provider shall, to the maximum extent practicable, enforce MFA on all accounts.', [MFA]);
    const fix = fixesFor(result, findingOf(result, 't.mfa')).find((f) => f.kind === 'remove-hedge');
    assert.ok(fix);
    assert.ok(applyEdits(result.doc.text, fix.edits).includes('The Provider shall enforce MFA on all accounts.'));
  });

  it('the limit the law sets is no hedge: "to the fullest extent permitted by law"', () => {
    assert.equal(statusOf('The Provider shall, to the fullest extent permitted by law, enforce MFA on all accounts.', MFA), 'present');
  });
});
