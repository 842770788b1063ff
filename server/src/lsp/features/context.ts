/**
 * What the editor features share: the open documents, the latest check of each (so code actions,
 * hovers and completions read the same analysis the diagnostics came from), and the conversion
 * of engine offset edits into LSP workspace edits.
 */
import type { ClientCapabilities, Connection, TextDocuments, WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisResult } from '../../engine';
import type { TextEdit } from '../../engine';
import type { Span } from '../../engine';
import type { FileReader } from '../../host/contract-sets';
import type { CheckResult } from '../../host/service';
import type { Settings } from '../../host/settings';

export interface OpenCheck {
  document: TextDocument;
  result: CheckResult;
  settings: Settings;
}

/** An open document that was checked as a contract, with its analysis. */
export interface CheckedDocument extends OpenCheck {
  analysis: AnalysisResult;
}

type RunCheck = (document: TextDocument) => Promise<{ result: CheckResult; settings: Settings }>;

export class FeatureContext {
  clientCapabilities: ClientCapabilities = {};
  /**
   * Checks a text that is not an open document's (a draft's earlier version), with the given
   * settings; the parts of a contract set it names are read through `read` (default: the editor's
   * open documents, else the disk).
   */
  checkText: (uri: string, text: string, settings: Settings, read?: FileReader) => CheckResult = () => {
    throw new Error('clauselint: checkText is not set');
  };
  private readonly checks = new Map<string, { version: number; result: CheckResult; settings: Settings }>();

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    private readonly runCheck: RunCheck,
  ) {}

  /** Called by the diagnostics run, so features reuse its analysis for the same version. */
  remember(uri: string, version: number, result: CheckResult, settings: Settings): void {
    this.checks.set(uri, { version, result, settings });
  }

  forget(uri?: string): void {
    if (uri === undefined) this.checks.clear();
    else this.checks.delete(uri);
  }

  /** The check of an open document at its current version (run now if the last one is older). */
  async checkOpen(uri: string): Promise<OpenCheck | undefined> {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const cached = this.checks.get(uri);
    if (cached && cached.version === document.version) return { document, result: cached.result, settings: cached.settings };
    const { result, settings } = await this.runCheck(document);
    const current = this.documents.get(uri);
    if (!current || current.version !== document.version) return undefined; // edited meanwhile
    this.remember(uri, document.version, result, settings);
    return { document, result, settings };
  }

  /** Like checkOpen, but only for documents checked as contracts. */
  async checkedContract(uri: string): Promise<CheckedDocument | undefined> {
    const open = await this.checkOpen(uri);
    if (!open || !open.result.checked || !open.result.analysis) return undefined;
    return { ...open, analysis: open.result.analysis };
  }

  range(document: TextDocument, span: Span): { start: { line: number; character: number }; end: { line: number; character: number } } {
    return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
  }

  /**
   * Engine edits → a workspace edit for one document: versioned `documentChanges` when the client
   * supports them (the edit is then refused if the document changed meanwhile), else `changes`.
   */
  workspaceEdit(document: TextDocument, edits: readonly TextEdit[], options: { closed?: boolean } = {}): WorkspaceEdit {
    const textEdits = edits.map((e) => ({ range: this.range(document, e), newText: e.newText }));
    if (this.clientCapabilities.workspace?.workspaceEdit?.documentChanges) {
      // A file that is not open has no version: null tells the client to edit it as it is on disk.
      return { documentChanges: [{ textDocument: { uri: document.uri, version: options.closed ? null : document.version }, edits: textEdits }] };
    }
    return { changes: { [document.uri]: textEdits } };
  }
}
