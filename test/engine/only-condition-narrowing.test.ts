/**
 * "Only where …" conditions that narrow a duty: set off by "but", or in a sentence that qualifies
 * another clause ("Notwithstanding clause 4.2, …"). Own test sentences.
 */
import { strict as assert } from 'node:assert';
import { BACKUP, MFA, findingOf, req, run, statusOf } from './matching-helpers';

const ACCESS = req({ id: 't.access', detect: [['access rights', 'only to the extent necessary']] });

describe('only-where narrowing', () => {
  it('reads "…, but only where …" as a narrowed duty', () => {
    assert.equal(statusOf('The Provider shall enforce MFA on remote logins, but only where the Customer’s firewall supports it.', MFA), 'weak');
    assert.equal(statusOf('The Provider shall enforce MFA on remote logins, but only if the Customer pays for the tokens.', MFA), 'weak');
  });

  it('reads a later "Notwithstanding …, … only where …" as a narrowing of the earlier clause', () => {
    const f = findingOf(run('4.2 The Provider shall back up all servers nightly.\n\n4.9 Notwithstanding clause 4.2, the Provider shall back up servers only where the Customer has bought extra storage.', [BACKUP]), BACKUP.id);
    assert.notEqual(f.status, 'present');
  });

  it('says whether the narrowing limits when the duty holds or what it covers', () => {
    const when = findingOf(run('The Provider shall enforce MFA on remote logins, but only where the Customer’s firewall supports it.', [MFA]), MFA.id);
    assert.match(when.evidence[0]?.reason ?? '', /narrowed to when a condition holds \(“only where …”\)/);
    const scope = findingOf(run('2.1 The Provider shall enforce MFA on every login.\n\n2.4 Notwithstanding clause 2.1, the Provider shall enforce MFA only for logins from outside its offices.', [MFA]), MFA.id);
    assert.match(scope.evidence.map((e) => e.reason).join(' | '), /narrowed to part of what it covers \(“only for …”\)/);
  });

  it('leaves an unqualified duty and a plain "only where" inside an ordinary duty alone', () => {
    assert.equal(statusOf('The Provider shall enforce MFA on remote logins.', MFA), 'present');
    // No "but", no later qualification: "only when" here tells when backups are taken, it narrows nothing.
    assert.equal(statusOf('The Provider shall take an extra backup only when a change is deployed, in addition to the nightly backup.', BACKUP), 'present');
  });

  it('does not read the requirement’s own words as a narrowing', () => {
    assert.equal(statusOf('The Provider shall grant access rights to its staff, but only to the extent necessary for their role.', ACCESS), 'present');
  });

  it('reads the "but only" condition of the clause after the concept only', () => {
    assert.equal(statusOf('The Provider shall enforce MFA on remote logins; the Customer may audit it, but only where the Provider agrees.', MFA), 'present');
  });
});
