import { strict as assert } from 'node:assert';
import { applyEdits } from '../../server/src/engine/edits';
import { planInsertions } from '../../server/src/engine/placement';
import { nextLabelValue } from '../../server/src/engine/placement/labels';
import { check, finding, read, requirement } from './editor-helpers';

const sample = read('examples/msp-master-services-agreement.md');

/** Insert and return the new text plus the one edit (asserting it is a pure insertion). */
function insert(text: string, ids: string[]): { out: string; inserted: string; offset: number; where: string[] } {
  const plan = planInsertions(check(text), ids.map(requirement));
  assert.equal(plan.edits.length, 1, 'one insertion point');
  const edit = plan.edits[0]!;
  assert.equal(edit.start, edit.end, 'a pure insertion');
  return { out: applyEdits(text, plan.edits), inserted: edit.newText, offset: edit.start, where: plan.placed.map((p) => p.where) };
}

describe('placement of a missing clause', () => {
  it('goes at the end of the article that deals with the topic, numbered after its last clause', () => {
    const { out, inserted, offset, where } = insert(sample, ['t.mfa']);
    assert.deepEqual(where, ['under 7. Information Security']);
    assert.ok(sample.slice(0, offset).endsWith('the remediation plan within thirty (30) days of receiving the report.'));
    assert.equal(
      inserted,
      // Re-flowed at the width the draft wraps its own paragraphs (the template's line breaks are not kept).
      '\n\n7.12 **MFA on provider accounts.** The Provider shall ensure that every Provider Account able to\n' +
        'access the Customer Environment requires multi-factor authentication at every login, without\n' +
        'exception unless the Customer approves it in writing.',
    );
    assert.ok(out.includes('approves it in writing.\n\n## 8. Incident Response'), 'a blank line before the next heading');
  });

  it('follows the evidence of related requirements (same advisory heading)', () => {
    // The monitoring clause is hedged in 7.9, so a missing logging clause goes to article 7 too.
    const text = sample.replace('## 7. Information Security', '## 7. Technical Measures');
    const result = check(text);
    assert.equal(result.findings.find((f) => f.requirement.id === 't.monitoring')?.status, 'weak');
    const plan = planInsertions(result, [requirement('t.log-retention')]);
    assert.deepEqual(plan.placed.map((p) => p.where), ['under 7. Technical Measures']);
  });

  it('numbers several clauses one after another and keeps the party names of the draft', () => {
    const text = read('test/fixtures/contracts/supplier-client.md');
    const { inserted } = insert(text, ['t.backup', 't.monitoring']);
    assert.match(inserted, /^\n\n4\.6 The Supplier shall back up the Client's critical data/);
    assert.match(inserted, /\n\n4\.7 The Supplier shall monitor the Customer Environment/);
    assert.doesNotMatch(inserted, /\{\{|\*\*/, 'no placeholders left, no run-in title where the neighbours have none');
  });

  it('keeps CRLF line endings and UTF-16 offsets after emoji and CJK text', () => {
    const text = read('test/fixtures/contracts/crlf-emoji.md');
    const { out, inserted, offset } = insert(text, ['t.backup']);
    assert.ok(!/(^|[^\r])\n/.test(inserted), 'every line break is CRLF');
    assert.match(inserted, /^\r\n\r\n3\.4 \*\*Backups of critical data and configurations\.\*\* The Provider shall back up/);
    assert.ok(text.slice(0, offset).endsWith('affecting the Customer Environment.'), 'inserted right after clause 3.3 (offsets count UTF-16 units)');
    assert.ok(out.startsWith(text.slice(0, offset)) && out.endsWith(text.slice(offset)));
  });

  it('follows "Section 7.01." labels and zero padding, not the "(a)" items inside a clause', () => {
    const text = read('test/fixtures/contracts/front-matter.md');
    const { inserted, where } = insert(text, ['t.backup']);
    assert.deepEqual(where, ['under Article VII – Security']);
    assert.match(inserted, /^\n\nSection 7\.03\. The Provider shall back up/);
  });

  it('follows "(c)" → "(d)" paragraphs and sub-headings "### 5.2" → "### 5.3"', () => {
    const letters = `# Services Agreement\n\nAcme Ltd. (the "Provider") and Beta LLC (the "Customer") agree.\n\n## Security\n\n(a) The Provider shall encrypt data.\n\n(b) The Provider shall train staff.\n\n(c) The Provider shall vet staff.\n\n## General\n\nThe Customer shall pay.\n`;
    assert.match(insert(letters, ['t.backup']).inserted, /^\n\n\(d\) The Provider shall back up/);
    const headings = `# Services Agreement\n\nAcme Ltd. (the "Provider") and Beta LLC (the "Customer") agree.\n\n## 5. Security\n\n### 5.1 Encryption\n\nThe Provider shall encrypt data.\n\n### 5.2 Training\n\nThe Provider shall train staff.\n`;
    assert.equal(
      insert(headings, ['t.backup']).inserted,
      // A draft that does not hard-wrap its paragraphs gets the clause on one line.
      "\n\n### 5.3 Backups of critical data and configurations\n\nThe Provider shall back up the Customer's critical data and system configurations automatically at least [daily], keep one copy offline, and test restoration from Backups at least [quarterly].",
    );
  });

  it('continues a tight list with the same marker', () => {
    const text = `# Services Agreement\n\nAcme Ltd. (the "Provider") and Beta LLC (the "Customer") agree.\n\n## Security\n\nThe Provider shall:\n\n1. encrypt data;\n2. train staff.\n`;
    const { inserted } = insert(text, ['t.backup']);
    assert.match(inserted, /^\n3\. The Provider shall back up the Customer's critical data and system configurations automatically at least \[daily\]/);
  });

  it('creates a numbered security article before the signature block when no article fits', () => {
    const text = `# Consulting Agreement\n\nAcme Ltd. (the "Supplier") and Beta LLC (the "Client") agree.\n\n## 1. Definitions\n\n1.1 "Deliverables" means the reports.\n\n## 2. Fees\n\n2.1 The Client shall pay the Supplier within thirty (30) days.\n\n2.2 The Supplier shall invoice monthly.\n\nIN WITNESS WHEREOF the parties have signed.\n\n---\n\n## Schedule 1 – Fees\n\nThe Client shall pay monthly.\n`;
    const { out, where } = insert(text, ['t.backup', 't.mfa']);
    assert.deepEqual(where, ['in a new section “3. Security” before the signature block', 'in a new section “3. Security” before the signature block']);
    assert.ok(out.includes("2.2 The Supplier shall invoice monthly.\n\n## 3. Security\n\n3.1 The Supplier shall back up the Client's"));
    assert.ok(out.includes('\n\n3.2 The Supplier shall ensure that every Provider Account'));
    assert.ok(out.includes('approves it in writing.\n\nIN WITNESS WHEREOF'));
  });

  it('creates the article before the schedules (and their "---"), or at the end', () => {
    const schedules = `# Services Agreement\n\nAcme Ltd. (the "Provider") and Beta LLC (the "Customer") agree.\n\n## 1. Fees\n\nThe Customer shall pay the Fees.\n\n---\n\n## Schedule 1 – Fees\n\nThe Customer shall pay monthly.\n`;
    assert.ok(insert(schedules, ['t.backup']).out.includes('The Customer shall pay the Fees.\n\n## 2. Security\n\nThe Provider shall back up'));
    const plain = `# Services Agreement\n\nAcme Ltd. (the "Provider") and Beta LLC (the "Customer") agree.\n\nThe Customer shall pay the Fees.\n`;
    const { out } = insert(plain, ['t.backup']);
    assert.ok(out.endsWith('The Customer shall pay the Fees.\n\n## Security\n\nThe Provider shall back up the Customer\'s critical data and system configurations automatically at least [daily], keep one copy offline, and test restoration from Backups at least [quarterly].\n'));
  });

  it('treats bold title paragraphs as articles when the draft has no article headings', () => {
    const text = `# Managed Services Agreement\n\nAcme Ltd. (the "Provider") and Beta LLC (the "Customer") agree as follows.\n\n**1. Payment Terms**\n\n1.1 The Customer shall pay the Fees monthly.\n\n**2. Fees**\n\n2.1 The Provider shall invoice monthly.\n\nIN WITNESS WHEREOF the parties have signed.\n`;
    const { out, where } = insert(text, ['t.backup']);
    assert.deepEqual(where, ['in a new section “3. Security” before the signature block']);
    assert.ok(out.includes('2.1 The Provider shall invoice monthly.\n\n**3. Security**\n\n3.1 The Provider shall back up'));
    const withSecurity = text.replace('**2. Fees**', '**2. Security**');
    assert.deepEqual(insert(withSecurity, ['t.backup']).where, ['under 2. Security']);
    assert.match(insert(withSecurity, ['t.backup']).inserted, /^\n\n2\.2 The Provider shall back up/);
  });

  it('never inserts a clause twice, even once its bracketed values are filled in', () => {
    const once = insert(sample, ['t.backup']).out;
    const again = planInsertions(check(once), [requirement('t.backup')]);
    assert.deepEqual(again.edits, []);
    assert.match(again.skipped[0]!.reason, /already in the document/);
    const completed = once.replace('[daily]', 'every four hours').replace('[quarterly]', 'each month');
    assert.deepEqual(planInsertions(check(completed), [requirement('t.backup')]).edits, []);
  });

  it('increments labels of every kind', () => {
    const next = (value: string, kind: 'dotted' | 'number' | 'letter' | 'roman') => nextLabelValue({ kind, value, open: '', close: '', upper: value !== value.toLowerCase() });
    assert.equal(next('12.3', 'dotted'), '12.4');
    assert.equal(next('7.09', 'dotted'), '7.10');
    assert.equal(next('c', 'letter'), 'd');
    assert.equal(next('z', 'letter'), 'aa');
    assert.equal(next('iv', 'roman'), 'v');
    assert.equal(next('VIII', 'roman'), 'IX');
    assert.equal(next('9', 'number'), '10');
  });
});

describe('where a missing clause is reported', () => {
  const withSecurity = `# Services Agreement

Northwind Ltd. (the "Provider") and Harbor Inc. (the "Customer") agree as follows.

## 1. Services

1.1 The Provider shall provide the Services. The Customer shall pay the Fees.

## 2. Information Security

2.1 The Provider shall, where possible, monitor the Customer Environment for Security Events.

## 3. General

3.1 This Agreement is governed by the laws of England.
`;

  it('on the heading of the article the insert fix extends', () => {
    const result = check(withSecurity);
    const f = finding(result, 't.mfa');
    assert.equal(f.status, 'missing');
    assert.equal(withSecurity.slice(f.range.start, f.range.end), '## 2. Information Security');
  });

  it('on the title when the fix would create a new section', () => {
    // No article deals with security, data protection or services: the fix adds a "Security" section.
    const text = withSecurity.replace('## 2. Information Security\n\n2.1 The Provider shall, where possible, monitor the Customer Environment for Security Events.\n\n', '').replace('## 1. Services', '## 1. Payment');
    const f = finding(check(text), 't.mfa');
    assert.equal(f.status, 'missing');
    assert.equal(text.slice(f.range.start, f.range.end), '# Services Agreement');
  });
});
