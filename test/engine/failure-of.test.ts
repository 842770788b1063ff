/**
 * A sentence that names what the other party failed to do ("data lost through the Customer's
 * failure to back it up") allocates the consequences of that failure; it neither disclaims the
 * provider's duty nor gives it. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const BACKUP = 'backup.contracted-service';
const DAILY = 'The Provider shall back up the Customer data every day. ';

describe("failure-of: the other party's failure is no disclaimer of the duty", () => {
  it('an exclusion of support after the Customer’s failure to back up leaves a backup duty present', () => {
    assert.equal(bundledStatus(`${DAILY}Support excludes work required to rebuild data following the Customer's failure to back up its laptops.`, BACKUP), 'present');
  });
  it('a liability exclusion for the Customer failing to back up is no evidence on its own', () => {
    assert.equal(bundledStatus('The Provider is not liable for data lost because the Customer fails to back up its own devices.', BACKUP), 'missing');
    assert.equal(bundledStatus('The Provider is not liable for any loss arising from the failure of the Customer to back up its data.', BACKUP), 'missing');
  });
  it('the Provider’s own failure stays evidence', () => {
    assert.notEqual(bundledStatus('The Provider shall be liable for data lost through its failure to back up the Customer data.', BACKUP), 'missing');
  });
  it('a real disclaimer still negates', () => {
    assert.equal(bundledStatus('The Provider is not required to back up the Customer data.', BACKUP), 'negated');
  });
});

describe('backup near-miss: backup withholding is a tax term', () => {
  it('a statement line about back-up withholding of interest is no backup evidence', () => {
    assert.equal(bundledStatus('The Services include a year-end report of tax withholding (back-up withholding on interest payments).', BACKUP), 'missing');
  });
  it('a sentence that also backs up data stays evidence', () => {
    assert.equal(bundledStatus('The Provider shall back up the withholding records held on its servers every day.', BACKUP), 'present');
  });
});

describe('backup: restoring from backups only implies them', () => {
  it('a duty to restore lost data from its backup media reads weak', () => {
    assert.equal(bundledStatus('Customer Data lost by the Provider shall be restored by the Provider from its backup media at no charge.', BACKUP), 'weak');
  });
  it('a duty that also takes the backups stays present', () => {
    assert.equal(bundledStatus('The Provider shall back up Customer Data daily and restore lost data from its backups at no charge.', BACKUP), 'present');
  });
});
