/**
 * A later qualification that names the clause it qualifies by number ("Notwithstanding clause
 * 6.1, …") is read with that clause's words, and a carve-out that disclaims the duty narrows it
 * even when the duty's words are only in the carve-out. Sentences of our own.
 */
import { strict as assert } from 'node:assert';
import { clauseText, qualifiedClauseNumber } from '../../server/src/engine/cited-clause';
import { parseDocument } from '../../server/src/engine/parse';
import { BACKUP, bundledStatus, findingOf, req, run, statusOf } from './matching-helpers';

/** Two groups, as the bundled provider-access MFA requirement has: the factor and whose access. */
const MFA_ACCESS = req({ id: 't.mfa-access', detect: [['multi-factor authentication', 'MFA'], ['engineers', 'remote access']] });

describe('a later qualification that cites a clause by number', () => {
  it('reads the cited number', () => {
    assert.equal(qualifiedClauseNumber('Notwithstanding clause 4.2, the Provider need only do so on weekdays.'), '4.2');
    assert.equal(qualifiedClauseNumber('(c) Despite Section 7, backups may be skipped during migrations.'), '7');
    assert.equal(qualifiedClauseNumber('The Provider shall keep to clause 4.2 at all times.'), undefined);
  });

  it('finds the clause by its enumerator or its section heading', () => {
    const doc = parseDocument('# Terms\n\n## 4. Access\n\n4.2 Engineers shall use MFA for remote access.\n\n## 7. Backups\n\nServers are backed up nightly.\n');
    assert.match(clauseText(doc, '4.2') ?? '', /Engineers shall use MFA/);
    assert.match(clauseText(doc, '7') ?? '', /backed up nightly/);
    assert.equal(clauseText(doc, '9.9'), undefined);
  });

  it('narrows the cited duty: the qualification decides and the two are reported as a conflict', () => {
    const body = '## 4. Access\n\n4.2 The Provider shall ensure that its engineers use MFA for all remote access.\n\n## 9. Exceptions\n\n9.1 Notwithstanding clause 4.2, the Provider shall use MFA only where the Customer\'s firewall supports it.\n';
    const f = findingOf(run(body, [MFA_ACCESS]), 't.mfa-access');
    assert.equal(f.status, 'weak');
    assert.ok(f.conflict, 'a conflict between the clause and its qualification');
  });

  it('leaves the duty alone when the cited clause is about something else', () => {
    const body = '## 4. Access\n\n4.2 The Provider shall ensure that its engineers use MFA for all remote access.\n\n## 6. Fees\n\n6.1 Fees are due monthly.\n\n## 9. Exceptions\n\n9.1 Notwithstanding clause 6.1, the Provider shall use MFA only where the Customer\'s firewall supports it.\n';
    assert.equal(findingOf(run(body, [MFA_ACCESS]), 't.mfa-access').status, 'present');
  });
});

describe('a carve-out that disclaims the duty it qualifies', () => {
  it('narrows the duty when its words are only in the carve-out', () => {
    assert.equal(statusOf('The Provider shall operate the file servers, save that it shall have no obligation to back up test servers.', BACKUP), 'weak');
  });

  it('"Nothing in this SOW requires …" disclaims, as "Nothing in this Agreement requires …" does', () => {
    assert.equal(statusOf('Nothing in this SOW requires the Provider to back up laptops.', BACKUP), 'negated');
    assert.equal(statusOf('Nothing in these terms require the Provider to back up laptops.', BACKUP), 'negated');
  });
});

describe('a transitional derogation that opens with a time', () => {
  const base = '## 6. Patching\n\n6.1 The Provider shall apply security patches to all Customer servers within fourteen (14) days of release.\n\n## 9. Transition\n\n';
  const status = (q: string): string => bundledStatus(base + q, 'patching.ongoing-service');
  it('"Until <date>, clause 6.1 applies only to …" and "During …, notwithstanding clause 6.1, …" narrow the duty', () => {
    assert.equal(status('9.1 Until 30 June 2027, clause 6.1 applies only to internet-facing servers, and for those the Provider shall apply security patches within ninety days.'), 'weak');
    assert.equal(status('9.1 During the first year of the term, notwithstanding clause 6.1, the Provider shall apply security patches only to internet-facing servers.'), 'weak');
  });
  it('must not: a time before a clause that applies in full narrows nothing', () => {
    assert.equal(status('9.1 Until the end of the term, clause 6.1 applies to every server the Provider manages.'), 'present');
    assert.equal(status('9.1 From the Start Date, the Provider shall apply security patches to all Customer servers within fourteen (14) days of release.'), 'present');
  });
});
