/**
 * The server makes no network requests. It runs with no-network.cjs preloaded, which turns every
 * Node network API into a recorded failure, through a full session: a workspace with its own
 * clause pack, diagnostics, hover, code actions, completion, the coverage request, commands,
 * edits, saves, configuration and pack reloads, shutdown. Nothing may be recorded. A first test
 * shows the guard does catch each kind of access, so the session test can fail.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DidChangeWatchedFilesNotification } from 'vscode-languageserver-protocol/node';
import { TestClient } from './lsp-client';

const root = path.resolve(__dirname, '../..');
const PRELOAD = path.join(__dirname, 'no-network.cjs');

function readLog(file: string): { pid: number; what: string; detail: string }[] {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { pid: number; what: string; detail: string });
}

/** Start the server with the guard preloaded (NODE_OPTIONS reaches the child only). */
function guardedClient(logFile: string): TestClient {
  const saved = { options: process.env.NODE_OPTIONS, log: process.env.CLAUSELINT_NETWORK_LOG };
  process.env.NODE_OPTIONS = `${saved.options ?? ''} --require "${PRELOAD}"`.trim();
  process.env.CLAUSELINT_NETWORK_LOG = logFile;
  try {
    return new TestClient();
  } finally {
    if (saved.options === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = saved.options;
    if (saved.log === undefined) delete process.env.CLAUSELINT_NETWORK_LOG;
    else process.env.CLAUSELINT_NETWORK_LOG = saved.log;
  }
}

describe('no network access', function () {
  this.timeout(60_000);
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clauselint-no-network-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the guard records and blocks every kind of network access', () => {
    const logFile = path.join(dir, 'probe.log');
    const probe = `
      const tryIt = async (f) => { try { await f(); } catch {} };
      (async () => {
        await tryIt(() => fetch('http://example.invalid/'));
        await tryIt(() => require('node:http').get('http://example.invalid/'));
        await tryIt(() => require('node:https').request('https://example.invalid/'));
        await tryIt(() => require('node:dns').lookup('example.invalid', () => {}));
        await tryIt(() => require('node:dns').promises.resolve4('example.invalid'));
        await tryIt(() => new (require('node:net').Socket)().connect(80, '192.0.2.1'));
        await tryIt(() => require('node:tls').connect(443, '192.0.2.1'));
        await tryIt(() => require('node:dgram').createSocket('udp4'));
      })();`;
    execFileSync(process.execPath, ['--require', PRELOAD, '-e', probe], { env: { ...process.env, CLAUSELINT_NETWORK_LOG: logFile } });
    const seen = new Set(readLog(logFile).map((r) => r.what));
    for (const what of ['armed', 'fetch', 'http.get', 'https.request', 'dns.lookup', 'dns.promises.resolve4', 'net.Socket#connect', 'tls.connect', 'dgram.createSocket']) {
      assert.ok(seen.has(what), `${what} was not caught: ${[...seen].join(', ')}`);
    }
  });

  it('the language server makes no request in a full session with a workspace pack', async () => {
    const logFile = path.join(dir, 'server.log');
    const workspace = path.join(dir, 'workspace');
    fs.cpSync(path.join(root, 'test/fixtures/workspaces/editor/.clauselint'), path.join(workspace, '.clauselint'), { recursive: true });
    const uri = `file://${path.join(workspace, 'agreement.md')}`;
    const sample = fs.readFileSync(path.join(root, 'examples/msp-master-services-agreement.md'), 'utf8');

    const client = guardedClient(logFile);
    client.settings = { packs: ['aa22-131a', 'editor-test'], debounceMs: 0 };
    await client.initialize(workspace);
    const diagnostics = await client.open(uri, sample);
    assert.ok(diagnostics.some((d) => String(d.code).startsWith('t.')), 'the workspace pack is used');
    const first = diagnostics[0]!;
    await client.hover(uri, first.range.start);
    const actions = await client.codeActions(uri, first.range, [first]);
    assert.ok(actions.length > 0);
    await client.completion(uri, { line: 0, character: 0 });
    await client.request('clauselint/coverage', { textDocument: { uri } });
    await client.executeCommand('clauselint.checkDocument', [uri]);
    await client.executeCommand('clauselint.server.insertAllMissing', [uri]);
    await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Draft. ' }]);
    await client.save(uri);
    const rechecked = client.waitForDiagnostics(uri);
    await client.changeConfiguration();
    await rechecked;
    const reloaded = client.waitForDiagnostics(uri);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: `file://${workspace}/.clauselint/packs/editor-test/pack.yaml`, type: 2 }] });
    await reloaded;
    await client.close(uri);
    const serverPid = client.process.pid;
    assert.equal(await client.shutdown(), 0, 'stdio worked and the server exited cleanly');

    const records = readLog(logFile).filter((r) => r.pid === serverPid);
    assert.ok(records.some((r) => r.what === 'armed'), 'the guard was loaded into the server');
    assert.deepEqual(records.filter((r) => r.what !== 'armed'), [], 'network access attempted');
  });
});
