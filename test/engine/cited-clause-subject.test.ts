/**
 * A later clause that names the duty's clause as its subject ("Clause 1.1 applies only where …",
 * "Clause 1.1 does not apply to …") qualifies that duty although it repeats none of its words; a
 * sentence that only restates the cited clause ("Clause 1.1 applies to all systems") changes
 * nothing. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';
import { aa22, bundledRequirement, bundledStatus, MSA_PREAMBLE } from './matching-helpers';

const DUTIES: [string, string][] = [
  ['patching.ongoing-service', 'The Provider shall apply security patches to the Customer systems within fourteen days of release.'],
  ['backup.contracted-service', 'The Provider shall back up the Customer Data every day.'],
  ['mfa.provider-access', 'The Provider shall require multi-factor authentication for every account its personnel use to access the Customer systems.'],
];
const withLater = (duty: string, later: string): string => `## 1. Security\n\n1.1 ${duty}\n\n1.2 ${later}`;

describe('cited clause as subject: a later clause that qualifies the duty by its number', () => {
  for (const [id, duty] of DUTIES) {
    it(`${id}: narrowed by "applies only", "does not apply to", "for the avoidance of doubt … reasonable endeavours"`, () => {
      assert.equal(bundledStatus(withLater(duty, 'Clause 1.1 applies only where the Customer has paid the Premium Support fee.'), id), 'weak');
      assert.equal(bundledStatus(withLater(duty, 'The obligation in clause 1.1 applies only to servers, and not to end-user devices.'), id), 'weak');
      assert.equal(bundledStatus(withLater(duty, 'Clause 1.1 does not apply to systems the Customer hosts itself.'), id), 'weak');
      assert.equal(bundledStatus(withLater(duty, 'For the avoidance of doubt, clause 1.1 is an obligation to use reasonable endeavours only.'), id), 'weak');
    });
    it(`${id}: a sentence that only restates the cited clause leaves it firm`, () => {
      assert.equal(bundledStatus(withLater(duty, 'Clause 1.1 applies to all Customer systems, including those hosted in the cloud.'), id), 'present');
      assert.equal(bundledStatus(withLater(duty, 'Clause 1.1 is a material term of this Agreement.'), id), 'present');
    });
  }
  it('the hover says the later clause narrows the duty', () => {
    // The reason names what was cut out, so a reader sees why a firm clause reads weak.
    const catalog = { ...aa22(), requirements: [bundledRequirement('backup.contracted-service')] };
    const text = MSA_PREAMBLE + withLater(DUTIES[1]![1], 'Clause 1.1 does not apply to data held on laptops.') + '\n';
    const finding = analyze(text, { catalog, force: true }).findings[0]!;
    assert.equal(finding.status, 'weak');
    assert.ok(finding.evidence.some((e) => /does not apply to/.test(e.reason) && e.text.startsWith('Clause 1.1')), JSON.stringify(finding.evidence.map((e) => e.reason)));
  });
});
