/**
 * "In derogation from Article 10, …", "By way of derogation from clause 4, …": the civil-law and EU
 * way of opening a later qualification, read like "Notwithstanding clause 4, …" against the clause
 * it cites. Sentences written for this test.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import { aa22, MSA_PREAMBLE } from './matching-helpers';
import { qualifiedClauseNumber } from '../../server/src/engine/cited-clause';

const ARTICLES = [
  '## Article 4 (Security of the Managed Systems)',
  '(1) The Provider shall require multi-factor authentication for every login by its engineers to the Customer systems.',
  '(2) The Provider shall back up Customer Data every day.',
  '## Article 5 (Updates and monitoring)',
  '(1) The Provider shall install security patches on the Customer systems within fourteen days of release.',
  '(2) The Provider shall review security event logs from the Customer systems every day.',
  '## Article 12 (Final provisions)',
  '(1) This Agreement is governed by the laws of Ruritania.',
].join('\n\n');

function finding(qualification: string, id: string) {
  const result = analyze(`${MSA_PREAMBLE}${ARTICLES}\n\n(2) ${qualification}\n`, { catalog: aa22(), force: true });
  return result.findings.find((f) => f.requirement.id === id)!;
}

describe('qualifications opened by a derogation', () => {
  for (const [qualification, id] of [
    ['In derogation from Article 4, the Provider need only do so where the system supports it.', 'mfa.provider-access'],
    ['By way of derogation from Article 4 (2), the Provider need only do so once a week for the archive servers.', 'backup.contracted-service'],
    ['In derogation of Article 5, the Provider need only install patches at its quarterly site visits.', 'patching.ongoing-service'],
    ['By way of derogation from Article 5 (2), the Provider need only do so on Business Days.', 'logging.security-event-management'],
  ] as const) {
    it(`narrows ${id}: ${qualification}`, () => {
      const f = finding(qualification, id);
      assert.ok(f.conflict || f.status === 'weak', `${f.status} ${f.evidence.map((e) => e.text).join(' | ')}`);
    });
  }

  it('finds the cited number in each form', () => {
    assert.equal(qualifiedClauseNumber('In derogation from Article 10, the Provider owes only …'), '10');
    assert.equal(qualifiedClauseNumber('(3) By way of derogation from clause 6.2, the Provider need only …'), '6.2');
    assert.equal(qualifiedClauseNumber('In derogation of Section 4.1(b), backups are weekly.'), '4.1(b)');
  });

  it('a derogation that qualifies no clause of the duty leaves it whole', () => {
    for (const text of [
      'Nothing in this Agreement is a derogation from the Customer\'s statutory rights.',
      'In derogation from Article 12 (1), disputes go to arbitration in Geneva.',
    ]) {
      for (const id of ['mfa.provider-access', 'backup.contracted-service', 'patching.ongoing-service']) {
        const f = finding(text, id);
        assert.equal(f.status, 'present', `${id}: ${text}`);
        assert.ok(!f.conflict, `${id}: ${text}`);
      }
    }
  });
});
