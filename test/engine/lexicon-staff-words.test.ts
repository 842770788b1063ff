// A party's own people read their words from the lexicon (clauses/<pack>/lexicon.yaml,
// `staffWords`): the nouns of a body of people and of one person a party names, the nominee and the
// verbs that name that person, the verbs that define a term and the links between people and their
// party. One list of people nouns feeds the staff terms (party-staff.ts), allocations to a party's
// people (holder-words.ts) and matrix rows (table-rows.ts). A pack copy that adds a word reads a
// sentence the bundled pack reads otherwise; a lexicon without the key still compiles. Sentences of our own.
import { strict as assert } from 'node:assert';
import { parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { itReadsWithPack, packCopyStatus } from './house-pack';

const backup = (lexicon: string, body: string): string => packCopyStatus(lexicon, body, 'backup.contracted-service');
const DUTY = '\n\nThe Ops Team shall back up every Customer server nightly.';

describe("a party's own people are lexicon data", () => {
  it("the bundled words: a defined body of the customer's staff acts for the customer", () => {
    assert.equal(backup('hedges: []\n', `"Ops Team" means the Customer's own IT employees.${DUTY}`), 'wrong-party');
    assert.equal(backup('hedges: []\n', `"Ops Team" means the IT engineers employed by the Customer.${DUTY}`), 'wrong-party');
    // A body of the provider's staff gains nothing as a name: the duty stays the provider's.
    assert.equal(backup('hedges: []\n', `"Ops Team" means the Provider's own IT employees.${DUTY}`), 'present');
  });

  it('schema-checked: staffWords takes its own lists, and an unknown one is refused', () => {
    assert.deepEqual(parseLexicon('staffWords:\n  bodyNouns: [squad]\n  ownerLinks: [working for]\n', 'lexicon.yaml').problems, []);
    assert.ok(parseLexicon('staffWords:\n  bodyNoun: [squad]\n', 'lexicon.yaml').problems.length > 0);
  });

  it('a lexicon without the key compiles: no term names a body or a person, no sentence defines one', () => {
    const bare = compileLexicon({}).staffWords;
    assert.equal(bare.bodyTerm.test('Internal IT Team'), false);
    assert.equal(bare.personTerm.test('Customer Representative'), false);
    assert.equal([...'"Ops Team" means the IT staff of the Customer'.matchAll(bare.quotedMeans)].length, 0);
    assert.equal(bare.partyAsModifier.test(' staff who leave'), false);
  });

  itReadsWithPack(
    [
      { name: 'the noun of a body of people', pack: 'staffWords:\n  bodyNouns: [squad]\n', body: `"Ops Squad" means the Customer's own IT employees.\n\nThe Ops Squad shall back up every Customer server nightly.`, bundled: 'present', withPack: 'wrong-party' },
      { name: "a noun of a party's people (definitions)", pack: 'staffWords:\n  peopleNouns: [crew]\n', body: `"Ops Team" means the Customer's own IT crew.${DUTY}`, bundled: 'present', withPack: 'wrong-party' },
      { name: "a noun of a party's people (allocations)", pack: 'staffWords:\n  peopleNouns: [crew]\n', body: "The nightly backup of every Customer server falls to the Customer's own IT support crew.", bundled: 'weak', withPack: 'wrong-party' },
      { name: 'the noun of one person a party names', pack: 'staffWords:\n  personNouns: [steward]\n', body: '"Security Steward" means the individual the Customer appoints under clause 4.\n\nThe Security Steward shall back up every Customer server nightly.', bundled: 'present', withPack: 'wrong-party' },
      { name: 'the nominee', pack: 'staffWords:\n  nominees: [staff member]\n', body: '"Customer Contact" means the staff member the Customer appoints under clause 4.\n\nThe Customer Contact shall back up every Customer server nightly.', bundled: 'present', withPack: 'wrong-party' },
      { name: 'a verb of nominating', pack: 'staffWords:\n  nominateVerbs: [selected]\n', body: '"Customer Contact" means the person selected by the Customer under clause 4.\n\nThe Customer Contact shall back up every Customer server nightly.', bundled: 'present', withPack: 'wrong-party' },
      { name: 'a verb of definition', pack: 'staffWords:\n  definitionVerbs: [denotes]\n', body: `"Ops Team" denotes the Customer's own IT employees.${DUTY}`, bundled: 'present', withPack: 'wrong-party' },
      { name: 'a link between people and their party', pack: 'staffWords:\n  ownerLinks: [working for]\n', body: `"Ops Team" means the IT employees working for the Customer.${DUTY}`, bundled: 'present', withPack: 'wrong-party' },
    ],
    backup,
  );
});
