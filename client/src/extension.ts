/**
 * The VS Code side of clauselint: starts the language server, forwards the "Check this document"
 * command, and owns the UI that LSP has no standard for.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { COMMAND_EXPORT_COVERAGE, COMMAND_SHOW_COVERAGE, CoverageView } from './coverage-view';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
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
    vscode.commands.registerCommand('clauselint.checkThisDocument', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'markdown') {
        void vscode.window.showInformationMessage('clauselint: open a Markdown contract draft first.');
        return;
      }
      await client?.sendRequest('workspace/executeCommand', {
        command: 'clauselint.checkDocument',
        arguments: [editor.document.uri.toString()],
      });
    }),
  );
  await client.start();

  const coverage = new CoverageView(client);
  context.subscriptions.push(
    coverage,
    vscode.commands.registerCommand(COMMAND_SHOW_COVERAGE, () => coverage.show()),
    vscode.commands.registerCommand(COMMAND_EXPORT_COVERAGE, () => coverage.export()),
    vscode.commands.registerCommand('clauselint.insertAllMissingClauses', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'markdown') {
        void vscode.window.showInformationMessage('clauselint: open a Markdown contract draft first.');
        return;
      }
      // The server computes one edit (numbered, placed) and applies it through workspace/applyEdit.
      const result = await client?.sendRequest<{ applied: boolean; inserted: number; message?: string }>('workspace/executeCommand', {
        command: 'clauselint.server.insertAllMissing',
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
