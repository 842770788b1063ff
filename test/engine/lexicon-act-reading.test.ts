// Where a duty's act ends and what a modal inside it belongs to reads its words from the lexicon
// (clauses/<pack>/lexicon.yaml, `actReading`): the verbs of a check whose "can" is what it
// establishes, the words that open a subordinate clause after the act, and the verbs of a party that
// only intends something. A copy of the bundled pack that adds a word reads with it; a lexicon
// without the key still compiles. Sentences of our own.
import { strict as assert } from 'node:assert';
import { bundledLexicon, parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { catalogLexicon } from '../../server/src/engine/lexicon-of';
import { beforeSubordinate, checkedAbility } from '../../server/src/engine/sentence-kinds';
import { itReadsWithPack, packCopy, packCopyStatus } from './house-pack';

const canAt = (text: string): number => text.indexOf(' can ') + 1;

describe('the words that bound a duty’s act are lexicon data', () => {
  it('the bundled words: a checked "can", a condition after the act, a supplier only proposed', () => {
    const words = bundledLexicon().actReading;
    const checked = 'The Provider shall test that each backup can be restored.';
    assert.equal(checkedAbility(checked, canAt(checked), words), true);
    const allowed = 'The Provider can restore each backup.';
    assert.equal(checkedAbility(allowed, canAt(allowed), words), false);
    assert.equal(beforeSubordinate(' review the logs of the Provider as soon as the Customer asks', words), ' review the logs of the Provider ');
    assert.equal(packCopyStatus('hedges: []\n', 'The Customer shall assess the supply chain security of each supplier the Provider proposes to engage.', 'supply-chain.risk-management'), 'wrong-party');
  });

  it('schema-checked: actReading takes its own lists, and an unknown one is refused', () => {
    assert.deepEqual(parseLexicon('actReading:\n  checkingVerbs: [establish]\n  intentVerbs: [contemplates]\n', 'lexicon.yaml').problems, []);
    assert.ok(parseLexicon('actReading:\n  checks: [establish]\n', 'lexicon.yaml').problems.length > 0);
  });

  it('a lexicon without the key compiles: no "can" is a check’s, an act runs to the clause’s end', () => {
    const bare = compileLexicon({}).actReading;
    const checked = 'The Provider shall test that each backup can be restored.';
    assert.equal(checkedAbility(checked, canAt(checked), bare), false);
    assert.equal(beforeSubordinate(' audit the Provider when asked', bare), ' audit the Provider when asked');
  });

  it('added by a pack copy, a verb of checking and a word that opens a condition', () => {
    const words = catalogLexicon(packCopy('actReading:\n  checkingVerbs: [establish]\n  subordinators: [in the event]\n')).actReading;
    const checked = 'The Provider shall establish that each backup can be restored.';
    assert.equal(checkedAbility(checked, canAt(checked), bundledLexicon().actReading), false);
    assert.equal(checkedAbility(checked, canAt(checked), words), true);
    const act = ' audit the suppliers in the event the Provider subcontracts';
    assert.equal(beforeSubordinate(act, bundledLexicon().actReading), act);
    assert.equal(beforeSubordinate(act, words), ' audit the suppliers ');
  });

  itReadsWithPack(
    [
      { name: 'a verb of a party that only intends', pack: 'actReading:\n  intentVerbs: [contemplates]\n', body: 'The Customer shall assess the supply chain security of each supplier the Provider contemplates to engage.', bundled: 'present', withPack: 'wrong-party' },
    ],
    (lexicon, body) => packCopyStatus(lexicon, body, 'supply-chain.risk-management'),
  );
});
