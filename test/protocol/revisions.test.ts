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
});
