/** `clauselint/coverageReport`: the coverage view's page and the exports, rendered by the server. */
import { strict as assert } from 'node:assert';
import {
  COVERAGE_REPORT_REQUEST,
  type CoverageReportParams,
  type CoverageReportResponse,
} from '../../server/src/protocol';
import { docUri, editorClient, read } from './editor-setup';
import type { TestClient } from './lsp-client';

const sample = read('examples/msp-master-services-agreement.md');
const NONCE = 'bm9uY2Vub25jZW5vbmNlMTI=';

describe('coverage reports over LSP', () => {
  let client: TestClient;
  const uri = docUri('report <b>draft</b>.md');
  before(async () => {
    client = await editorClient();
    await client.open(uri, sample.replace('Security Logs for ninety (90) days', 'Security Logs for ninety (90) days <img src=x onerror=alert(1)>'));
  });
  after(async () => {
    if (client) assert.equal(await client.shutdown(), 0);
  });

  const report = (params: Partial<CoverageReportParams>): Promise<CoverageReportResponse | null> =>
    client.request<CoverageReportResponse | null>(COVERAGE_REPORT_REQUEST, { uri, documentName: 'report <b>draft</b>.md', ...params });

  it('renders the coverage view page with the webview nonce, escaped draft text and no outside resources', async () => {
    const page = (await report({ format: 'view-html', nonce: NONCE }))!;
    assert.equal(page.checked, true);
    assert.match(page.content, new RegExp(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${NONCE}'; script-src 'nonce-${NONCE}';">`));
    assert.match(page.content, new RegExp(`<script nonce="${NONCE}">`));
    assert.ok(page.content.includes('AA22-131A coverage: report &lt;b&gt;draft&lt;/b&gt;.md'));
    assert.ok(!page.content.includes('<img'), 'draft markup is escaped');
    assert.match(page.content, /class="status bad">missing</);
  });

  it('refuses a page without a usable nonce (its inline script could not run under the CSP)', async () => {
    assert.equal(await report({ format: 'view-html' }), null);
    assert.equal(await report({ format: 'view-html', nonce: '"><script>' }), null);
  });

  it('exports Markdown and CSV from the same coverage', async () => {
    const markdown = (await report({ format: 'markdown' }))!;
    assert.equal(markdown.checked, true);
    assert.match(markdown.content, /^# AA22-131A coverage: report \\<b\\>draft\\<\/b\\>\.md/);
    assert.match(markdown.content, /\| `t\.mfa` \| missing \| error \|/);
    const csv = (await report({ format: 'csv' }))!;
    assert.equal(csv.content.split('\r\n')[0], 'heading,id,requirement,status,severity,party,lines,evidence,reason,citation,url,controls');
    assert.match(csv.content, /\r\nEnforce multifactor authentication \(MFA\),t\.mfa,/);
  });

  it('says why a document that is not a contract has no coverage, and answers null for an unknown format', async () => {
    const readme = docUri('README-report.md');
    await client.open(readme, '# Tool\n\nInstall with `npm i tool`.\n');
    const page = (await client.request<CoverageReportResponse>(COVERAGE_REPORT_REQUEST, { uri: readme, documentName: 'README.md', format: 'view-html', nonce: NONCE }))!;
    assert.equal(page.checked, false);
    assert.match(page.content, /Not checked: /);
    assert.equal((await client.request<CoverageReportResponse>(COVERAGE_REPORT_REQUEST, { uri: readme, documentName: 'README.md', format: 'csv' }))!.checked, false);
    assert.equal(await client.request(COVERAGE_REPORT_REQUEST, { uri, documentName: 'x', format: 'pdf' }), null);
    await client.close(readme);
  });
});
