import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

/** Systems named in a list of what an access or logging control covers are not a duty of their own kind. */
describe('systems listed under another control (backup consoles, log sources)', () => {
  it('does not read backup consoles among the logins MFA covers as a backup duty', () => {
    const body = '4.1 The Provider shall require multi-factor authentication for every login of its engineers to servers, storage arrays and backup consoles.';
    assert.equal(bundledStatus(body, 'backup.contracted-service'), 'missing');
  });

  it('still reads a backup duty that also names the backup console', () => {
    const body = '4.1 The Provider shall back up every production server each night and allow only named engineers to use the backup console.';
    assert.equal(bundledStatus(body, 'backup.contracted-service'), 'present');
  });

  it('does not read a remote access gateway among log sources as a dedicated access path', () => {
    const body = '6.3 The Provider shall forward the audit logs of its firewalls, domain controllers and remote access gateway to its monitoring platform.';
    assert.equal(bundledStatus(body, 'network.dedicated-connection'), 'missing');
  });

  it('still reads access routed only through a gateway whose logs are also kept', () => {
    const body = '6.3 The Provider shall reach the Customer systems only through a remote access gateway and shall keep the logs of every session for a year.';
    assert.equal(bundledStatus(body, 'network.dedicated-connection'), 'present');
  });
});
