/**
 * Coverage UI that LSP has no standard for: a status bar item with the active document's score
 * ("clauselint 20/40") and a webview listing every requirement by advisory heading, with evidence
 * links that jump to the text and export to Markdown or CSV. The numbers come from the server's
 * `clauselint/coverage` request, so the engine stays the one source of truth.
 */
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CLIENT_COMMANDS,
  COVERAGE_REPORT_REQUEST,
  COVERAGE_REQUEST,
  type CoverageItem,
  type CoverageReportFormat,
  type CoverageReportParams,
  type CoverageReportResponse,
  type CoverageResponse,
} from '../../server/src/protocol';

export const COMMAND_SHOW_COVERAGE = CLIENT_COMMANDS.showCoverage;
export const COMMAND_EXPORT_COVERAGE = CLIENT_COMMANDS.exportCoverage;

type Message = { type: 'reveal'; start: number; end: number; file?: number } | { type: 'export'; format: 'markdown' | 'csv' } | { type: 'cite'; index: number };

export class CoverageView implements vscode.Disposable {
  private readonly statusItem: vscode.StatusBarItem;
  private panel: vscode.WebviewPanel | undefined;
  /** The document the panel shows (follows the active Markdown editor). */
  private panelUri: vscode.Uri | undefined;
  private last = new Map<string, CoverageResponse>();
  /** A comparison shown instead of the coverage (clauselint: Compare coverage with …). */
  private comparison: { uri: string; html: string } | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    this.statusItem = vscode.window.createStatusBarItem('clauselint.coverage', vscode.StatusBarAlignment.Right, 100);
    this.statusItem.name = 'clauselint coverage';
    this.statusItem.command = COMMAND_SHOW_COVERAGE;
    this.disposables.push(
      this.statusItem,
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const watched = [vscode.window.activeTextEditor?.document.uri, this.panelUri].filter((u): u is vscode.Uri => !!u).map((u) => u.toString());
        if (e.uris.some((u) => watched.includes(u.toString()))) void this.refresh();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.last.delete(d.uri.toString())),
    );
  }

  private async request(uri: vscode.Uri): Promise<CoverageResponse | null> {
    try {
      const response = await this.client.sendRequest<CoverageResponse | null>(COVERAGE_REQUEST, { uri: uri.toString() });
      if (response) this.last.set(uri.toString(), response);
      return response;
    } catch {
      return null; // server restarting; the next diagnostics event refreshes
    }
  }

  /** The coverage rendered by the server (the view's page, or an export file's content). */
  private async report(uri: vscode.Uri, format: CoverageReportFormat, nonce?: string): Promise<CoverageReportResponse | null> {
    const params: CoverageReportParams = { uri: uri.toString(), format, documentName: path.basename(uri.fsPath || uri.path), ...(nonce ? { nonce } : {}) };
    try {
      return await this.client.sendRequest<CoverageReportResponse | null>(COVERAGE_REPORT_REQUEST, params);
    } catch {
      return null;
    }
  }

  /** Update the status bar for the active editor and the panel for its document. */
  async refresh(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (editor && editor.document.languageId === 'markdown') {
      const response = await this.request(editor.document.uri);
      this.showStatus(response);
      if (this.panel) {
        this.panelUri = editor.document.uri;
        await this.render(editor.document.uri);
      }
    } else {
      this.statusItem.hide();
      if (this.panel && this.panelUri) {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.panelUri!.toString());
        if (doc) {
          await this.request(doc.uri);
          await this.render(doc.uri);
        }
      }
    }
  }

  private showStatus(response: CoverageResponse | null): void {
    const coverage = response?.coverage;
    if (!coverage) {
      this.statusItem.hide();
      return;
    }
    const { met, total, percent } = coverage.score;
    this.statusItem.text = `$(checklist) clauselint ${met}/${total}`;
    this.statusItem.tooltip = `AA22-131A coverage: ${met} of ${total} requirements met (${percent ?? 0}%), counting clauses accepted with a reason. Click to open the coverage view.`;
    this.statusItem.show();
  }

  async show(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const document = editor?.document.languageId === 'markdown' ? editor.document : undefined;
    if (!document) {
      void vscode.window.showInformationMessage('clauselint: open a Markdown contract draft first.');
      return;
    }
    this.comparison = undefined;
    this.ensurePanel();
    this.panelUri = document.uri;
    await this.request(document.uri);
    await this.render(document.uri);
  }

  private ensurePanel(): void {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('clauselint.coverage', 'clauselint coverage', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        enableCommandUris: false,
        localResourceRoots: [],
        retainContextWhenHidden: false,
      });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.panelUri = undefined;
      }, null, this.disposables);
      this.panel.webview.onDidReceiveMessage((m: Message) => void this.onMessage(m), null, this.disposables);
    } else this.panel.reveal(vscode.ViewColumn.Beside, true);
  }

  /**
   * Shows a comparison of the draft with another version (rendered by the server) in the panel,
   * until the coverage view is asked for again.
   */
  showComparison(uri: vscode.Uri, html: string): void {
    this.comparison = { uri: uri.toString(), html };
    this.ensurePanel();
    this.panelUri = uri;
    this.panel!.webview.html = html;
  }

  private async render(uri: vscode.Uri): Promise<void> {
    if (!this.panel) return;
    if (this.comparison?.uri === uri.toString()) {
      this.panel.webview.html = this.comparison.html;
      return;
    }
    const page = await this.report(uri, 'view-html', randomBytes(16).toString('base64'));
    if (!this.panel) return;
    this.panel.webview.html = page?.content ?? NOT_READY_PAGE;
  }

  private items(): CoverageItem[] {
    const response = this.panelUri ? this.last.get(this.panelUri.toString()) : undefined;
    return response?.coverage?.groups.flatMap((g) => g.items) ?? [];
  }

  private async onMessage(message: Message): Promise<void> {
    if (!this.panelUri) return;
    if (message.type === 'reveal' && Number.isInteger(message.start) && Number.isInteger(message.end)) {
      // Evidence in another file of a contract set: the file comes from the server's coverage, by index.
      const files = this.last.get(this.panelUri.toString())?.coverage?.files;
      const other = Number.isInteger(message.file) && files ? files[message.file!] : undefined;
      const document = await vscode.workspace.openTextDocument(other ? vscode.Uri.parse(other) : this.panelUri);
      const range = new vscode.Range(document.positionAt(message.start), document.positionAt(message.end));
      const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, selection: range });
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    } else if (message.type === 'export' && (message.format === 'markdown' || message.format === 'csv')) {
      await this.export(message.format);
    } else if (message.type === 'cite') {
      // Only a citation URL of the current coverage, and only https, is ever opened.
      const url = this.items()[message.index]?.citation.url;
      if (url && /^https:\/\//.test(url)) await vscode.env.openExternal(vscode.Uri.parse(url));
    }
  }

  /** Save the coverage of the panel's (or active) document as Markdown or CSV. */
  async export(format?: 'markdown' | 'csv'): Promise<void> {
    const uri = this.panelUri ?? vscode.window.activeTextEditor?.document.uri;
    if (!uri) return;
    const response = await this.report(uri, 'csv');
    if (!response?.checked) {
      void vscode.window.showInformationMessage('clauselint: this document is not checked as a contract draft, so there is no coverage to export.');
      return;
    }
    const chosen = format ?? (await vscode.window.showQuickPick([{ label: 'Markdown', format: 'markdown' as const }, { label: 'CSV', format: 'csv' as const }], { placeHolder: 'Export coverage as' }))?.format;
    if (!chosen) return;
    const base = path.basename(uri.fsPath || uri.path).replace(/\.[^.]+$/, '');
    const extension = chosen === 'markdown' ? 'md' : 'csv';
    const target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(uri, '..', `${base}.aa22-131a-coverage.${extension}`),
      filters: chosen === 'markdown' ? { Markdown: ['md'] } : { CSV: ['csv'] },
    });
    if (!target) return;
    const exported = await this.report(uri, chosen);
    if (!exported?.checked) return;
    const content = exported.content;
    await vscode.workspace.fs.writeFile(target, Buffer.from(content, 'utf8'));
    void vscode.window.showInformationMessage(`clauselint: coverage saved to ${path.basename(target.fsPath)}.`);
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** Shown while the server cannot answer (starting or restarting); the next diagnostics event refreshes. */
const NOT_READY_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none';"></head><body><p>The clauselint server is not ready yet.</p></body></html>`;
