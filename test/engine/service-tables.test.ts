// Service tables with an "Included" column and a "Responsible party" column (table-rows.ts,
// table-context.ts): the columns decide each row, and a clause that binds the rows marked
// included makes those rows duties.
import { strict as assert } from 'node:assert';
import { serviceColumns } from '../../server/src/engine/table-rows';
import { bundledStatus } from './matching-helpers';

const TABLE_HEAD = '| Service | Included | Frequency | Responsible party |\n|---|---|---|---|\n';
const BINDING = 'The Provider shall deliver each service marked "Yes" in the Included column of the table below.\n\n';

describe('service tables: Included and Responsible-party columns', () => {
  it('finds the allocating columns of a header row', () => {
    assert.deepEqual(serviceColumns('Service | Included | Frequency | Responsible party'), { included: 1, responsible: 3 });
    assert.deepEqual(serviceColumns('Activity | In scope? | Owner'), { included: 1, responsible: 2 });
    assert.equal(serviceColumns('Log type | Retention period'), undefined);
  });

  it('a row marked included, bound by a clause, is the provider’s duty', () => {
    const body = `${BINDING}${TABLE_HEAD}| Restoration tests of the Customer's backups | Yes | Every quarter | Provider |\n`;
    assert.equal(bundledStatus(body, 'backup.testing'), 'present');
  });

  it('without a binding clause the same row only describes the service', () => {
    const body = `${TABLE_HEAD}| Restoration tests of the Customer's backups | Yes | Every quarter | Provider |\n`;
    assert.equal(bundledStatus(body, 'backup.testing'), 'weak');
  });

  it('a row marked "No" is not included: negated', () => {
    const body = `${BINDING}${TABLE_HEAD}| Restoration tests of the Customer's backups | No (Customer task) | — | Customer |\n`;
    assert.equal(bundledStatus(body, 'backup.testing'), 'negated');
  });

  it('a row whose responsible party is the customer is not the provider’s duty', () => {
    const body = `${BINDING}${TABLE_HEAD}| Restoration tests of the Customer's backups | Yes | Every quarter | Customer |\n`;
    assert.equal(bundledStatus(body, 'backup.testing'), 'wrong-party');
  });

  it('a hedge in another cell of a bound row still weakens it', () => {
    const body = `${BINDING}${TABLE_HEAD}| Restoration tests of the Customer's backups | Yes | Quarterly where capacity allows | Provider |\n`;
    assert.equal(bundledStatus(body, 'backup.testing'), 'weak');
  });
});
