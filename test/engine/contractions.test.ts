/**
 * Plain-language terms write their negations and subjects contracted ("we don't", "aren't
 * included", "you're responsible"): every lexicon phrase also reads as its contracted forms
 * (contractions.ts). Sentences written for this test.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { contractedForms, everyContractedForm, withContractions } from '../../server/src/engine/contractions';
import { bundledStatus } from './matching-helpers';

const TOS = '# Terms of Service\n\nThese terms are between Acme Cloud Ltd ("we", "us" or "our") and the business that signs up ("you" or "your").\n\n';
const status = (s: string, id = 'backup.contracted-service'): string => bundledStatus(s, id, TOS);

describe('contractions: the forms a phrase also reads as', () => {
  it('contracts the negation inside a phrase, a leading "not" with the verb it follows, and a pronoun subject', () => {
    assert.deepEqual(contractedForms('does not provide').filter((f) => !f.includes('’')), ["doesn't provide"]);
    assert.deepEqual(contractedForms('not responsible for').filter((f) => !f.includes('’')), ["isn't responsible for", "aren't responsible for"]);
    assert.deepEqual(contractedForms('not be required to').filter((f) => !f.includes('’')), ["won't be required to"]);
    assert.ok(contractedForms('are responsible for').includes("you're responsible for"));
    assert.ok(contractedForms('is not included').includes('isn’t included'));
  });
  it('leaves phrases with nothing to contract alone and adds no duplicates', () => {
    assert.deepEqual(contractedForms('where possible'), []);
    const list = withContractions(['does not provide', "doesn't provide"]);
    assert.equal(list.filter((p) => p === "doesn't provide").length, 1);
  });
  it('the quick test before the patterns loses no form: every lexicon phrase and phrases made for the test', () => {
    const strings = (x: unknown): string[] => (typeof x === 'string' ? [x] : Array.isArray(x) ? x.flatMap(strings) : x && typeof x === 'object' ? Object.values(x).flatMap(strings) : []);
    const lexicon = strings(parse(fs.readFileSync(path.join(__dirname, '../../clauses/aa22-131a/lexicon.yaml'), 'utf8')));
    const made = ['Cannot be', 'we can not say', 'NOT liable', 'Are bound to', 'will not be', 'will be', 'is nothing', 'knot', 'are', 'aware of', 'willing to', 'need not retain'];
    let contracted = 0;
    for (const phrase of [...lexicon, ...made]) {
      const all = everyContractedForm(phrase);
      assert.deepEqual(contractedForms(phrase), all, phrase);
      if (all.length) contracted++;
    }
    assert.ok(lexicon.length > 500 && contracted > 50, `${lexicon.length} phrases, ${contracted} with contracted forms`);
  });
});

describe('contractions: plain-language disclaimers, moves and hedges', () => {
  it('contracted disclaimers read negated', () => {
    for (const s of ["We don't commit to backing up your data.", "Backing up your data isn't part of our service.", "Backups aren't included.", "We aren't responsible for backing up your data.", 'We’re not responsible for backing up your data.']) {
      assert.equal(status(s), 'negated', s);
    }
  });
  it('"You\'re responsible for" puts the duty on the customer; "We\'re responsible for" keeps it', () => {
    assert.equal(status("You're responsible for backing up your data."), 'wrong-party');
    assert.equal(status('You’re responsible for backing up your data.'), 'wrong-party');
    assert.equal(status("We're responsible for backing up your data every day."), 'present');
  });
  it('plain-language efforts and platform conditions read weak', () => {
    assert.equal(status("We'll do our best to back up your data every night."), 'weak');
    assert.equal(status("We'll back up your data every night where our platform allows it."), 'weak');
  });
  it('a plain promise stays a promise', () => {
    assert.equal(status("We'll back up your data every night."), 'present');
    assert.equal(status("We don't let anyone restore your data without checking who they are, and we'll back it up every night."), 'present');
  });
});
