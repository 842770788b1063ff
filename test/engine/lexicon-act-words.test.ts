// The acts whose kind changes how a clause reads are lexicon data (clauses/<pack>/lexicon.yaml,
// `actVerbs`): a disclaimer of deleting a thing says the thing may be kept, and leave for the
// other party to switch a feature on says the feature exists. A pack copy that adds a verb reads a
// sentence the bundled pack reads otherwise; a lexicon without the key still compiles. Sentences
// of our own.
import { strict as assert } from 'node:assert';
import { parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { itReadsWithPack, packCopyStatus } from './house-pack';

const backup = (lexicon: string, body: string): string => packCopyStatus(lexicon, body, 'backup.contracted-service');

describe('act verbs are lexicon data', () => {
  it('the bundled verbs: not having to erase a copy disclaims no backup; leave to enable backups obliges no one', () => {
    assert.equal(backup('hedges: []\n', 'The Provider shall back up all Customer Data every day, but is not required to erase the older backup copies.'), 'present');
    assert.equal(backup('hedges: []\n', 'The Provider shall back up all Customer Data every day, but is not required to keep the older backup copies.'), 'negated');
    assert.equal(backup('hedges: []\n', 'The Customer may enable nightly backups of the Customer Data.'), 'weak');
  });

  it('schema-checked: actVerbs takes its own lists, and an unknown one is refused', () => {
    assert.deepEqual(parseLexicon('actVerbs:\n  removal: [scrub]\n  featureUse: [schedule]\n', 'lexicon.yaml').problems, []);
    assert.ok(parseLexicon('actVerbs:\n  removals: [scrub]\n', 'lexicon.yaml').problems.length > 0);
  });

  it('a lexicon without the key compiles: no act is a removal or a feature switched on', () => {
    const bare = compileLexicon({}).actVerbs;
    assert.equal(bare.removal.test('delete the logs'), false);
    assert.equal(bare.featureUse.test('enable MFA'), false);
  });

  itReadsWithPack(
    [
      { name: 'a removal verb makes its disclaimer no disclaimer of the backup', pack: 'actVerbs:\n  removal: [scrub]\n', body: 'The Provider shall back up all Customer Data every day, but is not required to scrub the older backup copies.', bundled: 'negated', withPack: 'present' },
      { name: 'a feature verb makes the other party’s leave a feature, not its own act', pack: 'actVerbs:\n  featureUse: [schedule]\n', body: 'The Customer may schedule nightly backups of the Customer Data.', bundled: 'missing', withPack: 'weak' },
    ],
    backup,
  );
});
