/**
 * "is not required to purge copies held in backups": a disclaimer of deleting a thing says the
 * thing may be kept; it disclaims neither backing it up nor retaining it. Data-protection terms
 * say this about backups and logs all the time (deletion at the end of a contract reaches backup
 * copies only as they rotate out). Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const BACKUP = 'backup.contracted-service';
const RETENTION = 'logging.retention';
const DEPROVISION = 'accounts.deprovisioning';

describe('removal-disclaimer: not having to delete a thing is no disclaimer of keeping it', () => {
  it('not required to purge copies held in backups gives no backup evidence', () => {
    assert.equal(bundledStatus('After termination the Provider shall stop using Customer Data but is not required to purge copies retained in its backups.', BACKUP), 'missing');
    assert.equal(bundledStatus('The Provider is under no obligation to delete Customer Data from backup media before the media are overwritten in the ordinary cycle.', BACKUP), 'missing');
  });
  it('not obliged to erase logs is no disclaimer of log retention', () => {
    assert.notEqual(bundledStatus('The Provider is not obliged to erase audit logs that hold Customer user names.', RETENTION), 'negated');
  });
  it('the backup duty beside it still decides', () => {
    assert.equal(bundledStatus('The Provider shall back up Customer Data every day. The Provider is not required to destroy backup copies before their scheduled expiry.', BACKUP), 'present');
  });
  it('a disclaimer of backing up still negates', () => {
    assert.equal(bundledStatus('The Provider is not required to back up Customer Data.', BACKUP), 'negated');
    assert.equal(bundledStatus('The Provider is not required to keep backups of Customer Data.', BACKUP), 'negated');
  });
  it('when deleting is the duty itself the disclaimer still negates it', () => {
    assert.equal(bundledStatus('The Provider is not required to delete or disable the accounts of its personnel who leave.', DEPROVISION), 'negated');
  });
});
