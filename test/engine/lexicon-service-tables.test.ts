// Service tables that allocate each row read their words from the lexicon (clauses/<pack>/lexicon.yaml,
// `serviceTables`): the headers of the Included and Responsible-party columns, a cell that marks a
// row not included and a cell that marks a party's column. A pack copy that adds a word reads a
// table the bundled pack reads otherwise; a lexicon without the key still compiles. Tables of our own.
import { strict as assert } from 'node:assert';
import { parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { serviceColumns } from '../../server/src/engine/table-rows';
import { itReadsWithPack, packCopyStatus } from './house-pack';

const backup = (lexicon: string, body: string): string => packCopyStatus(lexicon, body, 'backup.contracted-service');
/** A schedule binding the rows marked included, with one table: `head` and `row`. */
const schedule = (head: string, row: string): string => `## Schedule 2 — Services\n\nThe Provider shall perform the services marked as included below.\n\n${head}\n${head.replace(/[^|]+/g, '---')}\n${row}\n`;
const SERVICE = 'Backup of all Customer servers';

describe('service tables are lexicon data', () => {
  it('the bundled words: a row marked "No" is negated, a customer in the Responsible column is the wrong party', () => {
    assert.equal(backup('hedges: []\n', schedule('| Service | Included | Responsible party |', `| ${SERVICE} | No | Provider |`)), 'negated');
    assert.equal(backup('hedges: []\n', schedule('| Service | Included | Responsible party |', `| ${SERVICE} | Yes | Customer |`)), 'wrong-party');
  });

  it('schema-checked: serviceTables takes its own lists, and an unknown one is refused', () => {
    assert.deepEqual(parseLexicon('serviceTables:\n  marks: [tick]\n  notIncluded: [optional extra]\n', 'lexicon.yaml').problems, []);
    assert.ok(parseLexicon('serviceTables:\n  mark: [tick]\n', 'lexicon.yaml').problems.length > 0);
  });

  it('a lexicon without the key compiles: no column allocates rows, no cell marks one', () => {
    const bare = compileLexicon({}).serviceTables;
    assert.equal(serviceColumns('Service | Included | Responsible party', bare), undefined);
    assert.equal(bare.mark.test('X'), false);
    assert.equal(bare.notIncluded.test('No'), false);
  });

  itReadsWithPack(
    [
      { name: 'a header of the Included column', pack: 'serviceTables:\n  includedHeaders: [part of service]\n', body: schedule('| Service | Part of service | Responsible party |', `| ${SERVICE} | No | Provider |`), bundled: 'weak', withPack: 'negated' },
      { name: 'a header of the Responsible column', pack: 'serviceTables:\n  responsibleHeaders: [carried out by]\n', body: schedule('| Service | Included | Carried out by |', `| ${SERVICE} | Yes | Customer |`), bundled: 'present', withPack: 'wrong-party' },
      { name: 'a cell that marks a row not included', pack: 'serviceTables:\n  notIncluded: [optional extra]\n', body: schedule('| Service | Included | Responsible party |', `| ${SERVICE} | Optional extra | Provider |`), bundled: 'weak', withPack: 'negated' },
      { name: "a mark in a party's column", pack: 'serviceTables:\n  marks: [tick]\n', body: '| Activity | Provider | Customer |\n|---|---|---|\n| Back up all Customer servers nightly | | Tick |\n', bundled: 'weak', withPack: 'wrong-party' },
    ],
    backup,
  );
});
