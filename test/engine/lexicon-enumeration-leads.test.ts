// "Including without limitation" opens an enumeration: it says the list that follows is not
// exhaustive, and promises nothing without limit. The provider view warns of absolute or unlimited
// promises (lexicon `absolutePromises`) but not of these words after a word that opens an
// enumeration (lexicon `enumerationLeads`). Sentences of our own.
import { strict as assert } from 'node:assert';
import { parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { itReadsWithPack, packCopyAnalysis } from './house-pack';

/** Does the provider view report the backup clause as promising more than the advisory asks? */
const overCommits = (lexicon: string, body: string): string => String(packCopyAnalysis(lexicon, body, 'backup.contracted-service', { perspective: 'provider' }).findings[0]!.overCommits ?? false);
const bundled = (body: string): string => overCommits('hedges: []\n', body);

describe('an enumeration’s “without limitation” is no unlimited promise', () => {
  it('after “including”, “include”, with or without commas and brackets', () => {
    assert.equal(bundled('The Provider shall back up all Customer Data, including without limitation the mail archives, every day.'), 'false');
    assert.equal(bundled('The Provider shall back up all Customer Data every day, including, without limitation, the mail archives and the finance ledgers.'), 'false');
    assert.equal(bundled('The backups the Provider shall make every day include (without limitation) the mail archives and all other Customer Data.'), 'false');
  });

  it('a promise without limit is still one, and so is an absolute promise after an enumeration', () => {
    assert.equal(bundled('The Provider shall back up all Customer Data every day without limitation.'), 'true');
    assert.equal(bundled('The Provider shall back up all Customer Data every day, including without limitation the mail archives, and guarantees that no Customer Data is ever lost.'), 'true');
  });

  it('schema-checked, and a lexicon without the key reads no enumeration', () => {
    assert.deepEqual(parseLexicon('enumerationLeads: [such as]\n', 'lexicon.yaml').problems, []);
    assert.ok(parseLexicon('enumerationLeads: such as\n', 'lexicon.yaml').problems.length > 0);
    assert.equal(compileLexicon({}).enumerationLead.test('the data, including '), false);
    assert.equal(compileLexicon({ enumerationLeads: ['including'] }).enumerationLead.test('the data, including, ('), true);
  });

  itReadsWithPack(
    [{ name: 'a word that opens an enumeration', pack: 'enumerationLeads: [such as]\n', body: 'The Provider shall back up all Customer Data every day, such as, without limitation, the mail archives.', bundled: 'true', withPack: 'false' }],
    overCommits,
  );
});
