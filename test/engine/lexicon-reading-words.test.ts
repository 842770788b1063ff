// The words that frame how a document is read are lexicon data (clauses/<pack>/lexicon.yaml):
// the clause making questionnaire answers terms (`incorporation`), a condition proposed in a
// negotiation bracket (`brackets.conditions`), the recital casting a party as the one providing the
// services (`serviceCast`), the clause binding a table of service levels (`serviceLevels`), a
// questionnaire's questions and answer columns (`questionnaires`) and the header words of tables
// whose rows oblige no one (`tableColumns`).
// A workspace pack that adds a word is read with it; one that omits the keys still loads.
// Sentences of our own.
import { strict as assert } from 'node:assert';
import { bundledLexicon, parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { bracketsOf } from '../../server/src/engine/negotiation';
import { houseStatus } from './house-pack';

describe('reading words are lexicon data', () => {
  it('the bundled lexicon reads incorporation, conditions, fillers, casts, service-level clauses, questions and price lists', () => {
    const lex = bundledLexicon();
    assert.ok(lex.incorporation.madeTerms.test('The answers in Schedule 4 form part of this Agreement.'));
    assert.ok(lex.incorporation.denied.test('The responses are not contractual warranties.'));
    assert.equal(lex.incorporation.citesAnswer.exec('Our answer to Q3.2 does not extend to test systems.')?.[1], 'Q3.2');
    assert.ok(lex.brackets.condition.test('subject to the Customer approving each window'));
    assert.deepEqual(bracketsOf('[insert notice period] [Vendor position: within a day]', lex.brackets).map((b) => b.kind), ['value', 'words']);
    assert.equal([...'Kestrel Company has been appointed by the Trust to operate the IT infrastructure '.matchAll(lex.serviceCast.castOf(['Kestrel Company']))].length, 1);
    assert.ok(lex.serviceLevels.meetsLevels.test('The Contractor undertakes to meet or exceed every Service Level.'));
    assert.ok(lex.serviceLevels.noCredit.test(' — '));
    assert.ok(lex.questionnaire.asks.test('Please describe how you rotate keys?'));
    assert.ok(lex.tableColumns.chargeColumn.test('One-off set-up fee (GBP)'));
  });

  it('schema-checked: each key takes its own lists, and an unknown one is refused', () => {
    assert.deepEqual(parseLexicon('incorporation:\n  terms: [adopted]\nserviceCast:\n  verbs: [administers]\nserviceLevels:\n  noCredit: [tracked]\nbrackets:\n  fillers: [tba]\n', 'lexicon.yaml').problems, []);
    for (const key of ['incorporation', 'serviceCast', 'serviceLevels', 'brackets', 'questionnaires', 'tableColumns']) {
      assert.ok(parseLexicon(`${key}:\n  wordz: [bonus]\n`, 'lexicon.yaml').problems.length > 0, key);
    }
  });

  it('a lexicon without the keys compiles to patterns that find nothing', () => {
    const lex = compileLexicon({});
    assert.equal(lex.incorporation.madeTerms.test('The answers are incorporated into this Agreement.'), false);
    assert.equal(lex.serviceLevels.meetsLevels.test('The Provider shall meet the Service Levels.'), false);
    assert.equal([...'The Company provides IT services to the Council. '.matchAll(lex.serviceCast.castOf(['Company']))].length, 0);
    assert.equal(lex.questionnaire.asks.test('Do you keep logs?'), false);
  });

  // Each case: a sentence the bundled lexicon reads one way, and a pack adding one word reads another.
  const SERVICE_LEVELS = (verb: string): string => `The Provider shall ${verb} the Service Levels in Table 1.\n\nTable 1 – Backup service levels\n\n| Service Level | Target | Service Credit |\n|---|---|---|\n| Nightly backup of every Customer server | 100% | 5% of the monthly charge |\n`;
  const cases: { name: string; pack: string; body: string; preamble?: string; bundled: string; withPack: string }[] = [
    {
      name: 'an incorporation word makes the answers warranties',
      pack: 'incorporation:\n  terms: [adopted as terms]\n',
      body: "## Appendix A – Questionnaire\n\nThe Provider's answers below are adopted as terms of this Agreement.\n\n**Q1 Do you back up every Customer server nightly?**\n\nA: Yes.\n",
      bundled: 'weak',
      withPack: 'present',
    },
    {
      name: 'a condition word makes an optional bracket a proposed condition',
      pack: 'brackets:\n  conditions: [contingent upon]\n',
      body: 'The Provider shall back up every Customer server nightly [contingent upon the Customer paying the backup fee].\n',
      bundled: 'present',
      withPack: 'weak',
    },
    {
      name: 'a service verb casts the party that provides the services',
      pack: 'serviceCast:\n  verbs: [administers]\n',
      preamble: '# Shared Services Agreement\n\nThis Agreement is between Harbor Shared Services Company Limited (the "Company") and Northwind Borough Council (the "Council").\n\nThe Company administers the ICT services of the Council.\n\n',
      body: 'The Company shall back up every Customer server nightly.\n',
      bundled: 'wrong-party',
      withPack: 'present',
    },
    { name: 'a verb binds the service-level table', pack: 'serviceLevels:\n  verbs: [honour]\n', body: SERVICE_LEVELS('honour'), bundled: 'weak', withPack: 'present' },
    { name: 'a no-credit word unbinds a service-level row', pack: 'serviceLevels:\n  noCredit: [5% of the monthly charge]\n', body: SERVICE_LEVELS('meet'), bundled: 'present', withPack: 'weak' },
    {
      name: 'an interrogative makes a sentence a question its answer refuses',
      pack: 'questionnaires:\n  interrogatives: [kindly confirm]\n',
      body: '## Security questionnaire\n\n**Q1 Kindly confirm you back up every Customer server nightly?**\n\nA: No.\n',
      bundled: 'weak',
      withPack: 'negated',
    },
    {
      name: 'an answer header makes a column the answers to the questions beside it',
      pack: 'questionnaires:\n  answerHeaders: [declaration]\n',
      body: '## Security questionnaire\n\n| Question | Declaration |\n|---|---|\n| Do you back up every Customer server nightly? | No. |\n',
      bundled: 'missing',
      withPack: 'negated',
    },
    {
      name: 'a charge word makes a table a price list, whose rows oblige no one',
      pack: 'tableColumns:\n  charges: [tariff]\n',
      body: '## Schedule 3 – Charges\n\n| Service | Tariff |\n|---|---|\n| Nightly backup of every Customer server | GBP 200 |\n',
      bundled: 'weak',
      withPack: 'missing',
    },
  ];
  for (const c of cases) {
    it(`added by a pack, ${c.name}`, () => {
      assert.equal(houseStatus('hedges: []\n', c.body, c.preamble), c.bundled);
      assert.equal(houseStatus(c.pack, c.body, c.preamble), c.withPack);
    });
  }
});
