// A slot phrase ("at the {provider}'s discretion") is compiled once per document's party names; two
// cheap checks come first (its longest word in the text's shared scan, then a skeleton pattern with
// the slot as any text). Both are necessary conditions only: these tests read sentences of our own
// with and without the phrase and check the set finds what the slot pattern alone finds.
import { strict as assert } from 'node:assert';
import type { PartyWords } from '../../server/src/engine/lexicon';
import { phraseSet, slotSkeleton } from '../../server/src/engine/phrase-sets';
import { scanOf } from '../../server/src/engine/terms';

// Slot phrases read only the two role lists.
const PARTIES = { provider: ['Supplier', 'Service Provider'], customer: ['Buyer'] } as Required<PartyWords>;
const PHRASES = ["at the {provider}'s discretion", '{provider} considers appropriate', 'intervals the {provider} decides', 'upon the {customer}', 'where practicable'];

describe('slot phrase prefilters', () => {
  it('the skeleton matches wherever the phrase does, whatever names fill the slot', () => {
    const cases: [string, string][] = [
      ["at the {provider}'s discretion", 'Backups are tested at the Service Provider’s discretion.'],
      ["at the {provider}'s discretion", "at the  Northwind Hosting Ltd's discretion"],
      ['{provider} considers appropriate', 'such controls as the Supplier considers appropriate'],
      ['intervals the {provider} decides', 'reviewed at intervals the Supplier decides'],
      ['upon the {customer}', 'upon the Buyer'],
      ['{provider} considers appropriate', 'the SUPPLIER CONSIDERS\nAPPROPRIATE'],
    ];
    for (const [phrase, text] of cases) assert.ok(slotSkeleton(phrase).test(text), `${phrase} in ${text}`);
  });

  it('the skeleton rejects a sentence with the words in another order', () => {
    assert.equal(slotSkeleton("at the {provider}'s discretion").test('The discretion of the Supplier is at issue.'), false);
    assert.equal(slotSkeleton('{provider} considers appropriate').test('What is appropriate, the Supplier considers later.'), false);
  });

  it('a set finds the same slot hits with the shared scan, a lower-case text or nothing passed', () => {
    const set = phraseSet(PHRASES, PARTIES);
    const named = set.withNames!({ provider: ['Northwind Hosting'], customer: ['Contoso'] });
    const texts = [
      'Logs are kept at the Supplier’s discretion, where practicable.',
      'Patches are applied at intervals the Northwind Hosting decides and upon the Contoso request.',
      'The Supplier decides the intervals; the discretion lies with the Buyer.',
      'Such measures as Northwind Hosting considers appropriate.',
    ];
    const expected = [
      ['at the Supplier’s discretion', 'where practicable'],
      ['intervals the Northwind Hosting decides', 'upon the Contoso'],
      [],
      ['Northwind Hosting considers appropriate'],
    ];
    texts.forEach((text, k) => {
      for (const lower of [scanOf(text), text.toLowerCase(), undefined]) assert.deepEqual(named.find(text, 0, lower).map((h) => h.term), expected[k], text);
    });
  });
});
