// The words that tell legal drafting from other documents are lexicon data
// (clauses/<pack>/lexicon.yaml): role nouns, binding verbs, title words and licence wording
// (`contractSignals`), the words of agreements counted once per group (`agreementTerms`), and the
// recital naming the party the services are provided to (`servicesTo`).
// A workspace pack that adds a word is read with it; one that omits the keys still loads.
// Documents of our own.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import { bundledLexicon, parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { decideContract } from '../../server/src/engine/contract';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { parseDocument } from '../../server/src/engine/parse';
import { detectParties } from '../../server/src/engine/parties';
import { houseStatus, packCopy } from './house-pack';

const LEDGER = (title: string, subject: string, other: string, verb = 'shall'): string =>
  `# ${title}\n\n1. The ${subject} ${verb} keep the shared ledger.\n2. The ${subject} ${verb} report to the ${other} each month.\n3. The ${other} ${verb} pay the ${subject} within ten days.\n`;

describe('contract signal words are lexicon data', () => {
  it('the bundled lexicon reads role nouns, binding verbs, agreement words, titles and licence wording', () => {
    const words = bundledLexicon().contractSignals;
    assert.ok(words.legalSubject.test('the receiving parties'));
    assert.equal(words.bindingVerb.exec('The Lessor is responsible for repairs')?.[0], 'is responsible for');
    assert.ok(words.titleWords.test('Statement of Work 4'));
    assert.ok(words.licenceGrant.test('Redistribution and use in source and binary forms, with or without modification'));
    assert.equal(words.licenceHeading.test('Terms and conditions for copying'), false);
    assert.equal(words.agreementTerms.filter((t) => t.test('Hereby and hereunder, the Lessee shall indemnify the Lessor.')).length, 2);
  });

  it('schema-checked: contractSignals takes its own lists, agreementTerms any named group', () => {
    assert.deepEqual(parseLexicon('contractSignals:\n  legalSubjects: [steward]\nagreementTerms:\n  arbitration: [arbitration]\n', 'lexicon.yaml').problems, []);
    assert.ok(parseLexicon('contractSignals:\n  subjectz: [steward]\n', 'lexicon.yaml').problems.length > 0);
    assert.ok(parseLexicon('agreementTerms:\n  arbitration: arbitration\n', 'lexicon.yaml').problems.length > 0);
  });

  it('a lexicon without the keys compiles: no legal word counts, and the shapes still do', () => {
    const bare = compileLexicon({}).contractSignals;
    assert.equal(bare.agreementTerms.length, 0);
    const doc = parseDocument(LEDGER('Agreement', 'Supplier', 'Customer'));
    assert.equal(decideContract(doc, detectParties(doc), false, bare).isContract, false);
    assert.equal(decideContract(doc, detectParties(doc), false, bundledLexicon().contractSignals).isContract, true);
  });

  // Each case: a document the bundled lexicon reads one way, and a copy of the bundled pack adding words reads another.
  const bundled = (text: string): ReturnType<typeof analyze> => analyze(text, { catalog: packCopy('hedges: []\n') });
  const withPack = (lexicon: string, text: string): ReturnType<typeof analyze> => analyze(text, { catalog: packCopy(lexicon) });
  for (const c of [
    { name: 'role nouns make the obligations a party\'s', pack: 'contractSignals:\n  legalSubjects: [steward, guild]\n', text: LEDGER('Agreement', 'Steward', 'Guild') },
    { name: 'a title word makes a short draft an agreement', pack: 'contractSignals:\n  titleWords: [charter]\n', text: LEDGER('Charter', 'Supplier', 'Customer') },
    { name: 'a binding verb binds the party before it', pack: 'contractSignals:\n  bindingVerbs: [is beholden to]\n', text: LEDGER('Agreement', 'Supplier', 'Customer', 'is beholden to') },
  ]) {
    it(`added by a pack copy, ${c.name}`, () => {
      assert.equal(bundled(c.text).isContract, false);
      assert.equal(withPack(c.pack, c.text).isContract, true);
    });
  }

  it('added by a pack copy, a group of agreement words counts once', () => {
    const text = '# Notes\n\nDisputes go to arbitration before an arbitral tribunal; remedies are limited to those stated.\n';
    const terms = (r: ReturnType<typeof analyze>): string | undefined => /(\d+) agreement terms?/.exec(r.contractReason)?.[1];
    assert.equal(terms(bundled(text)), undefined);
    assert.equal(terms(withPack('agreementTerms:\n  disputes: [arbitration, arbitral]\n  remedy: [remedy, remedies]\n', text)), '2');
  });
});

describe('services-to words are lexicon data', () => {
  it('the bundled lexicon names the recipient of the services, as written', () => {
    const to = bundledLexicon().servicesTo;
    const recipients = (text: string): string[] => [...text.matchAll(to)].map((m) => m[1]!);
    assert.deepEqual(recipients('Kestrel Systems delivers hosted backup services to Larch Foods Ltd.'), ['Larch Foods Ltd.']);
    assert.deepEqual(recipients('Kestrel Systems Provides support To Larch Foods.'), []);
    assert.deepEqual([...'Kestrel provides services to Larch.'.matchAll(compileLexicon({}).servicesTo)], []);
  });

  it('added by a pack, a verb makes the recipient the customer, so its own duty is on the wrong party', () => {
    const preamble = '# Services Agreement\n\nNorthwind Managed IT Ltd. (the "Provider") renders managed IT services to Harbor Bank.\n\n';
    const body = 'Harbor Bank shall back up every Customer server nightly.\n';
    assert.equal(houseStatus('hedges: []\n', body, preamble), 'present');
    assert.equal(houseStatus('servicesTo:\n  verbs: [renders]\n', body, preamble), 'wrong-party');
  });
});

