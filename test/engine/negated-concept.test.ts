/**
 * A clause that says the duty's own act or object is not done, with the negation around the
 * requirement's words rather than on a modal: a negated passive, "no X is required", "has no X
 * obligations". Sentences of our own.
 */
import { strict as assert } from 'node:assert';
import { negatedConcept } from '../../server/src/engine/negated-concept';
import { BACKUP, MFA, statusOf } from './matching-helpers';

/** Where the concept `word` is negated in `text`, as the words that say so. */
function negation(text: string, word: string): string | undefined {
  const at = text.indexOf(word);
  const found = negatedConcept(text, [{ start: at, end: at + word.length }], { start: 0, end: text.length });
  return found ? text.slice(found.start, found.end) : undefined;
}

describe('a clause that says the act is not done', () => {
  it('reads "does not", a negated passive, "no X is required" and "has no X obligations"', () => {
    assert.equal(negation('The Supplier does not patch Customer systems.', 'patch'), 'does not patch');
    assert.equal(negation('Customer data held on laptops is not backed up.', 'backed up'), 'is not backed up');
    assert.equal(negation('Firewall logs will not be retained after the Term.', 'retained'), 'will not be retained');
    assert.equal(negation('No segregation of customer networks is required under this Schedule.', 'segregation'), 'No segregation');
    assert.equal(negation('The Supplier has no patch management obligations under this Order.', 'patch management'), 'has no patch management');
    assert.equal(negation('The Supplier bears no responsibility for patching Customer devices.', 'patching'), 'bears no responsibility for patching');
    assert.equal(negation('Multi-factor authentication is not provided for the reporting portal.', 'Multi-factor authentication'), 'Multi-factor authentication is not provided');
    assert.equal(negation('The Supplier provides no backup of email archives.', 'backup'), 'provides no backup');
    assert.equal(negation('The Supplier has no supply chain risk management obligations.', 'supply chain'), 'has no supply chain');
    assert.equal(negation('Offsite backups are not part of Lakeside\'s services.', 'backups'), 'backups are not part of Lakeside\'s services');
  });

  it('reads "does not" with the act\'s own verbs and object between it and the concept', () => {
    assert.equal(negation('We do not copy, store or test the backups of your laptops.', 'backups'), 'do not copy, store or test the backups');
    assert.equal(negation('The Supplier does not keep tenant networks segregated.', 'segregated'), 'does not keep tenant networks segregated');
  });

  it('leaves a negated verb that bears on another duty, or on other things, alone', () => {
    assert.equal(negation('This Schedule does not limit the Supplier\'s duty to back up servers.', 'back up'), undefined);
    assert.equal(negation('Clause 4 does not relieve the Supplier of its backup duties.', 'backup'), undefined);
    assert.equal(negation('The warranty does not extend to other backups.', 'backups'), undefined);
    assert.equal(negation('Backups are not part of the monthly charge.', 'Backups'), undefined);
    assert.equal(negation('The Supplier does not decide when the backups run.', 'backups'), undefined);
  });

  it('leaves a relative clause, a plain "no" and a duty about a negated thing alone', () => {
    assert.equal(negation('Backups that are not encrypted shall be deleted within a day.', 'encrypted'), undefined);
    assert.equal(negation('The Supplier shall ensure that no backup is older than 24 hours.', 'backup'), undefined);
    assert.equal(negation('The Supplier shall keep backups so that no data is lost.', 'backups'), undefined);
    assert.equal(negation('The Supplier has no right to suspend backups without notice.', 'backups'), undefined);
    assert.equal(negation('The Supplier shall encrypt backups, and backups are not to leave the region.', 'backups are'), undefined);
  });

  it('finds the negation in any case and with either apostrophe (the quick "no/not/n\'t" check before the patterns)', () => {
    assert.equal(negation('THE SUPPLIER DOES NOT PATCH CUSTOMER SYSTEMS.', 'PATCH'), 'DOES NOT PATCH');
    assert.equal(negation('The Supplier doesn’t patch Customer systems.', 'patch'), 'doesn’t patch');
    assert.equal(negation("Customer laptops aren't backed up.", 'backed up'), "aren't backed up");
    assert.equal(negation('Email archives won’t be retained.', 'retained'), 'won’t be retained');
    assert.equal(negation('The Supplier Provides No backup of email archives.', 'backup'), 'Provides No backup');
    assert.equal(negation('NO SEGREGATION of networks is required.', 'SEGREGATION'), 'NO SEGREGATION');
    // No "no", "not" or "n't" before the concept: only the patterns after it can read a negation.
    assert.equal(negation('The Supplier shall patch Customer systems monthly.', 'patch'), undefined);
    assert.equal(negation('MFA is not provided for the portal.', 'MFA'), 'MFA is not provided');
  });

  it('makes the requirement negated, and keeps binding duties binding', () => {
    assert.equal(statusOf('Laptop backup is not provided by the Provider.', BACKUP), 'negated');
    assert.equal(statusOf('No multi-factor authentication is provided by the Provider for the Customer portal.', MFA), 'negated');
    assert.equal(statusOf('The Provider shall back up every server nightly; copies that are not encrypted shall be destroyed.', BACKUP), 'present');
    assert.equal(statusOf('The Provider has no backup obligations for laptops.', BACKUP), 'negated');
  });
});

describe('the cheap negation guard of negatedConcept', () => {
  it('still passes every spelling of the negating word the patterns need', () => {
    assert.equal(negation('The Supplier doesn’t patch Customer systems.', 'patch'), 'doesn’t patch');
    assert.equal(negation('The Supplier won\'t back up archived mailboxes.', 'back up'), 'won\'t back up');
    assert.equal(negation('Under this Order no backups of test systems are required.', 'backups'), 'no backups');
    assert.equal(negation('Logs aren’t retained after the Term.', 'retained'), 'aren’t retained');
    assert.equal(negation('Logs are NOT retained after the Term.', 'retained'), 'are NOT retained');
  });

  it('reads words that only contain "no" as no negation', () => {
    assert.equal(negation('The Supplier shall monitor and notify, and backups are kept per the technology plan.', 'backups'), undefined);
  });
});
