// The words of requirement tables, questionnaire verdicts, negotiation brackets and conformance
// keywords are lexicon data (clauses/<pack>/lexicon.yaml): a workspace pack that adds a word is
// read with it. Sentences of our own.
import { strict as assert } from 'node:assert';
import { bundledLexicon, parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { complianceAnswer, rowPriority } from '../../server/src/engine/compliance-matrix';
import { bracketsOf } from '../../server/src/engine/negotiation';
import { verdictOf } from '../../server/src/engine/questionnaire';
import { houseStatus } from './house-pack';

const statusWith = houseStatus;

describe('document-shape words are lexicon data', () => {
  it('the bundled lexicon reads the usual table answers, priorities, verdicts and bracket labels', () => {
    const lex = bundledLexicon();
    assert.equal(complianceAnswer('Fully compliant', lex.tables), 'full');
    assert.equal(rowPriority('Could', lex.tables), 'target');
    assert.equal(verdictOf('Partially, on weekdays.', lex.verdicts)?.verdict, 'partial');
    assert.deepEqual(bracketsOf('[NTD: check this] [Agreed:]', lex.brackets).map((b) => b.kind), ['note', 'agreed']);
  });

  it('schema-checked: an unknown key under requirementTables is refused', () => {
    assert.ok(parseLexicon('requirementTables:\n  priorityHeaderz: [rank]\n', 'lexicon.yaml').problems.length > 0);
  });

  it('a response word added by a pack reaches the requirement table', () => {
    const body = '| Ref | Requirement | Response |\n|---|---|---|\n| B-1 | The Provider shall back up every Customer server nightly. | Declined |\n';
    assert.equal(statusWith('hedges: []\n', body), 'present');
    assert.equal(statusWith('requirementTables:\n  none: [declined]\n', body), 'negated');
  });

  it('a priority word and a priority header added by a pack reach the table', () => {
    const body = '| Ref | Requirement | Rank |\n|---|---|---|\n| B-1 | The Provider shall back up every Customer server nightly. | Nice-to-have |\n';
    assert.equal(statusWith('hedges: []\n', body), 'present');
    assert.equal(statusWith('requirementTables:\n  priorityHeaders: [rank]\n  targetPriority: [nice-to-have]\n', body), 'weak');
  });

  it('a verdict word added by a pack reaches the questionnaire', () => {
    const body = "## Appendix A – Questionnaire\n\nThe Provider's answers below are incorporated into this Agreement as warranties.\n\n**Q1 Do you back up every Customer server nightly?**\n\nA: Negative.\n";
    assert.notEqual(statusWith('hedges: []\n', body), 'negated');
    assert.equal(statusWith('verdicts:\n  no: [negative]\n', body), 'negated');
  });

  it('a bracket label added by a pack makes the bracket a note, not a term', () => {
    const body = 'The Provider shall back up every Customer server nightly [Remark from counsel: the Provider shall not back up servers].\n';
    assert.equal(statusWith('brackets:\n  note: [remark from counsel]\n', body), 'present');
  });
});
