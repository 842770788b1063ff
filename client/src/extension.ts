/**
 * The VS Code side of clauselint: starts the language server, forwards the "Check this document"
 * command, and owns the UI that LSP has no standard for.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CLIENT_COMMANDS, SERVER_COMMANDS, SERVER_EXEC_ARGV, type InsertAllMissingResult } from '../../server/src/protocol';
import { CoverageView } from './coverage-view';
import { compareCoverage, importWordDraft } from './revisions';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { configurationSection: 'clauselint' },
  };
  client = new LanguageClient('clauselint', 'clauselint', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand(CLIENT_COMMANDS.checkThisDocument, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'markdown') {
        void vscode.window.showInformationMessage('clauselint: open a Markdown contract draft first.');
        return;
      }
      await client?.sendRequest('workspace/executeCommand', {
        command: SERVER_COMMANDS.checkDocument,
        arguments: [editor.document.uri.toString()],
      });
    }),
  );
  await client.start();

  const coverage = new CoverageView(client);
  context.subscriptions.push(
    coverage,
    vscode.commands.registerCommand(CLIENT_COMMANDS.showCoverage, () => coverage.show()),
    vscode.commands.registerCommand(CLIENT_COMMANDS.exportCoverage, () => coverage.export()),
    vscode.commands.registerCommand(CLIENT_COMMANDS.importWordDraft, (resource?: vscode.Uri) => importWordDraft(client!, resource)),
    vscode.commands.registerCommand(CLIENT_COMMANDS.compareCoverage, () => compareCoverage(client!, coverage)),
    vscode.commands.registerCommand(CLIENT_COMMANDS.insertAllMissingClauses, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'markdown') {
        void vscode.window.showInformationMessage('clauselint: open a Markdown contract draft first.');
        return;
      }
      // The server computes one edit (numbered, placed) and applies it through workspace/applyEdit.
      const result = await client?.sendRequest<InsertAllMissingResult>('workspace/executeCommand', {
        command: SERVER_COMMANDS.insertAllMissing,
        arguments: [editor.document.uri.toString()],
      });
      if (result?.applied) void vscode.window.showInformationMessage(`clauselint: inserted ${result.inserted} missing clause${result.inserted === 1 ? '' : 's'}; confirm the bracketed values.`);
      else if (result?.message) void vscode.window.showInformationMessage(result.message);
    }),
  );
  void coverage.refresh();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
