// A later clause that narrows an earlier one reads its words from the lexicon (clauses/<pack>/
// lexicon.yaml, `clauseNarrowing`): the verbs of the cited clause as subject, a time that opens a
// derogation, and the words that cut an exception out ("does not apply to", "applies save that").
// A pack copy that adds a word reads a sentence the bundled pack reads otherwise; a lexicon
// without the key still compiles. Sentences of our own.
import { strict as assert } from 'node:assert';
import { parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { itReadsWithPack, packCopyAnalysis, packCopyStatus } from './house-pack';

const backup = (lexicon: string, body: string): string => packCopyStatus(lexicon, body, 'backup.contracted-service');
const reason = (lexicon: string, body: string): string => packCopyAnalysis(lexicon, body, 'backup.contracted-service').findings[0]!.evidence[0]!.reason;

describe('a later clause that narrows an earlier one is lexicon data', () => {
  it('the bundled words: "does not apply to" and "applies save that" cut an exception out of the cited clause', () => {
    assert.match(reason('hedges: []\n', 'Notwithstanding clause 4, the Provider shall back up the Customer servers, and clause 4 does not apply to the file servers.'), /does not apply to part of what it covered \(“does not apply to …”\)/);
    assert.match(reason('hedges: []\n', 'Clause 4 applies save that the Provider shall back up the Customer servers weekly instead of nightly.'), /applies save that/);
  });

  it('schema-checked: clauseNarrowing takes its own lists, and an unknown one is refused', () => {
    assert.deepEqual(parseLexicon('clauseNarrowing:\n  subjectVerbs: [is confined]\n  applySavings: [other than for]\n', 'lexicon.yaml').problems, []);
    assert.ok(parseLexicon('clauseNarrowing:\n  subjectVerb: [is confined]\n', 'lexicon.yaml').problems.length > 0);
  });

  it('a lexicon without the key compiles: no cited clause is a subject and nothing is cut out', () => {
    const bare = compileLexicon({}).clauseNarrowing;
    assert.equal(bare.citedClauseSubject.test('Clause 6.1 applies only to remote access.'), false);
    assert.equal(bare.doesNotApply.test('Clause 6.1 does not apply to test systems.'), false);
    assert.equal(bare.qualifiesAnother.test('Notwithstanding clause 6.1, the Provider need not patch.'), true);
  });

  itReadsWithPack(
    [
      {
        name: 'words that cut an exception out',
        pack: 'clauseNarrowing:\n  notApplyVerbs: [is disapplied]\n  notApplyObjects: [for]\n',
        body: 'Notwithstanding clause 4, the Provider shall back up every Customer server nightly; clause 4 is disapplied for the file servers.',
        bundled: 'present',
        withPack: 'weak',
      },
      {
        name: 'a saving after "applies"',
        pack: 'clauseNarrowing:\n  applySavings: [other than for]\n',
        body: 'Clause 4 applies other than for the file servers, and the Provider shall back up every Customer server nightly.',
        bundled: 'present',
        withPack: 'weak',
      },
      {
        name: 'a verb of the cited clause as subject',
        pack: 'clauseNarrowing:\n  subjectVerbs: [stays]\n',
        body: 'Clause 4 stays, and the Provider shall back up every Customer server nightly only for the finance team.',
        bundled: 'present',
        withPack: 'weak',
      },
      {
        name: 'a time that opens the derogation',
        pack: 'clauseNarrowing:\n  openingTimes: [throughout]\n',
        body: 'Throughout the transition period, clause 4 does not apply to the file servers, and the Provider shall back up every Customer server nightly.',
        bundled: 'present',
        withPack: 'weak',
      },
    ],
    backup,
  );
});
