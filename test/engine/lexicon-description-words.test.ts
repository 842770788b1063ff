// A service description made binding by the terms reads its words from the lexicon
// (clauses/<pack>/lexicon.yaml, `serviceDescriptions`): what makes a description's statements
// obligations, what the description says the service is, what keeps a statement from being a
// promise. A pack copy that adds a word reads a sentence the bundled pack reads otherwise; a
// lexicon without the key still compiles. Sentences of our own.
import { strict as assert } from 'node:assert';
import { parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { itReadsWithPack, packCopyStatus } from './house-pack';

const described = (statement: string, declaration: string): string => `## Schedule 2 — Service Description\n\n### Backups\n\n${statement}\n\n## Terms\n\n${declaration}`;
const BINDS = 'The Provider shall deliver each feature described in Schedule 2 as a contractual commitment.';
const backup = (lexicon: string, body: string): string => packCopyStatus(lexicon, body, 'backup.contracted-service');

describe('service-description words are lexicon data', () => {
  it('the bundled words: a declaration binds the description; a statement of what the provider may do stays', () => {
    assert.equal(backup('hedges: []\n', described('The Provider copies every Customer server to a second site each night.', BINDS)), 'present');
    assert.equal(backup('hedges: []\n', described('The Provider copies every Customer server to a second site each night.', 'The Provider shall deliver each feature described in Schedule 2.')), 'weak');
  });

  it('schema-checked, and a lexicon without the key binds no description', () => {
    assert.deepEqual(parseLexicon('serviceDescriptions:\n  binding: [firm promise]\n  serviceNouns: [platform]\n', 'lexicon.yaml').problems, []);
    assert.ok(parseLexicon('serviceDescriptions:\n  bindings: [firm promise]\n', 'lexicon.yaml').problems.length > 0);
    assert.equal(compileLexicon({}).serviceDescriptions.binds.test('binding obligations'), false);
  });

  itReadsWithPack(
    [
      { name: 'words that make a description binding', pack: 'serviceDescriptions:\n  binding: [firm promise]\n', body: described('The Provider copies every Customer server to a second site each night.', 'The Provider shall deliver each feature described in Schedule 2 as a firm promise.'), bundled: 'weak', withPack: 'present' },
    ],
    backup,
  );
});
