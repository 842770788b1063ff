import { strict as assert } from 'node:assert';
import { parseDocument } from '../../server/src/engine/parse';
import { readSuppressions } from '../../server/src/engine/suppress';
import { coverageOf } from '../../server/src/engine/coverage';
import { check, editorPack, finding, read } from './editor-helpers';

const ids = new Set(editorPack.requirements.map((r) => r.id));

const contract = (body: string): string => `# Managed Services Agreement

Northwind Ltd. (the "Provider") and Harbor Inc. (the "Customer") agree as follows.

## 1. Services

1.1 The Provider shall provide the Services.

1.2 The Customer shall pay the Fees.

${body}
## 9. General

9.1 The Provider shall, where possible, monitor the Customer Environment for Security Events.
`;

describe('suppressions: clauselint-disable comments', () => {
  it('reads ids and the reason after "--"', () => {
    const doc = parseDocument('# T\n\n<!-- clauselint-disable t.mfa, t.backup -- agreed with the CISO on 3 March -->\n\ntext\n');
    const s = readSuppressions(doc, ids);
    assert.deepEqual(s.list.map((x) => [x.ids, x.reason]), [[['t.mfa'], 'agreed with the CISO on 3 March'], [['t.backup'], 'agreed with the CISO on 3 March']]);
    assert.deepEqual(s.problems, []);
  });

  it('reports a suppression without a reason, or with only a bracketed placeholder, and unknown ids', () => {
    const text = '# T\n\n<!-- clauselint-disable t.mfa -->\n\n<!-- clauselint-disable t.backup -- [reason] -->\n\n<!-- clauselint-disable no.such-id -- why -->\n';
    const s = readSuppressions(parseDocument(text), ids);
    assert.deepEqual(s.problems.map((p) => [p.code, p.ids]), [
      ['suppression-without-reason', ['t.mfa']],
      ['suppression-without-reason', ['t.backup']],
      ['suppression-unknown-id', ['no.such-id']],
    ]);
    const first = s.problems[0]!;
    assert.equal(text.slice(first.start, first.end), '<!-- clauselint-disable t.mfa -->');
  });

  it('covers a located finding to the end of the enclosing section only', () => {
    const inSection = check(contract('') .replace('## 9. General\n', '## 9. General\n\n<!-- clauselint-disable t.monitoring -- monitoring is bought from a SOC -->\n'));
    const f = finding(inSection, 't.monitoring');
    assert.equal(f.status, 'accepted');
    assert.equal(f.suppression?.reason, 'monitoring is bought from a SOC');
    assert.match(f.message, /^Accepted: .*monitoring is bought from a SOC/);

    // The same comment in section 1 does not reach the hedged clause in section 9.
    const elsewhere = check(contract('').replace('1.2 The Customer', '<!-- clauselint-disable t.monitoring -- reason -->\n\n1.2 The Customer'));
    assert.equal(finding(elsewhere, 't.monitoring').status, 'weak');
  });

  it('stops at a matching clauselint-enable comment', () => {
    const text = contract('').replace(
      '## 9. General\n\n',
      '## 9. General\n\n<!-- clauselint-disable t.monitoring -- reason -->\n\n9.0 The Customer shall appoint a contact.\n\n<!-- clauselint-enable t.monitoring -->\n\n',
    );
    assert.equal(finding(check(text), 't.monitoring').status, 'weak');
  });

  it('covers a missing requirement from anywhere in the document, but not from fenced code', () => {
    const anywhere = check(contract('<!-- clauselint-disable t.backup -- the Customer runs its own backups -->\n'));
    assert.equal(finding(anywhere, 't.backup').status, 'accepted');
    const fenced = check(contract('```markdown\n<!-- clauselint-disable t.backup -- example -->\n```\n'));
    assert.equal(finding(fenced, 't.backup').status, 'missing');
    assert.deepEqual(fenced.suppressions.list, []);
  });

  it('a suppression without a reason accepts nothing: the finding stays and the comment is reported', () => {
    for (const comment of ['<!-- clauselint-disable t.backup -->', '<!-- clauselint-disable t.backup -- [reason] -->', '<!-- clauselint-disable t.backup --   -->']) {
      const result = check(contract(`${comment}\n`));
      assert.equal(finding(result, 't.backup').status, 'missing', comment);
      assert.deepEqual(result.suppressions.problems.map((p) => p.code), ['suppression-without-reason'], comment);
      assert.match(result.suppressions.problems[0]!.message, /no reason, so it is not accepted/);
      assert.equal(coverageOf(result).counts.accepted, 0);
    }
    const located = check(contract('').replace('## 9. General\n', '## 9. General\n\n<!-- clauselint-disable t.monitoring -->\n'));
    assert.equal(finding(located, 't.monitoring').status, 'weak');
  });

  it('shows requirements accepted with a reason as accepted in the coverage, counted as met', () => {
    const result = check(contract('<!-- clauselint-disable t.backup -- own backups -->\n'));
    const cov = coverageOf(result);
    const item = cov.groups.flatMap((g) => g.items).find((i) => i.id === 't.backup')!;
    assert.equal(item.status, 'accepted');
    assert.equal(item.statusLabel, 'accepted');
    assert.equal(item.suppression?.reason, 'own backups');
    assert.equal(cov.counts.accepted, 1);
    assert.equal(cov.score.met, cov.counts.present + cov.counts.accepted);
  });

  it('keeps working on a CRLF document', () => {
    const text = read('test/fixtures/contracts/crlf-emoji.md').replace('## 4. Fees', '<!-- clauselint-disable t.backup -- offsite backups are in the SOW -->\r\n\r\n## 4. Fees');
    assert.equal(finding(check(text), 't.backup').status, 'accepted');
  });
});
