/**
 * A condition on what some means allow is a hedge however long its noun phrase: "in so far as the
 * tools referred to in paragraph 5.1 allow it" limits the duty as "where possible" does. The pack
 * writes it with the long gap "……" (one to twelve words, clause numbers included, never across
 * other punctuation). The limit the law sets is a legal carve-out, not a hedge. The quick fix deletes
 * the condition with its pronoun object. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine/edits';
import { analyze } from '../../server/src/engine/analyze';
import { fixesFor } from '../../server/src/engine/fixes';
import { termSet } from '../../server/src/engine/terms';
import { aa22, bundledStatus } from './matching-helpers';

describe('term gap "……": one to twelve words', () => {
  const set = termSet(['insofar as …… allow']);
  const found = (text: string): string[] => set.find(text).map((h) => text.slice(h.start, h.end));
  it('reads a long noun phrase with a clause number in it', () => {
    assert.deepEqual(found('insofar as the tools listed in clause 5.1 of the Agreement allow it'), ['insofar as the tools listed in clause 5.1 of the Agreement allow']);
    assert.deepEqual(found('insofar as its tools allow'), ['insofar as its tools allow']);
  });
  it('needs at least one word, and stops at punctuation and after twelve words', () => {
    assert.deepEqual(found('insofar as allowed'), []);
    assert.deepEqual(found('insofar as the tools, which are old, allow it'), []);
    assert.deepEqual(found('insofar as one two three four five six seven eight nine ten eleven twelve thirteen allow it'), []);
  });
});

describe('capability conditions are hedges', () => {
  const MFA = 'The Provider shall require multi-factor authentication for every remote log-in by its engineers to the Customer systems';
  it('a condition on tools, platforms or storage however long its noun phrase', () => {
    for (const [sentence, id] of [
      [`${MFA} in so far as the tools referred to in clause 5.1 of the Agreement allow it.`, 'mfa.provider-access'],
      [`${MFA} to the extent that the remote access software described in Schedule 2 permits.`, 'mfa.provider-access'],
      [`${MFA} as far as the jump hosts it operates for the Customer support it.`, 'mfa.provider-access'],
      ['The Provider shall retain security logs for twelve months to the extent the storage described in Schedule 3 allows.', 'logging.retention'],
    ] as const) assert.equal(bundledStatus(sentence, id), 'weak', sentence);
  });
  it('the limit of the law, and conditions with no verb of allowing, are no hedge', () => {
    for (const sentence of [
      `${MFA} to the extent that applicable law permits.`,
      `${MFA}, and shall keep a record of each log-in in so far as it relates to the Customer systems.`,
      `${MFA}.`,
    ]) assert.equal(bundledStatus(sentence, 'mfa.provider-access'), 'present', sentence);
  });
  it('the quick fix deletes the condition and its pronoun object, and nothing else', () => {
    const text = `# Managed Services Agreement\n\nNorthwind Ltd. (the "Provider") and Harbor Inc. (the "Customer") agree.\n\n## 1. Access\n\n1.1 ${MFA} in so far as the tools referred to in clause 5.1 allow it.\n`;
    const result = analyze(text, { catalog: aa22(), force: true });
    const finding = result.findings.find((f) => f.requirement.id === 'mfa.provider-access');
    assert.ok(finding, 'a finding for mfa.provider-access');
    const fix = fixesFor(result, finding).find((f) => f.kind === 'remove-hedge');
    assert.ok(fix, 'a remove-hedge fix');
    assert.equal(applyEdits(text, fix.edits), text.replace(' in so far as the tools referred to in clause 5.1 allow it.', '.'));
  });
});
