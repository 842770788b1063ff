/**
 * A definitions table converted to text puts the term on one line and its meaning on the next:
 * "“Backup Copies”" then "means the copies of the Customer Data that …". The second block opens
 * with lower-case "means", which has no subject of its own: it is the body of a definition and
 * obliges no one, however many of a requirement's words it holds. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

describe('a definition body whose term stands in the block before it', () => {
  it('is no evidence of backups, patching, retention or offline copies', () => {
    const cases: [string, string][] = [
      ['“Backup Service”\n\nmeans the daily backup of all Customer Data to an encrypted off-site store.', 'backup.contracted-service'],
      ['“Patch Window”\n\nmeans the period each month in which security patches are applied to the Managed Devices.', 'patching.ongoing-service'],
      ['“Security Logs”\n\nshall mean the audit logs of the Managed Devices kept for twelve months.', 'logging.retention'],
      ['“Confidential Information”\n\nmeans all information, in hard copy or electronic form, including plans and data, disclosed by either Party.', 'ir.offline-copies'],
    ];
    for (const [body, id] of cases) {
      assert.equal(bundledStatus(`## 1. Interpretation\n\n${body}`, id), 'missing', body);
    }
  });
  it('the term on its own line names a term and obliges no one', () => {
    assert.equal(bundledStatus('## 1. Interpretation\n\n“Backup Copies”\n\nmeans the copies of the Customer Data.', 'backup.contracted-service'), 'missing');
  });
  it('still lets a duty elsewhere decide', () => {
    const body = '## Definitions\n\n“Backup Copies”\n\nmeans the copies of the Customer Data.\n\n## Backups\n\nThe Provider shall back up all Customer Data daily and keep the copies off-site and encrypted.';
    assert.equal(bundledStatus(body, 'backup.contracted-service'), 'present');
  });
});

describe('look-alikes: a sentence that opens with "Means" or puts "means" later still binds', () => {
  it('"Means of access" opening a duty is a subject, not a definition body', () => {
    assert.equal(bundledStatus('## Access\n\nMeans of remote access used by the Provider shall require multi-factor authentication.', 'mfa.provider-access'), 'present');
  });
  it('a duty that names a means later is read as usual', () => {
    assert.equal(bundledStatus('## Backups\n\nThe Provider shall back up all Customer Data daily by means of an encrypted off-site copy.', 'backup.contracted-service'), 'present');
  });
});
