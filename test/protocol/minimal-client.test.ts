/**
 * A client that supports neither workspace/configuration nor versioned workspace edits (older or
 * simpler LSP clients): the server must still check with its default settings, keep non-contracts
 * silent and offer working quick fixes. Neovim is checked end to end in test/e2e; this pins the
 * same guarantee down without an editor.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { CodeAction } from 'vscode-languageserver-protocol/node';
import { TestClient } from './lsp-client';

const root = path.resolve(__dirname, '../..');
const samplePath = path.join(root, 'examples/msp-master-services-agreement.md');
const readmePath = path.join(root, 'test/fixtures/not-a-contract/README.md');

describe('a client without workspace/configuration', function () {
  let client: TestClient;
  let configurationRequests = 0;
  before(async () => {
    client = new TestClient();
    client.connection.onRequest('workspace/configuration', () => {
      configurationRequests++;
      throw new Error('this client does not support workspace/configuration');
    });
    await client.initialize(root, false, { documentChanges: false });
  });
  after(async () => {
    if (client) assert.equal(await client.shutdown(), 0);
  });

  it('checks the sample with the default settings and never asks for configuration', async () => {
    const diagnostics = await client.open(`file://${samplePath}`, fs.readFileSync(samplePath, 'utf8'));
    for (const code of ['mfa.provider-access', 'backup.contracted-service', 'logging.retention', 'logging.security-event-management']) {
      assert.ok(diagnostics.some((d) => d.code === code && d.source === 'clauselint'), `no ${code} diagnostic`);
    }
    assert.equal(configurationRequests, 0);
  });

  it('offers the MFA insert-clause fix as a plain `changes` edit', async () => {
    const uri = `file://${samplePath}`;
    const mfa = client.latest.get(uri)?.diagnostics.find((d) => d.code === 'mfa.provider-access');
    assert.ok(mfa, 'no MFA diagnostic');
    const actions = (await client.codeActions(uri, mfa.range, [mfa])).filter((a): a is CodeAction => 'kind' in a || 'edit' in a);
    const insert = actions.find((a) => a.title.startsWith('Insert ') && a.diagnostics?.some((d) => isDeepStrictEqual(d, mfa)));
    assert.ok(insert, `no insert fix in: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(insert.edit?.documentChanges, undefined);
    assert.ok(insert.edit?.changes?.[uri]?.length, 'the fix has no edits for the draft');
  });

  it('uses settings the client pushes with didChangeConfiguration', async () => {
    const uri = `file://${samplePath}`;
    const off = client.waitForDiagnostics(uri, (d) => !d.diagnostics.some((x) => x.code === 'mfa.provider-access'));
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { clauselint: { severity: { 'mfa.provider-access': 'off' } } } });
    assert.ok((await off).diagnostics.some((d) => d.code === 'backup.contracted-service'), 'other findings stay');
    const back = client.waitForDiagnostics(uri, (d) => d.diagnostics.some((x) => x.code === 'mfa.provider-access'));
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { clauselint: {} } });
    await back;
    assert.equal(configurationRequests, 0);
  });

  it('keeps a README that is not a contract silent', async () => {
    assert.deepEqual(await client.open(`file://${readmePath}`, fs.readFileSync(readmePath, 'utf8')), []);
  });
});
