// A register of who performs which security function (register-items.ts, lexicon `registerItems`):
// the functions in its bracketed list are the record's rows, not duties to perform them.
import { strict as assert } from 'node:assert';
import { parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { itReadsWithPack, packCopyStatus } from './house-pack';
import { bundledStatus } from './matching-helpers';

const BACKUP = 'backup.contracted-service';
const ROLES = 'transparency.roles-responsibilities';

describe('register of security functions', () => {
  it('"for each function (…, backup, …) whether the Provider or the Customer performs it" is no backup duty', () => {
    const text = 'The Provider shall keep a register that states for each security function (account management, event monitoring, patch management, backup and incident handling) whether the Provider or the Customer performs it.';
    assert.equal(bundledStatus(text, BACKUP), 'missing');
    assert.equal(bundledStatus(text, ROLES), 'present');
  });

  it('"which party performs each function of the Service (…)" names rows too', () => {
    const text = 'The Provider shall document which party performs each security function of the Managed Service (account management, event monitoring, patching, backup and incident handling) and name a security contact.';
    assert.equal(bundledStatus(text, BACKUP), 'missing');
  });

  it('"records which security functions (…) the Provider performs and which the Customer keeps"', () => {
    const text = 'The Provider shall keep a statement for the Customer that records which security functions (monitoring, patching, backup and incident response) the Provider performs and which the Customer keeps.';
    assert.equal(bundledStatus(text, BACKUP), 'missing');
  });

  it('must not fire: a list of functions the provider shall perform', () => {
    const text = 'The Provider shall perform the following security functions (patching, backup and incident response) for every Customer server.';
    assert.equal(bundledStatus(text, BACKUP), 'present');
  });

  it('must not fire: a register of functions with no allocation between the parties', () => {
    const text = 'The Provider shall keep a register of the security functions (backup, patching) and review it monthly.';
    assert.equal(bundledStatus(text, BACKUP), 'present');
  });

  it('must not fire: the measure named outside the list as well', () => {
    const text = 'The Provider shall back up every Customer server daily and shall state for each security function (account management, backup and incident handling) whether the Provider or the Customer performs it.';
    assert.equal(bundledStatus(text, BACKUP), 'present');
  });

  it('schema-checked, and a lexicon without the key finds no register', () => {
    assert.deepEqual(parseLexicon('registerItems:\n  heads: [per]\n  functionNouns: [duty]\n', 'lexicon.yaml').problems, []);
    assert.ok(parseLexicon('registerItems:\n  head: [per]\n', 'lexicon.yaml').problems.length > 0);
    assert.equal(compileLexicon({}).registerItems.test('for each function (backup) whether the Provider performs it'), false);
  });

  itReadsWithPack(
    [
      {
        name: 'a noun of what the register lists',
        pack: 'registerItems:\n  functionNouns: [discipline]\n',
        body: 'The Provider shall keep a register that states for each security discipline (monitoring, backup and patching) whether the Provider or the Customer performs it.',
        bundled: 'present',
        withPack: 'missing',
      },
    ],
    (lexicon, body) => packCopyStatus(lexicon, body, BACKUP),
  );
});
