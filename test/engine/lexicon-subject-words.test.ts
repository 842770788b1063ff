// The words that tell who a clause's subject is are lexicon data (clauses/<pack>/lexicon.yaml,
// `subjects`): nouns a party name modifies ("Customer data" is no subject), a party's own units and
// offices ("the Client's IT team", "the Council's Head of Digital") and a provider's refusal of its
// part ("has no", "is not required to"). The parties carry the words they were read with.
// A workspace pack that adds a word is read with it; one that omits the key still loads.
// Sentences of our own.
import { strict as assert } from 'node:assert';
import { bundledLexicon, parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { itReadsWithPack } from './house-pack';

describe('subject words are lexicon data', () => {
  it('the bundled lexicon reads modified nouns, units, offices and refusals', () => {
    const words = bundledLexicon().subjects;
    assert.ok(words.partyAsModifier.test(' equipment at the branch'));
    assert.ok(words.unitTail.test("the Bank's service desk "));
    assert.ok(words.unitTail.test("the Bank's Chief of Cyber Defence "));
    assert.ok(words.refuses.test(' shall not be obliged to vet'));
    assert.equal(words.refuses.test(' shall not obstruct the audit'), false);
  });

  it('schema-checked: subjects takes its own lists, and an unknown one is refused', () => {
    assert.deepEqual(parseLexicon('subjects:\n  unitNouns: [crew]\n  officeHeads: [overseer]\n', 'lexicon.yaml').problems, []);
    assert.ok(parseLexicon('subjects:\n  unitz: [crew]\n', 'lexicon.yaml').problems.length > 0);
  });

  it('a lexicon without the key compiles: no noun, unit or refusal word is read, the grammar still is', () => {
    const bare = compileLexicon({}).subjects;
    assert.equal(bare.partyAsModifier.test(' data'), false);
    assert.equal(bare.unitTail.test("the Bank's service desk "), false);
    assert.ok(bare.refuses.test(' does not vet'));
  });

  // Each case: a sentence the bundled lexicon reads one way, and a pack adding one word reads another.
  itReadsWithPack([
    { name: 'a unit noun makes the customer\'s crew the customer', pack: 'subjects:\n  unitNouns: [crew]\n', body: "The Customer's support crew shall back up every Customer server nightly.\n", bundled: 'present', withPack: 'wrong-party' },
    { name: 'an office makes its holder act for the customer', pack: 'subjects:\n  officeHeads: [overseer]\n', body: "The Customer's Overseer of Infrastructure shall back up every Customer server nightly.\n", bundled: 'present', withPack: 'wrong-party' },
    { name: 'a modified noun is no subject', pack: 'subjects:\n  modifiedNouns: [tooling]\n', body: 'Customer tooling shall back up every Customer server nightly, and the Provider shall configure it.\n', bundled: 'wrong-party', withPack: 'present' },
  ]);
});
