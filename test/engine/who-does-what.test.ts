/**
 * Plain English allocates security functions by saying which party performs each of them ("set out
 * which party performs each cyber security function", "a Responsibility Table"): the roles and
 * responsibilities requirement of the transparency heading. Sentences written for this test.
 */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

const ID = 'transparency.roles-responsibilities';

describe('which party performs each security function', () => {
  for (const sentence of [
    'The Provider must set out in Schedule 4 which party performs each cyber security function for the Customer.',
    'The Provider shall keep a table showing which party carries out each security function and give it to the Customer.',
    'The Provider shall agree with the Customer a responsibility table for every security control of the Services.',
  ]) {
    it(`allocates the functions: ${sentence}`, () => assert.equal(bundledStatus(sentence, ID), 'present'));
  }
  it('a hedge still weakens it', () =>
    assert.equal(bundledStatus('The Provider will try to explain which party performs each security function where practicable.', ID), 'weak'));
  it('the customer\'s own table moves it', () =>
    assert.equal(bundledStatus('The Customer must prepare a table of which party performs each security function; the Provider will sign it if asked.', ID), 'wrong-party'));
  for (const sentence of [
    'The Provider shall set out which party performs each payroll function.',
    'The Provider shall keep a responsibility table for the catering contract.',
  ]) {
    it(`without security it allocates nothing here: ${sentence}`, () => assert.equal(bundledStatus(sentence, ID), 'missing'));
  }
});
