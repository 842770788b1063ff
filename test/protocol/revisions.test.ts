/** Word import and revision comparison through the real server (the requests the VS Code commands send). */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CompareCoverageResponse, ImportWordResponse } from '../../server/src/protocol';
import { msaDocx } from '../word/make-docx';
import { read } from './editor-setup';
import { TestClient } from './lsp-client';

const SAMPLE = read('examples/msp-master-services-agreement.md');
const NONCE = 'bm9uY2Utbm9uY2Utbm9uY2U=';

describe('protocol: Word import and coverage comparison', function () {
  this.timeout(60_000);
  let dir: string;
  let client: TestClient;
  before(async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'clauselint-rev-')));
    client = new TestClient();
    await client.initialize(dir);
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('clauselint/importWord converts a .docx and says that tracked changes were accepted', async () => {
    const docx = path.join(dir, 'draft.docx');
    fs.writeFileSync(docx, await msaDocx({ trackedChanges: true }));
    const response = await client.request<ImportWordResponse>('clauselint/importWord', { uri: `file://${docx}` });
    assert.ok(response.ok);
    assert.match(response.markdown, /^# Master Services Agreement/);
    assert.match(response.trackedChanges ?? '', /1 insertion, 1 deletion/);
    const bad = await client.request<ImportWordResponse>('clauselint/importWord', { uri: `file://${path.join(dir, 'missing.docx')}` });
    assert.equal(bad.ok, false);
  });

  it('clauselint/compareCoverage compares the open draft with an earlier text', async () => {
    const uri = `file://${path.join(dir, 'msa.md')}`;
    const withMfa = SAMPLE.replace('## 8. Incident Response', '7.12 **MFA.** The Provider shall enforce multi-factor authentication on every Provider Account that can access the Customer Environment.\n\n## 8. Incident Response');
    await client.open(uri, SAMPLE);
    const response = await client.request<CompareCoverageResponse>('clauselint/compareCoverage', { uri, base: { text: withMfa, label: 'msa.md (last commit)' }, documentName: 'msa.md', nonce: NONCE });
    assert.ok(response.ok, response.content);
    assert.ok(response.regressions >= 1);
    assert.match(response.content, /newly missing/);
    assert.match(response.content, /“The Provider shall enforce multi-factor authentication/);
    assert.match(response.content, new RegExp(`style-src 'nonce-${NONCE}'`));
    assert.doesNotMatch(response.content, /<script/);
  });

  it('clauselint/compareCoverage reads the parts of a contract set at the base revision, asking the client for them', async () => {
    const setDir = path.join(dir, 'set');
    fs.mkdirSync(setDir);
    const main = read('examples/msa.md');
    const schedule = read('examples/schedule-3-security.md');
    // The working tree's schedule has the MFA clause; the committed one did not.
    const scheduleWithoutMfa = schedule.replace(/\n3\.12 \*\*Multi-factor authentication\.\*\*[\s\S]*?(?=\n\n|\s*$)/, '\n3.12 Reserved.');
    assert.notEqual(scheduleWithoutMfa, schedule);
    const schedulePath = path.join(setDir, 'schedule-3-security.md');
    fs.writeFileSync(path.join(setDir, 'msa.md'), main);
    fs.writeFileSync(schedulePath, schedule);
    const uri = `file://${path.join(setDir, 'msa.md')}`;
    await client.open(uri, main);
    const ask = (parts: Record<string, string | null>): Promise<CompareCoverageResponse> =>
      client.request<CompareCoverageResponse>('clauselint/compareCoverage', { uri, base: { text: main, label: 'msa.md (last commit)', parts }, documentName: 'msa.md', nonce: NONCE });

    const first = await ask({});
    assert.equal(first.ok, false);
    assert.deepEqual(first.needParts, [schedulePath]);

    const second = await ask({ [schedulePath]: scheduleWithoutMfa });
    assert.ok(second.ok, second.content);
    assert.equal(second.needParts, undefined);
    assert.match(second.content, /resolved/i);
    assert.match(second.content, /multi-factor|MFA/i);

    // A part that did not exist at that revision reads as a missing part, never a crash.
    const third = await ask({ [schedulePath]: null });
    assert.ok(third.ok, third.content);
    assert.ok(third.changes > 1, 'the whole schedule counts as added since the base');
  });
});
