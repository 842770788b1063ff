/**
 * "may … only …": a permission narrowed by "only" is a restriction. Sentences written for the test.
 */
import { strict as assert } from 'node:assert';
import { restrictsByOnly } from '../../server/src/engine/restricted-permission';
import { bundledStatus } from './matching-helpers';

const status = (body: string, id: string): string => bundledStatus(body, id);

describe('restricted permissions ("may … only …")', () => {
  it('binds where the requirement sits in the narrowing after "only"', () => {
    assert.equal(status('Provider personnel may connect to Customer systems only through multi-factor authentication.', 'mfa.provider-access'), 'present');
    // Without "only" the same sentence grants a permission and owes nothing.
    assert.equal(status('Provider personnel may connect to Customer systems through multi-factor authentication.', 'mfa.provider-access'), 'weak');
  });

  it('finds the narrowing only within the clause, after the modal, and before the concept', () => {
    const s = 'Staff may reach the console only through two-factor authentication.';
    const verbEnd = s.indexOf('may') + 3;
    assert.equal(restrictsByOnly(s, verbEnd, s.length, s.indexOf('two-factor')), true);
    // The concept is the permitted act itself: nothing is owed.
    const act = 'The Provider may take backups of the data only when asked.';
    assert.equal(restrictsByOnly(act, act.indexOf('may') + 3, act.length, act.indexOf('backups')), false);
    // "only" in the next clause after a semicolon does not narrow this permission.
    const split = 'The Provider may reach the console; it reaches it only through two-factor authentication.';
    assert.equal(restrictsByOnly(split, split.indexOf('may') + 3, split.length, split.indexOf('two-factor')), false);
    // "only the" is a quantity, not a condition.
    const quantity = 'The Provider may enable only the two-factor authentication module.';
    assert.equal(restrictsByOnly(quantity, quantity.indexOf('may') + 3, quantity.length, quantity.indexOf('two-factor')), false);
  });
});
