/**
 * The server survives what clients and crashes throw at it: requests about documents it does not
 * have, malformed JSON-RPC, unknown methods, bad parameters, a cancelled request during a long
 * check, and being killed mid-session (a new process then picks up cleanly).
 *
 * What is not tested here: that VS Code restarts a crashed server (vscode-languageclient's restart
 * logic needs the real editor; that belongs to the end-to-end suite).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CancellationTokenSource, ErrorCodes, HoverRequest, LSPErrorCodes, ResponseError, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { generateContract } from '../../bench/generate';
import { TestClient } from './lsp-client';

const root = path.resolve(__dirname, '../..');
const samplePath = path.join(root, 'examples/msp-master-services-agreement.md');
const sampleUri = `file://${samplePath}`;
const sample = fs.readFileSync(samplePath, 'utf8');
const origin = { line: 0, character: 0 };

/** Write raw bytes to the server's stdin, as a broken client would. */
function writeRaw(client: TestClient, body: string): void {
  client.process.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}

/** The server is alive and answering: a hover on the open sample draft gets an answer. */
async function assertResponsive(client: TestClient): Promise<void> {
  const hover = await client.hover(sampleUri, { line: 2, character: 5 });
  assert.notEqual(hover, undefined);
  assert.equal(client.process.exitCode, null, 'the server is still running');
}

async function rejection(promise: Promise<unknown>): Promise<ResponseError<unknown>> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ResponseError, String(error));
    return error;
  }
  assert.fail('expected an error response');
}

describe('server resilience', function () {
  this.timeout(120_000);
  let client: TestClient;
  let sampleDiagnostics: Diagnostic[];

  before(async () => {
    client = new TestClient();
    client.settings = { debounceMs: 0 };
    await client.initialize(root);
    sampleDiagnostics = await client.open(sampleUri, sample);
  });
  after(async () => {
    if (client && client.process.exitCode === null) assert.equal(await client.shutdown(), 0);
  });

  describe('documents the server does not have', () => {
    const unknown = 'file:///nowhere/never-opened.md';

    it('answers hover, code actions and completion on an unknown document with nothing', async () => {
      assert.equal(await client.hover(unknown, origin), null);
      assert.deepEqual(await client.codeActions(unknown, { start: origin, end: origin }, []), []);
      const completion = await client.completion(unknown, origin);
      assert.ok(completion === null || (Array.isArray(completion) ? completion.length === 0 : completion.items.length === 0));
      assert.equal(await client.request('clauselint/coverage', { textDocument: { uri: unknown } }), null);
    });

    it('answers a command on an unknown document with a message, not an error', async () => {
      const result = (await client.executeCommand('clauselint.checkDocument', [unknown])) as { ok: boolean; message: string };
      assert.equal(result.ok, false);
      assert.match(result.message, /is not open/);
      await client.executeCommand('clauselint.checkDocument', []);
      await client.executeCommand('clauselint.server.insertAllMissing', [unknown]);
    });

    it('answers requests on a closed document with nothing, and clears its diagnostics', async () => {
      const uri = 'file:///drafts/closed-agreement.md';
      assert.ok((await client.open(uri, sample)).length > 0);
      const cleared = client.waitForDiagnostics(uri, (d) => d.diagnostics.length === 0);
      await client.close(uri);
      await cleared;
      assert.equal(await client.hover(uri, sampleDiagnostics[0]!.range.start), null);
      assert.deepEqual(await client.codeActions(uri, sampleDiagnostics[0]!.range, sampleDiagnostics), []);
    });

    it('answers positions beyond the end of a document without failing', async () => {
      const far = { line: 1_000_000, character: 1_000_000 };
      await client.hover(sampleUri, far);
      await client.codeActions(sampleUri, { start: far, end: far }, []);
      await client.completion(sampleUri, far);
      await assertResponsive(client);
    });
  });

  describe('broken messages', () => {
    it('answers an unknown request with MethodNotFound and ignores an unknown notification', async () => {
      const error = await rejection(client.request('clauselint/noSuchRequest', {}));
      assert.equal(error.code, ErrorCodes.MethodNotFound);
      await client.connection.sendNotification('clauselint/noSuchNotification', { x: 1 });
      await client.connection.sendNotification('$/noSuchProtocolNotification', {});
      await assertResponsive(client);
    });

    it('answers requests with missing or wrong parameters with an error, and keeps going', async () => {
      for (const [method, params] of [
        ['textDocument/hover', {}],
        ['textDocument/codeAction', { textDocument: { uri: sampleUri } }],
        ['textDocument/completion', { textDocument: 42, position: 'x' }],
        ['workspace/executeCommand', { command: 'clauselint.checkDocument', arguments: [{ uri: 1 }] }],
        ['clauselint/coverage', null],
      ] as const) {
        await client.request(method, params).catch((e: unknown) => assert.ok(e instanceof ResponseError, `${method}: ${String(e)}`));
      }
      await assertResponsive(client);
    });

    it('survives notifications with broken parameters', async () => {
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///broken.md' } });
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///never-opened.md', version: 2 }, contentChanges: [{ text: 'x' }] });
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: sampleUri }, contentChanges: 'nonsense' });
      await client.connection.sendNotification('textDocument/didClose', {});
      await client.connection.sendNotification('workspace/didChangeConfiguration', 17);
      await assertResponsive(client);
    });

    // A wrong Content-Length is not tested: it breaks the framing of every later message (the
    // transport cannot find message boundaries again), whatever the server does.
    it('survives malformed JSON and JSON values that are not messages', async () => {
      writeRaw(client, '{"jsonrpc": "2.0", "id": 99, "method": ');
      writeRaw(client, '[1, 2, 3]');
      writeRaw(client, '"just a string"');
      writeRaw(client, 'null');
      writeRaw(client, '{"id": 7}');
      writeRaw(client, '{"jsonrpc": "2.0", "id": 8, "method": 12}');
      writeRaw(client, '\u0000\uFFFF not json at all');
      await assertResponsive(client);
    });
  });

  describe('cancellation', () => {
    it('answers a request cancelled during a long check at once; the check still publishes', async () => {
      const uri = 'file:///drafts/long-agreement.md';
      const events: string[] = [];
      const published = client.open(uri, generateContract({ size: 1_200_000, seed: 3 })).then((d) => {
        events.push('diagnostics published');
        return d;
      });
      // The hover needs the check that has just started; it is cancelled while it waits for it.
      const source = new CancellationTokenSource();
      const hover = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: origin }, source.token).then(
        () => 'answered',
        (e: unknown) => (e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled ? 'cancelled' : `failed: ${String(e)}`),
      );
      source.cancel();
      events.push(`hover ${await hover}`);
      assert.ok((await published).length > 0, 'the long check still published its diagnostics');
      assert.deepEqual(events, ['hover cancelled', 'diagnostics published']);
      await assertResponsive(client);
    });
  });

  describe('a server killed mid-session', () => {
    it('leaves nothing behind: a new server process picks up the same documents cleanly', async () => {
      const doomed = new TestClient();
      doomed.settings = { debounceMs: 0 };
      await doomed.initialize(root);
      const before = await doomed.open(sampleUri, sample);
      const longUri = 'file:///drafts/killed-mid-check.md';
      const longText = generateContract({ size: 250_000, seed: 4 });
      void doomed.open(longUri, longText);
      const pending = doomed.hover(longUri, origin).then(
        () => 'answered',
        () => 'rejected',
      );
      const exited = new Promise<NodeJS.Signals | null>((resolve) => doomed.process.once('exit', (_code, signal) => resolve(signal)));
      doomed.process.kill('SIGKILL');
      assert.equal(await exited, 'SIGKILL');
      doomed.connection.dispose(); // what a client does when its server dies: pending requests fail
      assert.equal(await pending, 'rejected', 'the pending request failed instead of hanging');

      const fresh = new TestClient();
      fresh.settings = { debounceMs: 0 };
      await fresh.initialize(root);
      try {
        assert.deepEqual(await fresh.open(sampleUri, sample), before, 'the same diagnostics as before the crash');
        assert.ok((await fresh.open(longUri, longText)).length > 0);
        assert.ok(await fresh.hover(sampleUri, before[0]!.range.start));
      } finally {
        assert.equal(await fresh.shutdown(), 0);
      }
    });
  });
});
