import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import { defaultPackDir, loadCatalog } from '../../server/src/engine/catalog/load';
import { coverageOf } from '../../server/src/engine/coverage';
import { diffCoverage } from '../../server/src/engine/coverage-diff';

const catalog = loadCatalog([defaultPackDir()]);
const coverage = (text: string) => coverageOf(analyze(text, { catalog, force: true }));

const HEAD = `# Managed Services Agreement

Acme Hosting Limited (the "Provider") and Blue Harbour plc (the "Customer") agree as follows.
`;
const MFA = 'The Provider shall enforce multi-factor authentication on every Provider Account that can access the Customer Environment.';
const LOGS = 'The Provider shall retain security logs for at least twelve (12) months.';
const BACKUP = 'The Provider shall back up the Customer Data daily and keep the backups offline.';

function draft(sections: Record<string, string[]>): string {
  return HEAD + Object.entries(sections).map(([title, clauses]) => `\n## ${title}\n\n${clauses.join('\n\n')}\n`).join('');
}

function kinds(before: string, after: string): Record<string, string> {
  const diff = diffCoverage(coverage(before), coverage(after));
  return Object.fromEntries(diff.changes.map((c) => [c.id, c.kind]));
}

describe('coverage diff', () => {
  const base = draft({ '1. Security': [MFA, LOGS, BACKUP] });

  it('reports nothing for the same draft, nor for lines shifted by an edit above', () => {
    assert.deepEqual(kinds(base, base), {});
    const shifted = base.replace('agree as follows.', 'agree as follows.\n\nThis paragraph was added.\n\nAnd another one.');
    assert.deepEqual(kinds(base, shifted), {});
  });

  it('newly missing: a clause deleted', () => {
    const after = draft({ '1. Security': [LOGS, BACKUP] });
    const diff = diffCoverage(coverage(base), coverage(after));
    const mfa = diff.changes.find((c) => c.id === 'mfa.provider-access')!;
    assert.equal(mfa.kind, 'newly-missing');
    assert.equal(mfa.regression, true);
    assert.equal(mfa.before.status, 'present');
    assert.equal(mfa.before.evidence?.text, MFA);
    assert.equal(mfa.after.evidence, undefined);
    assert.ok(diff.regressions >= 1);
  });

  it('weakened: present → hedged, with both clauses quoted', () => {
    const hedged = MFA.replace('shall enforce', 'shall, where possible, enforce');
    const diff = diffCoverage(coverage(base), coverage(draft({ '1. Security': [hedged, LOGS, BACKUP] })));
    const mfa = diff.changes.find((c) => c.id === 'mfa.provider-access')!;
    assert.equal(mfa.kind, 'weakened');
    assert.equal(mfa.after.status, 'weak');
    assert.equal(mfa.before.evidence?.text, MFA);
    assert.equal(mfa.after.evidence?.text, hedged);
  });

  it('weakened: a period below the threshold', () => {
    const short = LOGS.replace('twelve (12) months', 'ninety (90) days');
    assert.equal(kinds(base, draft({ '1. Security': [MFA, short, BACKUP] }))['logging.retention'], 'weakened');
  });

  it('strengthened and resolved are the reverse changes, and not regressions', () => {
    const negated = MFA.replace('shall enforce', 'is not required to enforce');
    const hedged = MFA.replace('shall enforce', 'shall, where possible, enforce');
    assert.equal(kinds(draft({ '1. Security': [negated] }), draft({ '1. Security': [hedged] }))['mfa.provider-access'], 'strengthened');
    const diff = diffCoverage(coverage(draft({ '1. Security': [hedged] })), coverage(draft({ '1. Security': [MFA] })));
    const mfa = diff.changes.find((c) => c.id === 'mfa.provider-access')!;
    assert.equal(mfa.kind, 'resolved');
    assert.equal(mfa.regression, false);
    assert.equal(kinds(draft({ '1. Security': [LOGS] }), draft({ '1. Security': [LOGS, MFA] }))['mfa.provider-access'], 'resolved');
  });

  it('moved: the same clause in another section', () => {
    const after = draft({ '1. Security': [LOGS, BACKUP], '2. Access': [MFA] });
    const diff = diffCoverage(coverage(base), coverage(after));
    const mfa = diff.changes.find((c) => c.id === 'mfa.provider-access')!;
    assert.equal(mfa.kind, 'moved');
    assert.equal(mfa.regression, false);
    assert.equal(mfa.before.evidence?.section, '1 Security');
    assert.equal(mfa.after.evidence?.section, '2 Access');
  });

  it('orders regressions first and counts what did not change', () => {
    const after = draft({ '1. Security': [LOGS.replace('twelve (12) months', 'ninety (90) days')], '2. Access': [MFA] });
    const diff = diffCoverage(coverage(base), coverage(after));
    assert.deepEqual(diff.changes.map((c) => c.regression), [...diff.changes.map((c) => c.regression)].sort((a, b) => Number(b) - Number(a)));
    assert.equal(diff.unchanged + diff.changes.length, diff.compared);
    assert.equal(diff.compared, catalog.requirements.length);
  });
});
