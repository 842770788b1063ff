/**
 * Later qualifications that name the clause or row they qualify in other shapes than
 * "Notwithstanding clause 5.1" (sentences written for this test):
 * - a note on a register row ("Note to row B2: Row B2 does not apply to …");
 * - something taken out of a requirement by its id ("… are outside SEC-04: …");
 * - "insofar as …" is a condition like "to the extent …": a negation inside it disclaims nothing.
 * Each narrows the duty (weak, with a conflict against the binding clause); look-alikes keep theirs.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import { aa22, bundledStatus, MSA_PREAMBLE } from './matching-helpers';

function finding(body: string, id: string): { status: string; conflict: boolean } {
  const f = analyze(MSA_PREAMBLE + body + '\n', { catalog: aa22(), force: true }).findings.find((x) => x.requirement.id === id)!;
  return { status: f.status, conflict: !!f.conflict };
}

const REGISTER = [
  'The Provider shall perform every obligation in the Register for which the Owner column names the Provider.',
  '',
  '## Schedule 2 — Obligations Register',
  '',
  '**Note to row B2:** Row B2 does not apply to the Provider\'s engineer when working at the Customer\'s head office, who may sign in with a password alone.',
  '',
  '| Ref | Obligation | Owner | Frequency |',
  '|---|---|---|---|',
  '| B2 | Enforce multi-factor authentication on every account the Provider\'s personnel use to reach the Customer systems | Provider | Continuous |',
].join('\n');

describe('later qualifications by reference', () => {
  it('a note that names a register row by its reference narrows that row', () => {
    assert.deepEqual(finding(REGISTER, 'mfa.provider-access'), { status: 'weak', conflict: true });
  });
  it('a note on another row leaves the row alone', () => {
    const other = REGISTER.replace(/row B2/g, 'row B7').replace('Row B2', 'Row B7');
    assert.deepEqual(finding(other, 'mfa.provider-access'), { status: 'present', conflict: false });
  });

  const SLA = [
    '## 2. Service Levels',
    '',
    '2.1 The Provider shall meet or exceed the Service Levels in Table 1 in every month.',
    '',
    'Table 1 – Security Service Levels',
    '',
    '| Ref | Service Level | Target |',
    '|---|---|---|',
    '| SEC-04 | Vendor security updates installed on all servers and network devices within 14 days of release | 100% |',
    '',
    '## 8. Exclusions',
    '',
  ].join('\n');
  it('something taken out of a requirement by its id narrows that requirement', () => {
    const body = `${SLA}8.3 Network devices at the Customer's branch offices are outside SEC-04: the Provider updates them only at its quarterly site visits.`;
    assert.equal(finding(body, 'patching.ongoing-service').conflict, true);
  });
  it('an exclusion with no cited requirement under the heading is still an exclusion of its own', () => {
    const body = `${SLA}8.3 Network devices at the Customer's branch offices are not updated by the Provider.`;
    assert.notEqual(finding(body, 'patching.ongoing-service').status, 'missing');
  });

  it('"insofar as … does not support" is a condition that narrows, not a disclaimer', () => {
    const body = [
      '## 7. Access',
      '',
      '7.1 The Provider shall secure every access by its Personnel to the Customer systems by multi-factor authentication.',
      '',
      '## 12. Other',
      '',
      "12.4 Notwithstanding Clause 7.1, the Provider's engineers may sign in to the Customer systems at the Customer's warehouses with a password alone, insofar as the warehouse network does not support a second factor.",
    ].join('\n');
    const read = finding(body, 'mfa.provider-access');
    assert.equal(read.conflict, true);
    // The provider's own refusal outside the condition stays a disclaimer.
    assert.equal(bundledStatus('The Provider does not support multi-factor authentication for its engineers, insofar as the Customer systems are concerned.', 'mfa.provider-access'), 'negated');
  });
});
