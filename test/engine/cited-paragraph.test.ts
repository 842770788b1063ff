/**
 * A later qualification that cites a lettered paragraph ("Notwithstanding Section 5.2(a), …") or
 * the numbered clause whose duties sit in lettered paragraphs ("Despite clause 4.1, …") is read
 * against the duty of that paragraph: a numbered clause comprises its paragraphs (a), (b) …
 * Sentences written for this test.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import { aa22, MSA_PREAMBLE } from './matching-helpers';

const CLAUSES = [
  '## 4. Security',
  '4.1 **Safeguards.**',
  '(a) *Authentication.* The Provider shall require multi-factor authentication for every login by its engineers to the Customer systems.',
  '(b) *Backups.* The Provider shall back up Customer Data every day.',
  '(c) *Updates.* The Provider shall install security patches on the Customer systems within fourteen days of release.',
  '(d) *Monitoring.* The Provider shall review security event logs from the Customer systems every day.',
  '4.2 **Power.**',
  '(a) *Generator.* The Customer shall maintain the standby generator.',
].join('\n\n');

function finding(qualification: string, id: string) {
  const result = analyze(`${MSA_PREAMBLE}${CLAUSES}\n\n(b) *Exceptions.* ${qualification}\n`, { catalog: aa22(), force: true });
  return result.findings.find((f) => f.requirement.id === id)!;
}

describe('qualifications that cite a lettered paragraph', () => {
  for (const [qualification, id] of [
    ['Notwithstanding Section 4.1(a), Provider engineers may log in to workstations inside the office network with a password alone.', 'mfa.provider-access'],
    ['Notwithstanding clause 4.1(b), the Provider need only do so once a week for the archive servers.', 'backup.contracted-service'],
    ['Despite clause 4.1 (c), the Provider need only do so at its quarterly site visits.', 'patching.ongoing-service'],
    ['Notwithstanding clause 4.1, the Provider need only do so on Business Days.', 'logging.security-event-management'],
  ] as const) {
    it(`narrows ${id}: ${qualification}`, () => {
      const f = finding(qualification, id);
      assert.ok(f.conflict || f.status === 'weak', `${f.status} ${f.evidence.map((e) => e.text).join(' | ')}`);
    });
  }

  it('a paragraph about another topic lends its words to nothing else', () => {
    const f = finding('Notwithstanding clause 4.2(a), the Provider need only do so during office hours.', 'backup.contracted-service');
    assert.equal(f.status, 'present');
    assert.ok(!f.conflict);
  });
});
