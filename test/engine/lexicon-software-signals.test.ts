// The words that tell software documentation from legal drafting are lexicon data
// (clauses/<pack>/lexicon.yaml, `softwareSignals`): the names of open-source licences, read at a
// line start in a document's opening, and package-manager install commands. A copy of the bundled
// pack that adds a word reads a document the bundled pack reads as a contract as none; a lexicon
// without the key still compiles. Documents of our own.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import { bundledLexicon, parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { packCopy } from './house-pack';

const LEDGER = '1. The Supplier shall keep the shared ledger.\n2. The Supplier shall report to the Customer each month.\n3. The Customer shall pay the Supplier within ten days.\n4. The Supplier shall keep the ledger for six years.\n';

describe('software documentation words are lexicon data', () => {
  it('the bundled lexicon reads licence names at a line start, and install commands as typed', () => {
    const words = bundledLexicon().contractSignals;
    assert.ok(words.licenceName.test('# The BSD 3-Clause License\n\nCopyright …'));
    assert.equal(words.licenceName.test('These terms mention the Mozilla Public License.'), false);
    assert.equal('Run npm install, then pip3 install harbor; apt-get install git.'.match(words.installCommand)?.length, 3);
    assert.equal('NPM INSTALL'.match(words.installCommand), null);
  });

  it('schema-checked: softwareSignals takes its own lists, and an unknown one is refused', () => {
    assert.deepEqual(parseLexicon('softwareSignals:\n  licenceNames: [Harbor Community Licence]\n  installCommands: [uv add]\n', 'lexicon.yaml').problems, []);
    assert.ok(parseLexicon('softwareSignals:\n  licences: [Harbor Community Licence]\n', 'lexicon.yaml').problems.length > 0);
  });

  it('a lexicon without the key compiles: no licence name or install command is read', () => {
    const bare = compileLexicon({}).contractSignals;
    assert.equal(bare.licenceName.test('Apache License\nVersion 2.0'), false);
    assert.equal('npm install harbor'.match(bare.installCommand), null);
  });

  const read = (lexicon: string, text: string): ReturnType<typeof analyze> => analyze(text, { catalog: packCopy(lexicon) });
  for (const c of [
    { name: 'a licence name makes the document a licence', pack: 'softwareSignals:\n  licenceNames: [Harbor Community Licence]\n', text: `Harbor Community Licence, version 2\n\n# Harbor Ledger Agreement\n\n${LEDGER}`, reason: /an open-source licence/ },
    { name: 'install commands make it software documentation', pack: 'softwareSignals:\n  installCommands: [uv add]\n', text: `# Ledger Agreement\n\nInstall the tool with \`uv add ledger\`.\n\n${LEDGER}\nuv add ledger\n\nuv add ledger-extra\n`, reason: /3 install commands/ },
    { name: 'a package runner before a scoped package is an install command', pack: 'softwareSignals:\n  packageRunners: [uvx]\n', text: `# Ledger Agreement\n\nRun uvx @harbor/ledger to check.\n\n${LEDGER}\nuvx @harbor/ledger\n\nuvx @harbor/ledger-extra\n`, reason: /3 install commands/ },
  ]) {
    it(`added by a pack copy, ${c.name}`, () => {
      assert.equal(read('hedges: []\n', c.text).isContract, true);
      const withPack = read(c.pack, c.text);
      assert.equal(withPack.isContract, false);
      assert.match(withPack.contractReason, c.reason);
    });
  }
});
