/**
 * Documents the server will not analyse: one over clauselint.maxFileSizeKB (default 4096) and one
 * that looks binary. Each gets exactly one plain-words diagnostic on its first line, keeps
 * getting only that one as it is edited, and the server stays responsive.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { generateContract } from '../../bench/generate';
import { TestClient } from './lsp-client';

const root = path.resolve(__dirname, '../..');
const samplePath = path.join(root, 'examples/msp-master-services-agreement.md');
const sample = fs.readFileSync(samplePath, 'utf8');

function onlyNotice(diagnostics: Diagnostic[], code: string): Diagnostic {
  assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics.map((d) => d.code)));
  const d = diagnostics[0]!;
  assert.equal(d.code, code);
  assert.equal(d.source, 'clauselint');
  assert.equal(d.range.start.line, 0);
  assert.equal(d.range.end.line, 0);
  return d;
}

describe('size and binary limits (server)', function () {
  this.timeout(120_000);
  let client: TestClient;
  const shown: string[] = [];

  before(async () => {
    client = new TestClient();
    client.connection.onRequest('window/showMessageRequest', (m: { message: string }) => {
      shown.push(m.message);
      return null;
    });
    client.settings = { debounceMs: 0 };
    await client.initialize(root);
  });
  after(async () => {
    if (client) assert.equal(await client.shutdown(), 0);
  });

  it('reports a draft over the default 4096 KB once, in plain words, and does not analyse it', async () => {
    const uri = 'file:///drafts/huge-agreement.md';
    const huge = generateContract({ size: 4200 * 1024, seed: 5 });
    const d = onlyNotice(await client.open(uri, huge), 'document-too-large');
    assert.match(String(d.message), /over the clauselint\.maxFileSizeKB limit of 4096 KB; it was not checked/);
    // Editing it keeps the single notice, and other requests on it answer at once with nothing.
    onlyNotice(await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]), 'document-too-large');
    assert.equal(await client.hover(uri, { line: 0, character: 0 }), null);
    assert.deepEqual(await client.codeActions(uri, d.range, [d]), []);
    await client.close(uri);
  });

  it('follows a lower maxFileSizeKB setting, and checks the draft again once it fits', async () => {
    const uri = `file://${samplePath}`;
    client.settings = { debounceMs: 0, maxFileSizeKB: Math.floor(sample.length / 1024) - 1 };
    onlyNotice(await client.open(uri, sample), 'document-too-large');
    client.settings = { debounceMs: 0 };
    const rechecked = client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'mfa.provider-access'));
    await client.changeConfiguration();
    assert.ok((await rechecked).diagnostics.every((d) => d.code !== 'document-too-large'));
    await client.close(uri);
  });

  it('reports a file that looks binary once and does not analyse it', async () => {
    const uri = 'file:///drafts/scanned-contract.md';
    const binary = `# Master Services Agreement\n\u0000\u0001\u0002PK\u0003\u0004${'\u0000\u00ff'.repeat(500)}\nThe Provider shall keep logs.`;
    const d = onlyNotice(await client.open(uri, binary), 'document-binary');
    assert.match(String(d.message), /looks binary/);
    await client.close(uri);
  });

  it('shows no pop-up for either: the notice is a diagnostic only', () => {
    assert.deepEqual(shown, []);
  });
});
