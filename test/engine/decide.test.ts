/** A decisive status, not the best one; conflicts between a binding clause and a disclaimer. */
import { strict as assert } from 'node:assert';
import { BACKUP, MFA, findingOf, run } from './matching-helpers';

const PATCH = { ...MFA, id: 't.patch', heading: 'updates' as const, detect: [['patch', 'patches', 'patching', 'security update*']] };

describe('decisive status', () => {
  it('a disclaimer under the topic heading overrides a binding mention elsewhere', () => {
    const body = [
      '## 3. Services',
      '',
      'The Provider shall keep the servers in good order and apply patches when it maintains them.',
      '',
      '## 12. Patching',
      '',
      'The Customer installs vendor updates itself; the Provider is not required to patch Customer systems.',
    ].join('\n');
    const f = findingOf(run(body, [PATCH]), 't.patch');
    assert.equal(f.status, 'negated');
    assert.match(f.evidence[0]!.text, /not required to patch/);
    assert.match(f.decision ?? '', /overrides the binding clause at line/);
    assert.ok(f.conflict, 'a conflict is reported');
  });

  it('a passing disclaimer in another section does not override the clause that deals with the duty', () => {
    const body = ['## 4. Backups', '', 'The Provider shall back up all Customer Data daily.', '', '## 9. Liability', '', 'The Provider makes no warranty that backups of third-party data are complete.'].join('\n');
    assert.equal(findingOf(run(body, [BACKUP]), 't.backup').status, 'present');
  });

  it('a later "notwithstanding" qualification narrows the binding clause in its section', () => {
    const body = [
      '## 2. Access',
      '',
      '2.1 The Provider shall enforce MFA on every account that can reach the Customer Environment.',
      '',
      '2.2 Notwithstanding clause 2.1, the Provider shall use MFA for service accounts only where possible.',
    ].join('\n');
    const f = findingOf(run(body, [MFA]), 't.mfa');
    assert.equal(f.status, 'weak');
    assert.match(f.conflict?.message ?? '', /Conflicting clauses/);
    assert.deepEqual(f.conflict?.related.map((r) => r.label), ['the binding clause', 'the narrowing']);
  });

  it('a qualification that cites the clause it narrows counts though that clause stands under its own heading', () => {
    const body = [
      '## 4. Patch management',
      '',
      'The Provider shall install security updates on all hosts within ten days of release.',
      '',
      '## 11. Miscellaneous',
      '',
      'Notwithstanding Section 4, the Provider shall install security updates only where possible.',
    ].join('\n');
    const f = findingOf(run(body, [PATCH]), 't.patch');
    assert.equal(f.status, 'weak');
    assert.ok(f.conflict, 'a conflict is reported');
  });

  it('an uncited hedge in another section does not narrow a clause under its own heading', () => {
    const body = ['## 4. Patch management', '', 'The Provider shall install security updates on all hosts within ten days of release.', '', '## 11. Miscellaneous', '', 'Notwithstanding the foregoing, the Provider shall install security updates only where possible.'].join('\n');
    assert.equal(findingOf(run(body, [PATCH]), 't.patch').status, 'present');
  });

  it('daily backups followed by "not required to back up end-user devices" is negated with a conflict', () => {
    const body = '## 5. Backup\n\nThe Provider shall back up all servers daily. The Provider is not required to back up end-user devices.';
    const f = findingOf(run(body, [BACKUP]), 't.backup');
    assert.equal(f.status, 'negated');
    assert.ok(f.conflict);
    assert.equal(f.conflict.related[0]!.line < f.conflict.related[1]!.line || f.conflict.related[0]!.line === f.conflict.related[1]!.line, true);
  });

  it('a binding clause alone gives no conflict and no decision note', () => {
    const f = findingOf(run('The Provider shall back up all servers daily.', [BACKUP]), 't.backup');
    assert.equal(f.status, 'present');
    assert.equal(f.conflict, undefined);
    assert.equal(f.decision, undefined);
  });

  it('a disclaimer far from the requirement\'s words is not decisive', () => {
    const body = '## 5. Services\n\nThe Provider shall back up all servers daily.\n\nThe Provider is not required to provide funds to any party to settle payment entries, or to re-run any job after a failed backup window.';
    const f = findingOf(run(body, [BACKUP]), 't.backup');
    assert.equal(f.status, 'present');
    assert.equal(f.conflict, undefined);
  });

  it('a disclaimer whose object is something else does not override ("backups …, and does not include the cost of …")', () => {
    const body = '## 5. Backup\n\nThe Provider shall back up all servers daily.\n\nThe price covers the daily backups and does not include the cost of restoring archived mail.';
    const f = findingOf(run(body, [BACKUP]), 't.backup');
    assert.equal(f.status, 'present');
    assert.equal(f.conflict, undefined);
  });

  it('each finding says how its deciding sentence was read', () => {
    const f = findingOf(run('Backups shall be performed daily.', [BACKUP]), 't.backup');
    assert.ok(f.evidence[0]!.basis?.some((b) => /no party is named; read as a duty of the provider/.test(b)), JSON.stringify(f.evidence[0]!.basis));
    const g = findingOf(run('The Contractor shall enforce MFA.', [MFA], true), 't.mfa');
    assert.ok(g.evidence[0]!.basis?.some((b) => /read “Contractor” as the provider \(a role word/.test(b)), JSON.stringify(g.evidence[0]!.basis));
  });
});

describe('tables', () => {
  const RETENTION_TABLE = (rows: string) => `## 4. Log retention\n\n| Log type | Retention period |\n|---|---|\n${rows}`;
  const LOGS = { ...BACKUP, id: 't.logs', heading: 'monitoring-logging' as const, detect: [['log*'], ['retain', 'retention', 'keep', 'kept']], thresholds: [{ kind: 'duration' as const, min: { value: 6, unit: 'month' as const }, appliesTo: ['log*'], reason: 'six months' }] };

  it('a header cell ("Retention period") is not evidence', () => {
    const f = findingOf(run('## 4. Security logs\n\n| Log type | Retention period |\n|---|---|\n| Firewall logs | see policy |', [LOGS]), 't.logs');
    assert.ok(!f.evidence.some((e) => e.text === 'Retention period'), JSON.stringify(f.evidence.map((e) => e.text)));
  });

  it('each row is evidence with its own period', () => {
    const f = findingOf(run(RETENTION_TABLE('| Firewall logs | 30 days |'), [LOGS]), 't.logs');
    assert.equal(f.status, 'below-threshold');
    assert.match(f.evidence[0]!.reason, /30 days is less than 6 months.*in its table row/);
  });
});
