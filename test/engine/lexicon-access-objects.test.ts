// What deleting takes away access with is lexicon data (clauses/<pack>/lexicon.yaml,
// `accessObjects`): not having to delete copies of data says they may be kept, which disclaims no
// backup, but not having to delete accounts or credentials disclaims removing access and keeps its
// force. A pack copy that adds an object reads a sentence the bundled pack reads otherwise; a
// lexicon without the key still compiles. Sentences of our own.
import { strict as assert } from 'node:assert';
import { parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { itReadsWithPack, packCopyStatus } from './house-pack';

const backup = (lexicon: string, body: string): string => packCopyStatus(lexicon, body, 'backup.contracted-service');

describe('access objects are lexicon data', () => {
  it('the bundled words: not deleting copies is no disclaimer of the backup; not deleting credentials with them is', () => {
    assert.equal(backup('hedges: []\n', 'The Provider shall back up all Customer Data every day, but is not required to erase the older backup copies.'), 'present');
    assert.equal(backup('hedges: []\n', 'The Provider shall back up all Customer Data every day, but is not required to erase the older backup copies or their passwords.'), 'negated');
  });

  it('schema-checked, and a lexicon without the key reads no access object', () => {
    assert.deepEqual(parseLexicon('accessObjects: [badges]\n', 'lexicon.yaml').problems, []);
    assert.ok(parseLexicon('accessObjects: badges\n', 'lexicon.yaml').problems.length > 0);
    assert.equal(compileLexicon({}).accessObject.test('delete the accounts'), false);
  });

  itReadsWithPack(
    [{ name: 'an object that grants access', pack: 'accessObjects: [badges]\n', body: 'The Provider shall back up all Customer Data every day, but is not required to erase the older backup copies or the badges.', bundled: 'present', withPack: 'negated' }],
    backup,
  );
});
