/** Control ids as evidence: a sentence, table row or list item that names a control of the requirement's crosswalk. */
import { strict as assert } from 'node:assert';
import { controlIdPattern, controlMentions } from '../../server/src/engine/control-mentions';
import { findingOf, req, run } from './matching-helpers';

const MFA_BY_ID = req({
  id: 't.mfa-id',
  heading: 'mfa',
  detect: [['multi-factor authentication']],
  controls: { 'nist-800-53r5': ['IA-2(1)'], 'nist-800-171r2': ['3.5.3'], 'nist-800-171r3': ['03.05.03'], ism: ['ISM-1173'] },
});
const ACCOUNTS_BY_ID = req({ id: 't.accounts-id', heading: 'deprecate-accounts', detect: [['deprovision']], controls: { 'nist-800-53r5': ['AC-2'] } });

const ids = (text: string, around = ''): string[] => controlMentions(text, MFA_BY_ID, around).map((m) => m.id);

describe('control ids as evidence', () => {
  it('matches an id as frameworks and contracts write it, spacing and leading zeros aside', () => {
    assert.deepEqual(ids('The Contractor shall implement IA-2 (1).'), ['IA-2(1)']);
    assert.deepEqual(ids('Controls: IA-02(01), ISM-1173.'), ['IA-2(1)', 'ISM-1173']);
    // Another control, or the base control of an enhancement, is not this one.
    assert.deepEqual(ids('The Contractor shall implement IA-2 and IA-21(1) and IA-2(12).'), []);
    assert.deepEqual(controlMentions('AC-2(3) Disable Accounts', ACCOUNTS_BY_ID, ''), []);
    assert.equal(controlMentions('AC-2 Account Management', ACCOUNTS_BY_ID, '').length, 1);
    assert.equal(controlIdPattern('ncsc-cloud', '12'), undefined);
  });

  it('reads SP 800-171 numbers as controls only where the framework is named', () => {
    assert.deepEqual(ids('3.5.3 The Provider shall keep the premises locked.'), []);
    assert.deepEqual(ids('3.5.3 Multifactor authentication for privileged accounts.', 'NIST SP 800-171 requirements'), ['3.5.3']);
    assert.deepEqual(ids('The Contractor shall meet NIST SP 800-171 requirement 03.05.03.'), ['03.05.03']);
    assert.deepEqual(ids('As clause 13.5.3 says, NIST 800-171 applies.'), []);
  });

  it('a table row that names a mapped control is evidence, and the hover names the control', () => {
    const body = 'The Contractor shall implement the following controls.\n\n| Control | Title |\n|---|---|\n| IA-2 (1) | Network access to privileged accounts |\n';
    const f = findingOf(run(body, [MFA_BY_ID]), 't.mfa-id');
    assert.notEqual(f.status, 'missing');
    assert.match(f.evidence[0]!.basis!.join(' '), /names NIST SP 800-53 IA-2\(1\), which this requirement maps to/);
  });

  it('a list that maps a duty to a control reads the duty for its firmness', () => {
    const body = 'The Contractor shall meet these NIST SP 800-171 requirements:\n\n- 3.5.3: the Contractor shall use MFA for all network access.\n';
    assert.equal(findingOf(run(body, [MFA_BY_ID]), 't.mfa-id').status, 'present');
  });

  it('an HTML table (as document converters write it) is read cell by cell', () => {
    const body = '<table>\n<thead>\n<tr><th>Control ID</th><th>Guidance</th></tr>\n</thead>\n<tbody>\n<tr><td>IA-2 (1)</td><td>All systems shall implement multi-factor authentication for privileged accounts.</td></tr>\n</tbody>\n</table>\n';
    const f = findingOf(run(body, [MFA_BY_ID]), 't.mfa-id');
    assert.equal(f.status, 'present');
    assert.ok(f.evidence.some((e) => /All systems shall implement/.test(e.text)));
  });

  it('a control of another requirement is no evidence for this one', () => {
    assert.equal(findingOf(run('The Contractor shall implement AC-2 for all accounts.', [MFA_BY_ID]), 't.mfa-id').status, 'missing');
  });
});
