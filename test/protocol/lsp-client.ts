/**
 * A small LSP test client: starts the built server (dist/server.js --stdio) as a separate process
 * and speaks LSP to it. Tests wait on events (publishDiagnostics), never on timers.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Diagnostic,
  InitializeRequest,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  ExitNotification,
  ConfigurationRequest,
  RegistrationRequest,
  type InitializeResult,
} from 'vscode-languageserver-protocol/node';

export const SERVER = path.resolve(__dirname, '../../dist/server.js');

type Waiter = { uri: string; predicate: (d: PublishDiagnosticsParams) => boolean; resolve: (d: PublishDiagnosticsParams) => void };

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcessWithoutNullStreams;
  readonly latest = new Map<string, PublishDiagnosticsParams>();
  readonly stderr: string[] = [];
  /** What workspace/configuration answers for section "clauselint". */
  settings: Record<string, unknown> = {};
  private waiters: Waiter[] = [];
  private versions = new Map<string, number>();

  constructor(args: string[] = ['--stdio']) {
    this.process = spawn(process.execPath, [SERVER, ...args], { stdio: 'pipe' });
    this.process.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.latest.set(params.uri, params);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri === params.uri && w.predicate(params)) {
          w.resolve(params);
          return false;
        }
        return true;
      });
    });
    this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((i) => (i.section === 'clauselint' ? this.settings : null)));
    this.connection.onRequest(RegistrationRequest.type, () => undefined);
    this.connection.onRequest('window/showMessageRequest', () => null);
    this.connection.onNotification('window/showMessage', () => undefined);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  async initialize(rootPath?: string, configuration = true): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: rootPath ? `file://${rootPath}` : null,
      workspaceFolders: rootPath ? [{ uri: `file://${rootPath}`, name: 'ws' }] : null,
      capabilities: {
        workspace: { configuration, didChangeConfiguration: { dynamicRegistration: true }, applyEdit: true, workspaceEdit: { documentChanges: true } },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, dataSupport: true, resolveSupport: { properties: ['edit'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
        },
        general: { positionEncodings: ['utf-16'] },
      },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  /** Resolves with the next publishDiagnostics for `uri` that satisfies `predicate`. */
  waitForDiagnostics(uri: string, predicate: (d: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.waiters.push({ uri, predicate, resolve }));
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<Diagnostic[]> {
    this.versions.set(uri, 1);
    const wait = this.waitForDiagnostics(uri, (d) => d.version === undefined || d.version === 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return (await wait).diagnostics;
  }

  /** Sends an incremental change and waits for the diagnostics of the new version. */
  async change(uri: string, changes: { range?: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[]): Promise<Diagnostic[]> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const wait = this.waitForDiagnostics(uri, (d) => d.version === version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes.map((c) => (c.range ? { range: c.range, text: c.text } : { text: c.text })),
    });
    return (await wait).diagnostics;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
