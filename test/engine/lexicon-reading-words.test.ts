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

  it('an incorporation word added by a pack makes the answers warranties', () => {
    const body = "## Appendix A – Questionnaire\n\nThe Provider's answers below are adopted as terms of this Agreement.\n\n**Q1 Do you back up every Customer server nightly?**\n\nA: Yes.\n";
    assert.equal(houseStatus('hedges: []\n', body), 'weak');
    assert.equal(houseStatus('incorporation:\n  terms: [adopted as terms]\n', body), 'present');
  });

  it('a condition word added by a pack makes an optional bracket a proposed condition', () => {
    const body = 'The Provider shall back up every Customer server nightly [contingent upon the Customer paying the backup fee].\n';
    assert.equal(houseStatus('hedges: []\n', body), 'present');
    assert.equal(houseStatus('brackets:\n  conditions: [contingent upon]\n', body), 'weak');
  });

  it('a service verb added by a pack casts the party that provides the services', () => {
    const preamble = '# Shared Services Agreement\n\nThis Agreement is between Harbor Shared Services Company Limited (the "Company") and Northwind Borough Council (the "Council").\n\nThe Company administers the ICT services of the Council.\n\n';
    const body = 'The Company shall back up every Customer server nightly.\n';
    assert.equal(houseStatus('hedges: []\n', body, preamble), 'wrong-party');
    assert.equal(houseStatus('serviceCast:\n  verbs: [administers]\n', body, preamble), 'present');
  });

  it('a verb added by a pack binds the service-level table, and a no-credit word added by a pack unbinds a row', () => {
    const table = (verb: string): string => `The Provider shall ${verb} the Service Levels in Table 1.\n\nTable 1 – Backup service levels\n\n| Service Level | Target | Service Credit |\n|---|---|---|\n| Nightly backup of every Customer server | 100% | 5% of the monthly charge |\n`;
    assert.equal(houseStatus('hedges: []\n', table('honour')), 'weak');
    assert.equal(houseStatus('serviceLevels:\n  verbs: [honour]\n', table('honour')), 'present');
    assert.equal(houseStatus('hedges: []\n', table('meet')), 'present');
    assert.equal(houseStatus('serviceLevels:\n  noCredit: [5% of the monthly charge]\n', table('meet')), 'weak');
  });

  it('an interrogative added by a pack makes a sentence a question its answer refuses', () => {
    const body = '## Security questionnaire\n\n**Q1 Kindly confirm you back up every Customer server nightly?**\n\nA: No.\n';
    assert.equal(houseStatus('hedges: []\n', body), 'weak');
    assert.equal(houseStatus('questionnaires:\n  interrogatives: [kindly confirm]\n', body), 'negated');
  });

  it('an answer header added by a pack makes a column the answers to the questions beside it', () => {
    const body = '## Security questionnaire\n\n| Question | Declaration |\n|---|---|\n| Do you back up every Customer server nightly? | No. |\n';
    assert.equal(houseStatus('hedges: []\n', body), 'missing');
    assert.equal(houseStatus('questionnaires:\n  answerHeaders: [declaration]\n', body), 'negated');
  });

  it('a charge word added by a pack makes a table a price list, whose rows oblige no one', () => {
    const body = '## Schedule 3 – Charges\n\n| Service | Tariff |\n|---|---|\n| Nightly backup of every Customer server | GBP 200 |\n';
    assert.equal(houseStatus('hedges: []\n', body), 'weak');
    assert.equal(houseStatus('tableColumns:\n  charges: [tariff]\n', body), 'missing');
  });
});
