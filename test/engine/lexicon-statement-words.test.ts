// Two sentence shapes read by their grammar take their words from the lexicon (clauses/<pack>/
// lexicon.yaml): `presentPassive`, the participles that make "is …ed" a statement of purpose
// ("is designed to") rather than a requirement in the present tense, and `definedTerms`, the
// words that define a term (`(hereinafter called "Host")`, `"Services" means`). A pack copy that
// adds a word reads a text the bundled pack reads otherwise; a lexicon without the keys still
// compiles. Sentences of our own.
import { strict as assert } from 'node:assert';
import { parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { contractSignals } from '../../server/src/engine/contract-signals';
import { compileLexicon, type Lexicon } from '../../server/src/engine/lexicon';
import { catalogLexicon } from '../../server/src/engine/lexicon-of';
import { parseDocument } from '../../server/src/engine/parse';
import { detectParties } from '../../server/src/engine/parties';
import { packCopy, packCopyStatus } from './house-pack';

const lexiconOf = (pack: string): Lexicon => catalogLexicon(packCopy(pack));
const definedCount = (pack: string, text: string): number => {
  const doc = parseDocument(text);
  const lex = lexiconOf(pack);
  return contractSignals(doc, detectParties(doc, lex), lex.contractSignals).definedTerms;
};

describe('present passives and defined terms are lexicon data', () => {
  it('the bundled words: "is designed to" is no present passive, "are performed" is; a bracketed "hereinafter called" defines a term', () => {
    const lex = lexiconOf('hedges: []\n');
    assert.equal(lex.presentPassive.test('The platform is designed to keep backups.'), false);
    assert.equal(lex.presentPassive.test('Backups are performed nightly.'), true);
    assert.equal(definedCount('hedges: []\n', 'Harbor Ltd (hereinafter called "Host") and Acme plc (the "Client").\n'), 2);
  });

  it('schema-checked: both keys take their own lists, and an unknown one is refused', () => {
    assert.deepEqual(parseLexicon('presentPassive:\n  purposes: [meant]\ndefinedTerms:\n  introducers: [known as]\n', 'lexicon.yaml').problems, []);
    assert.ok(parseLexicon('presentPassive:\n  purpose: [meant]\n', 'lexicon.yaml').problems.length > 0);
    assert.ok(parseLexicon('definedTerms:\n  introducer: [known as]\n', 'lexicon.yaml').problems.length > 0);
  });

  it('a lexicon without the keys compiles: every "is …ed" is a passive, and only a bare bracketed term is defined', () => {
    const bare = compileLexicon({});
    assert.equal(bare.presentPassive.test('The platform is designed to keep backups.'), true);
    assert.equal([...'Harbor Ltd ("Host"); Acme plc (the "Client"); "Data" means data.'.matchAll(bare.contractSignals.definedTerm)].length, 1);
  });

  it('added by a pack, a participle of purpose: "is supposed to" no longer reads as a requirement in the present tense', () => {
    const body = 'Every Customer server is supposed to be backed up nightly.';
    assert.equal(lexiconOf('hedges: []\n').presentPassive.test(body), true);
    assert.equal(packCopyStatus('hedges: []\n', body, 'backup.contracted-service'), 'present');
    assert.equal(packCopyStatus('presentPassive:\n  purposes: [supposed]\n', body, 'backup.contracted-service'), 'weak');
  });

  for (const c of [
    { name: 'an introducer in brackets', pack: 'definedTerms:\n  introducers: [known as]\n', text: 'This agreement is made between Harbor Ltd (known as "Host") and Acme plc ("Client").\n' },
    { name: 'a verb of meaning', pack: 'definedTerms:\n  meaningVerbs: [denotes]\n', text: 'This agreement is made between Harbor Ltd ("Client") and the hosting firm named below.\n\n"Host" denotes Northwind Ltd.\n' },
    { name: 'a verb of meaning after a list', pack: 'definedTerms:\n  pluralMeaningVerbs: [denote]\n', text: 'This agreement is made between Harbor Ltd ("Client") and the hosting firm named below.\n\n"we", "us" and "our" denote Northwind Ltd.\n' },
  ]) {
    it(`added by a pack, ${c.name} defines one more term`, () => {
      assert.equal(definedCount('hedges: []\n', c.text), 1);
      assert.equal(definedCount(c.pack, c.text), 2);
    });
  }
});
