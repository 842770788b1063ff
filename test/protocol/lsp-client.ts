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
  DidSaveTextDocumentNotification,
  DidChangeConfigurationNotification,
  CodeActionRequest,
  HoverRequest,
  CompletionRequest,
  ExecuteCommandRequest,
  ApplyWorkspaceEditRequest,
  type ApplyWorkspaceEditParams,
  type CodeAction,
  type Command,
  type CompletionItem,
  type CompletionList,
  type Hover,
  type Position,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';

import { SERVER_EXEC_ARGV } from '../../server/src/protocol';

export const SERVER = path.resolve(__dirname, '../../dist/server.js');

type Waiter = { uri: string; predicate: (d: PublishDiagnosticsParams) => boolean; resolve: (d: PublishDiagnosticsParams) => void };

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcessWithoutNullStreams;
  readonly latest = new Map<string, PublishDiagnosticsParams>();
  readonly stderr: string[] = [];
  /** What workspace/configuration answers for section "clauselint". */
  settings: Record<string, unknown> = {};
  /** Per-resource settings (multi-root): when set, answers workspace/configuration by scopeUri. */
  settingsFor?: (scopeUri: string | undefined) => Record<string, unknown>;
  /** workspace/applyEdit requests the server sent (answered as applied). */
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  private waiters: Waiter[] = [];
  private versions = new Map<string, number>();
  /** $/progress notifications received (the server reports long checks when the client allows it). */
  readonly progress: { token: string | number; value: { kind: string; title?: string; message?: string; percentage?: number } }[] = [];
  private progressWaiters: { predicate: (p: TestClient['progress'][number]) => boolean; resolve: (p: TestClient['progress'][number]) => void }[] = [];

  /** `execArgv`: Node's flags, by default those the VS Code client starts the server with. */
  constructor(args: string[] = ['--stdio'], execArgv: readonly string[] = SERVER_EXEC_ARGV) {
    this.process = spawn(process.execPath, [...execArgv, SERVER, ...args], { stdio: 'pipe' });
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
    this.connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((i) => (i.section === 'clauselint' ? (this.settingsFor ? this.settingsFor(i.scopeUri) : this.settings) : null)),
    );
    this.connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      this.appliedEdits.push(params);
      return { applied: true };
    });
    this.connection.onRequest(RegistrationRequest.type, () => undefined);
    this.connection.onRequest('window/showMessageRequest', () => null);
    this.connection.onNotification('window/showMessage', () => undefined);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('$/progress', (params: TestClient['progress'][number]) => {
      this.progress.push(params);
      this.progressWaiters = this.progressWaiters.filter((w) => !(w.predicate(params) && (w.resolve(params), true)));
    });
    this.connection.listen();
  }

  async initialize(
    rootPath?: string,
    configuration = true,
    options: { folders?: string[]; documentChanges?: boolean; snippetSupport?: boolean; workDoneProgress?: boolean } = {},
  ): Promise<InitializeResult> {
    const folders = options.folders ?? (rootPath ? [rootPath] : []);
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: rootPath ? `file://${rootPath}` : null,
      workspaceFolders: folders.length ? folders.map((f, i) => ({ uri: `file://${f}`, name: `ws${i}` })) : null,
      capabilities: {
        workspace: {
          configuration,
          didChangeConfiguration: { dynamicRegistration: true },
          applyEdit: true,
          workspaceEdit: { documentChanges: options.documentChanges ?? true },
        },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, dataSupport: true, resolveSupport: { properties: ['edit'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: options.snippetSupport ?? true, documentationFormat: ['markdown', 'plaintext'] } },
        },
        general: { positionEncodings: ['utf-16'] },
        window: { workDoneProgress: options.workDoneProgress ?? false },
      },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  /** Resolves with the next $/progress notification that satisfies `predicate`. */
  waitForProgress(predicate: (p: TestClient['progress'][number]) => boolean): Promise<TestClient['progress'][number]> {
    return new Promise((resolve) => this.progressWaiters.push({ predicate, resolve }));
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

  /** The document version the client last sent for `uri`. */
  version(uri: string): number | undefined {
    return this.versions.get(uri);
  }

  /** Replaces the whole text (a new version) and waits for its diagnostics. */
  async replace(uri: string, text: string): Promise<Diagnostic[]> {
    return this.change(uri, [{ text }]);
  }

  /** didSave; resolves with the next diagnostics for the current version. */
  async save(uri: string): Promise<Diagnostic[]> {
    const version = this.versions.get(uri);
    const wait = this.waitForDiagnostics(uri, (d) => d.version === undefined || d.version === version);
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    return (await wait).diagnostics;
  }

  /** Tells the server the settings changed (answers come from `settings` / `settingsFor`). */
  async changeConfiguration(): Promise<void> {
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  async codeActions(
    uri: string,
    range: Range,
    diagnostics: Diagnostic[],
    only?: string[],
    triggerKind?: 1 | 2,
  ): Promise<(CodeAction | Command)[]> {
    const result = await this.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: { diagnostics, ...(only ? { only } : {}), ...(triggerKind ? { triggerKind } : {}) },
    });
    return result ?? [];
  }

  async hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  async completion(uri: string, position: Position): Promise<CompletionList | CompletionItem[] | null> {
    return this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
  }

  async executeCommand(command: string, args: unknown[]): Promise<unknown> {
    return this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  }

  async request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
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

/** The text edits a workspace edit makes to one document (versioned documentChanges or changes). */
export function editsFor(edit: WorkspaceEdit, uri: string): { edits: TextEdit[]; version?: number | null } {
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change && change.textDocument.uri === uri) return { edits: change.edits as TextEdit[], version: change.textDocument.version };
  }
  return { edits: edit.changes?.[uri] ?? [] };
}

/** Apply LSP text edits (UTF-16 positions) to a text, as an editor does. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: Position): number => Math.min((starts[p.line] ?? text.length) + p.character, text.length);
  // Last first, so earlier offsets stay valid; inserts at one point keep their array order.
  const sorted = edits
    .map((e, i) => ({ start: offset(e.range.start), end: offset(e.range.end), newText: e.newText, i }))
    .sort((a, b) => b.start - a.start || b.end - a.end || b.i - a.i);
  let out = text;
  let floor = Infinity;
  for (const e of sorted) {
    if (e.end > floor) throw new Error('overlapping edits');
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    floor = e.start;
  }
  return out;
}
