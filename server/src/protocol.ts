/**
 * The wire between the VS Code client and the language server: custom requests, command ids and
 * the shapes they carry. The client imports this module and nothing else from the server; it has
 * no run-time imports (the coverage shapes are the engine's types, erased at build time), so the
 * client bundle carries no engine code.
 */
import type { Coverage } from './engine';

export type { Coverage, CoverageEvidence, CoverageGroup, CoverageItem, Score } from './engine';

/**
 * Node flags the client starts the language server with. V8's young generation defaults to two
 * 16 MB semi-spaces; checking a large draft fills them, and their pages stay resident after every
 * collection (a full one, as the server runs once typing pauses, does not give them back). With
 * 4 MB semi-spaces the server held 15–20 MB less with a 1.2 MB draft open and checked no slower
 * (README, Performance). The flag must be given at start: V8 sizes the heap before any code runs.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=4'];

/** Commands the extension contributes (package.json `contributes.commands`). */
export const CLIENT_COMMANDS = {
  checkThisDocument: 'clauselint.checkThisDocument',
  insertAllMissingClauses: 'clauselint.insertAllMissingClauses',
  showCoverage: 'clauselint.showCoverage',
  exportCoverage: 'clauselint.exportCoverage',
  importWordDraft: 'clauselint.importWordDraft',
  compareCoverage: 'clauselint.compareCoverage',
} as const;

/** Commands the server executes (workspace/executeCommand). */
export const SERVER_COMMANDS = {
  checkDocument: 'clauselint.checkDocument',
  insertAllMissing: 'clauselint.server.insertAllMissing',
} as const;

/** The answer of SERVER_COMMANDS.insertAllMissing. */
export interface InsertAllMissingResult {
  applied: boolean;
  inserted: number;
  message?: string;
}

/** `clauselint/coverage`: the coverage of an open document, for the status bar and the coverage view. */
export const COVERAGE_REQUEST = 'clauselint/coverage';

export interface CoverageParams {
  uri: string;
}

export interface CoverageResponse {
  uri: string;
  version: number;
  /** False when the document is not checked (not a contract, excluded, disabled, too large). */
  checked: boolean;
  /** Why it was or was not checked. */
  reason: string;
  coverage?: Coverage;
}

/**
 * `clauselint/coverageReport`: the coverage of an open document rendered by the server's reporters,
 * as the coverage view's HTML page or as a Markdown or CSV export. One renderer and one set of
 * escapers serve the editor and the command line.
 */
export const COVERAGE_REPORT_REQUEST = 'clauselint/coverageReport';

export type CoverageReportFormat = 'view-html' | 'markdown' | 'csv';

export interface CoverageReportParams {
  uri: string;
  format: CoverageReportFormat;
  /** The file name shown in the report's title. */
  documentName: string;
  /** For 'view-html': the Content-Security-Policy nonce of the webview's inline style and script. */
  nonce?: string;
}

export interface CoverageReportResponse {
  /** False when the document is not checked; `content` then says why (the view shows it). */
  checked: boolean;
  content: string;
}

/** `clauselint/importWord`: a Word draft (.docx on disk) converted to Markdown; the client writes it beside the .docx. */
export const IMPORT_WORD_REQUEST = 'clauselint/importWord';

export interface ImportWordParams {
  /** file: URI of the .docx. */
  uri: string;
}

export type ImportWordResponse =
  | { ok: true; markdown: string; paragraphs: number; trackedChanges?: string; warnings: string[] }
  | { ok: false; message: string };

/**
 * `clauselint/compareCoverage`: what a revision changed. The open draft (`uri`) is compared with a
 * base: a text the client got elsewhere (its last committed version, through VS Code's git
 * extension, so the server runs no git) or another file. The answer is the coverage view's page.
 */
export const COMPARE_COVERAGE_REQUEST = 'clauselint/compareCoverage';

export interface CompareCoverageParams {
  uri: string;
  /**
   * The earlier version: a text (with `parts` when the client can give the same revision of the
   * parts of a contract set: absolute path → text, or null when that revision has no such file),
   * or a file to read.
   */
  base: { text: string; label: string; parts?: Record<string, string | null> } | { uri: string; label: string };
  documentName: string;
  /** The webview's Content-Security-Policy nonce for the page's inline style. */
  nonce: string;
}

export interface CompareCoverageResponse {
  ok: boolean;
  /** The page for the coverage view (ok), or why nothing was compared. */
  content: string;
  regressions: number;
  changes: number;
  /**
   * The base names parts of a contract set that `base.parts` does not hold yet (absolute paths):
   * the client sends the request again with their texts at the same revision.
   */
  needParts?: string[];
}
