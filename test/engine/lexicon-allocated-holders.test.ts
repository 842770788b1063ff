// An allocation that gives the duty to the holder named after it ("falls to the Customer") reads
// its words from the lexicon (clauses/<pack>/lexicon.yaml, `allocatedHolders`): the words that
// negate it, the allocation words that need an act for the holder, the -ing nouns that name a thing
// and the words between a party's name and its people. A pack copy that adds a word reads a sentence
// the bundled pack reads otherwise; a lexicon without the key still compiles. Sentences of our own.
import { strict as assert } from 'node:assert';
import { parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { itReadsWithPack, packCopyStatus } from './house-pack';

const backup = (lexicon: string, body: string): string => packCopyStatus(lexicon, body, 'backup.contracted-service');

describe('allocations to a holder read their words from the lexicon', () => {
  it('the bundled words: a negated allocation gives nothing; a bare "is for" needs an act; a thing in -ing is property', () => {
    assert.equal(backup('hedges: []\n', 'The nightly backup of every Customer server falls to the Customer.'), 'wrong-party');
    assert.notEqual(backup('hedges: []\n', 'The nightly backup of every Customer server no longer falls to the Customer.'), 'wrong-party');
    assert.equal(backup('hedges: []\n', 'The nightly backup of every Customer server is for the Customer to arrange.'), 'wrong-party');
    assert.notEqual(backup('hedges: []\n', 'The nightly backup of every Customer server is for the Customer.'), 'wrong-party');
    assert.equal(backup('hedges: []\n', 'Backing up every Customer server nightly remains with the Customer.'), 'wrong-party');
    assert.notEqual(backup('hedges: []\n', 'Funding for the nightly backup of every Customer server remains with the Customer.'), 'wrong-party');
  });

  it('schema-checked: allocatedHolders takes its own lists, and an unknown one is refused', () => {
    assert.deepEqual(parseLexicon('allocatedHolders:\n  negators: [in no case]\n  notActs: [tooling]\n', 'lexicon.yaml').problems, []);
    assert.ok(parseLexicon('allocatedHolders:\n  negator: [in no case]\n', 'lexicon.yaml').problems.length > 0);
  });

  it('a lexicon without the key compiles: nothing negates, every "-ing" subject is an act', () => {
    const bare = compileLexicon({}).allocatedHolders;
    assert.equal(bare.negatedBefore.test('Backups do not '), false);
    assert.equal(bare.needsAct.test('is for'), false);
    assert.equal(bare.actSubject.test('Funding of the backups'), true);
  });

  itReadsWithPack(
    [
      { name: 'a word that negates the allocation', pack: 'allocatedHolders:\n  negators: [in no case]\n', body: 'The nightly backup of every Customer server in no case falls to the Customer.', bundled: 'wrong-party', withPack: 'weak' },
      { name: 'allocation words that need an act for the holder', pack: 'allocatedHolders:\n  needsAct: [is a matter for]\n', body: 'The nightly backup of every Customer server is a matter for the Customer.', bundled: 'wrong-party', withPack: 'weak' },
      { name: 'an -ing noun that names a thing', pack: 'allocatedHolders:\n  notActs: [tooling]\n', body: 'Tooling for the nightly backup of every Customer server remains with the Customer.', bundled: 'wrong-party', withPack: 'weak' },
      { name: 'a word between the party and its people', pack: 'allocatedHolders:\n  staffModifiers: [onsite]\n', body: 'The Customer’s onsite dedicated IT support team owns the nightly backup of every Customer server.', bundled: 'weak', withPack: 'wrong-party' },
    ],
    backup,
  );
});
