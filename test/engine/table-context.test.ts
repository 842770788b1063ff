/**
 * Table rows read with their header row and the sentence that introduces the table
 * (table-context.ts): each row is evidence with its own period; the header alone is not.
 * Tables written for this test.
 */
import { strict as assert } from 'node:assert';
import { BACKUP, RETENTION, findingOf, run } from './matching-helpers';

const table = (intro: string, rows: string[]): string => `## 7. Audit trails\n\n${intro}\n\n| Source | Retention |\n|---|---|\n${rows.map((r) => `| ${r} |`).join('\n')}\n`;

describe('a table read with its header and its introducing sentence', () => {
  it('rows that keep logs long enough make the retention duty present', () => {
    const f = findingOf(run(table('Logs shall be kept for at least the periods below:', ['Proxy logs | 14 months', 'VPN logs | 2 years']), [RETENTION]), 't.retention');
    assert.equal(f.status, 'present');
    assert.match(f.evidence[0]!.text, /Proxy logs/);
  });

  it('rows below the threshold are below it, whatever the introducing sentence says', () => {
    const f = findingOf(run(table('Logs shall be kept for no less than the periods below:', ['Proxy logs | 45 days', 'VPN logs | 60 days']), [RETENTION]), 't.retention');
    assert.equal(f.status, 'below-threshold');
  });

  it('a hedge that opens the introducing sentence qualifies every row', () => {
    const f = findingOf(run(table('Where storage permits, logs will be kept for the periods below:', ['Proxy logs | 14 months']), [RETENTION]), 't.retention');
    assert.equal(f.status, 'weak');
    assert.match(f.evidence.find((e) => /Proxy/.test(e.text))!.reason, /in the clause that introduces it/);
  });

  it('a glossary table (Term | Meaning) defines words: its rows are no evidence', () => {
    const glossary = '## 9. Definitions\n\n| Term | Meaning |\n|---|---|\n| Vault | the backup store described in clause 4 |\n';
    assert.equal(findingOf(run(glossary, [BACKUP]), 't.backup').status, 'missing');
    const inventory = '## 9. Services\n\n| Service | Scope |\n|---|---|\n| Vault | the Provider shall back up every server nightly |\n';
    assert.notEqual(findingOf(run(inventory, [BACKUP]), 't.backup').status, 'missing');
  });

  it('an entry of an inventory (a list under "Covered Systems") names an asset, not a duty', () => {
    const inventory = '## Annex 2 — Covered Systems\n\n- File server and its nightly backup appliance\n- Reception PCs\n';
    assert.equal(findingOf(run(inventory, [BACKUP]), 't.backup').status, 'missing');
    const duties = '## Annex 2 — Covered Systems\n\nThe Provider shall, for each system below:\n\n- back up its data nightly\n';
    assert.equal(findingOf(run(duties, [BACKUP]), 't.backup').status, 'present');
  });

  it('a header row alone is no evidence: a table with no introducing duty stays a description', () => {
    const text = '## 2. Equipment\n\n| Item | Backup |\n|---|---|\n| Generator | Diesel, 8 hours |\n';
    assert.notEqual(findingOf(run(text, [BACKUP]), 't.backup').status, 'present');
  });
});
