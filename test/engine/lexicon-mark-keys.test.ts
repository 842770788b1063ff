// The key of a responsibility matrix reads its words from the lexicon (clauses/<pack>/lexicon.yaml,
// `markKeys`): the marks, what a mark means, the words that make it a duty, and the connectors of a
// key that spells out initials. A pack copy that adds a word reads a key the bundled pack does not;
// a lexicon without the key still compiles. Sentences of our own.
import { strict as assert } from 'node:assert';
import { parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { itReadsWithPack, packCopyStatus } from './house-pack';

const ROW = '| 4.2 | Apply vendor security patches to all servers within ten days of release | ● | |';

/** A matrix under `key`, its columns headed by initials that `legend` spells out. */
function matrix(key: string, legend = 'Legend: PR = Provider; CU = Customer.', row = ROW): string {
  return ['## 3. How to read the matrix', '', key, '', '## 4. Activities', '', legend, '', '| Ref | Activity | PR | CU |', '|---|---|---|---|', row, ''].join('\n');
}

const patching = (lexicon: string, body: string): string => packCopyStatus(lexicon, body, 'patching.ongoing-service');

describe('the key of a responsibility matrix is lexicon data', () => {
  it('the bundled words: a tick that indicates the party must act binds the party marked', () => {
    assert.equal(patching('hedges: []\n', matrix("A tick in a party's column indicates that the party must carry out the activity.")), 'present');
  });

  it('schema-checked: markKeys takes its own lists, and an unknown one is refused', () => {
    assert.deepEqual(parseLexicon('markKeys:\n  marks: [dot]\n  initialsLinks: [refers to]\n', 'lexicon.yaml').problems, []);
    assert.ok(parseLexicon('markKeys:\n  mark: [dot]\n', 'lexicon.yaml').problems.length > 0);
  });

  it('a lexicon without the key compiles: no key binds and no initials are spelled out', () => {
    const bare = compileLexicon({}).markKeys;
    assert.equal(bare.binds.test("An X in a party's column means that the party shall do it."), false);
    assert.equal([...'CG = Contract Giver'.matchAll(bare.initials)].length, 0);
  });

  itReadsWithPack(
    [
      { name: 'a mark', pack: 'markKeys:\n  marks: [dot]\n', body: matrix("A dot in a party's column means that the party shall perform the activity."), bundled: 'weak', withPack: 'present' },
      { name: 'a noun after the mark', pack: 'markKeys:\n  markNouns: [entry]\n', body: matrix("An X entry in a party's column means that the party shall perform the activity."), bundled: 'weak', withPack: 'present' },
      { name: 'a verb of meaning', pack: 'markKeys:\n  meaningVerbs: [signals]\n', body: matrix("A tick in a party's column signals that the party shall perform the activity."), bundled: 'weak', withPack: 'present' },
      { name: 'words of duty', pack: 'markKeys:\n  bindingWords: [is bound to]\n', body: matrix("An X in a party's column means that the party is bound to perform the activity."), bundled: 'weak', withPack: 'present' },
      {
        name: 'a connector of initials',
        pack: 'markKeys:\n  initialsLinks: [refers to]\n',
        body: matrix("An X in a party's column means that the party shall perform the activity.", 'Legend: PR refers to the Provider; CU refers to the Customer.'),
        bundled: 'weak',
        withPack: 'present',
      },
    ],
    patching,
  );
});
