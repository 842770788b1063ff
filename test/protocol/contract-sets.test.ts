/**
 * Contract sets through the real server over stdio: examples/msa.md and its security schedule in a
 * temporary workspace, the schedule closed (read from disk) or open (the editor's text counts).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DidChangeWatchedFilesNotification, FileChangeType, type CodeAction } from 'vscode-languageserver-protocol/node';
import { applyTextEdits, TestClient } from './lsp-client';
import { actionEdits, isAction, read } from './editor-setup';

const MSA = read('examples/msa.md');
const SCHEDULE = read('examples/schedule-3-security.md');
const MFA_CLAUSE = /\n3\.12 \*\*Multi-factor authentication\.\*\*[\s\S]*?tools\.\n/;
const NO_MFA = SCHEDULE.replace(MFA_CLAUSE, '\n');

describe('protocol: contract sets', function () {
  this.timeout(60_000);
  let dir: string;
  let client: TestClient;
  let msaUri: string;
  let scheduleUri: string;

  beforeEach(async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'clauselint-sets-')));
    fs.writeFileSync(path.join(dir, 'msa.md'), MSA);
    fs.writeFileSync(path.join(dir, 'schedule-3-security.md'), SCHEDULE);
    msaUri = `file://${path.join(dir, 'msa.md')}`;
    scheduleUri = `file://${path.join(dir, 'schedule-3-security.md')}`;
    client = new TestClient();
    await client.initialize(dir);
  });

  afterEach(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('no missing-MFA finding on the MSA when its (closed) schedule has the MFA clause', async () => {
    const diagnostics = await client.open(msaUri, MSA);
    assert.equal(diagnostics.find((d) => d.code === 'mfa.provider-access'), undefined);
    assert.ok(diagnostics.some((d) => d.code === 'backup.contracted-service'), 'missing everywhere: on the MSA');
    assert.equal(diagnostics.find((d) => d.code === 'logging.retention'), undefined, 'the retention clause is in the schedule');
  });

  it('a closed schedule\'s clause findings show (no version) while the MSA is open, and go when it closes', async () => {
    const onClosedSchedule = client.waitForDiagnostics(scheduleUri, (p) => p.diagnostics.some((d) => d.code === 'logging.retention'));
    await client.open(msaUri, MSA);
    const published = await onClosedSchedule;
    assert.equal(published.version, undefined, 'a closed file has no version');
    assert.equal(published.diagnostics.find((d) => d.code === 'logging.retention')!.range.start.line, 36);
    assert.ok(!published.diagnostics.some((d) => /^Missing clause/.test(String(d.message))), 'missing clauses stay on the main document');

    const cleared = client.waitForDiagnostics(scheduleUri, (p) => p.diagnostics.length === 0);
    await client.close(msaUri);
    await cleared;
  });

  it('closing the schedule while the MSA stays open keeps its findings in view', async () => {
    await client.open(msaUri, MSA);
    await client.open(scheduleUri, SCHEDULE);
    const again = client.waitForDiagnostics(scheduleUri, (p) => p.version === undefined && p.diagnostics.some((d) => d.code === 'logging.retention'));
    await client.close(scheduleUri);
    await again;
  });

  it('clause findings on the open schedule; editing it re-checks the MSA; missing MFA then sits on the MSA title', async () => {
    await client.open(msaUri, MSA);
    const onSchedule = await client.open(scheduleUri, SCHEDULE);
    const retention = onSchedule.find((d) => d.code === 'logging.retention');
    assert.ok(retention, 'the ninety-day retention is reported on the schedule');
    assert.equal(retention.range.start.line, 36);
    assert.ok(!onSchedule.some((d) => /^Missing clause/.test(String(d.message))), 'missing clauses are reported on the main document only');

    const msaAgain = client.waitForDiagnostics(msaUri, (p) => p.diagnostics.some((d) => d.code === 'mfa.provider-access'));
    await client.replace(scheduleUri, NO_MFA);
    const mfa = (await msaAgain).diagnostics.find((d) => d.code === 'mfa.provider-access')!;
    assert.equal(mfa.range.start.line, 0, 'on the MSA title');
    assert.deepEqual(mfa.relatedInformation?.map((r) => r.location.uri), [scheduleUri]);
    assert.match(mfa.relatedInformation![0]!.message, /schedule-3-security\.md/);

    // The insert fix goes into the schedule, the part about security.
    const actions = (await client.codeActions(msaUri, mfa.range, [mfa])).filter(isAction) as CodeAction[];
    const insert = actions.find((a) => /^Insert MFA on all provider accounts .* into schedule-3-security\.md$/.test(a.title));
    assert.ok(insert, actions.map((a) => a.title).join(' | '));
    assert.equal(insert.edit!.documentChanges?.length, 1);
    const edited = applyTextEdits(NO_MFA, actionEdits(insert, scheduleUri, client.version(scheduleUri)));
    assert.match(edited.slice(NO_MFA.length - 200), /multi-factor authentication/i);
    const msaFixed = client.waitForDiagnostics(msaUri, (p) => !p.diagnostics.some((d) => d.code === 'mfa.provider-access'));
    await client.replace(scheduleUri, edited);
    await msaFixed;
  });

  it('the quick fix edits a closed schedule without a version', async () => {
    fs.writeFileSync(path.join(dir, 'schedule-3-security.md'), NO_MFA);
    const diagnostics = await client.open(msaUri, MSA);
    const mfa = diagnostics.find((d) => d.code === 'mfa.provider-access')!;
    assert.ok(mfa);
    const actions = (await client.codeActions(msaUri, mfa.range, [mfa])).filter(isAction) as CodeAction[];
    const insert = actions.find((a) => / into schedule-3-security\.md$/.test(a.title))!;
    assert.ok(insert);
    assert.equal(actionEdits(insert, scheduleUri, null as unknown as number).length, 1);
  });

  it('the coverage of the MSA is the coverage of the set, naming the file of each evidence', async () => {
    await client.open(msaUri, MSA);
    const response = await client.request<{ coverage: { files: string[]; groups: { items: { id: string; status: string; evidence: { file?: string }[] }[] }[] } }>('clauselint/coverage', { uri: msaUri });
    assert.deepEqual(response.coverage.files, [msaUri, scheduleUri]);
    const mfa = response.coverage.groups.flatMap((g) => g.items).find((i) => i.id === 'mfa.provider-access')!;
    assert.equal(mfa.status, 'present');
    assert.equal(mfa.evidence[0]!.file, scheduleUri);
  });

  it('a change on disk to the closed schedule (a file-change event) re-checks the open MSA', async () => {
    assert.equal((await client.open(msaUri, MSA)).find((d) => d.code === 'mfa.provider-access'), undefined);
    fs.writeFileSync(path.join(dir, 'schedule-3-security.md'), NO_MFA);
    const again = client.waitForDiagnostics(msaUri, (p) => p.diagnostics.some((d) => d.code === 'mfa.provider-access'));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: scheduleUri, type: FileChangeType.Changed }] });
    const mfa = (await again).diagnostics.find((d) => d.code === 'mfa.provider-access')!;
    assert.equal(mfa.range.start.line, 0);
  });

  it('a missing part is a warning on the MSA, never a crash', async () => {
    fs.rmSync(path.join(dir, 'schedule-3-security.md'));
    const diagnostics = await client.open(msaUri, MSA);
    const warning = diagnostics.find((d) => d.code === 'contract-set');
    assert.ok(warning);
    assert.match(String(warning.message), /schedule-3-security\.md .*was not found/);
    assert.ok(diagnostics.some((d) => d.code === 'mfa.provider-access'));
  });

  it('a schedule opened alone finds its main document beside it', async () => {
    const onSchedule = await client.open(scheduleUri, SCHEDULE);
    assert.ok(onSchedule.some((d) => d.code === 'logging.retention'));
    assert.ok(!onSchedule.some((d) => /^Missing clause/.test(String(d.message))), 'not judged as a whole contract');
  });
});
