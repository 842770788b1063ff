/**
 * Shared by the editor-feature protocol tests: a server over stdio whose workspace holds the
 * small editor-test pack (stable requirements, independent of the bundled catalog's growth).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Command, Diagnostic, TextEdit } from 'vscode-languageserver-protocol/node';
import { applyTextEdits, editsFor, TestClient } from './lsp-client';

export const root = path.resolve(__dirname, '../..');
export const editorWorkspace = path.join(root, 'test/fixtures/workspaces/editor');

export function read(rel: string): string {
  return fs.readFileSync(path.join(root, rel), 'utf8');
}

/** A URI inside the editor workspace (the file need not exist: the client sends the text). */
export function docUri(name: string): string {
  return `file://${path.join(editorWorkspace, name)}`;
}

export async function editorClient(options: { documentChanges?: boolean; snippetSupport?: boolean } = {}): Promise<TestClient> {
  const client = new TestClient();
  client.settings = { packs: ['editor-test'] };
  await client.initialize(editorWorkspace, true, options);
  return client;
}

export function isAction(a: CodeAction | Command): a is CodeAction {
  return 'kind' in a || 'edit' in a;
}

export function byCode(diagnostics: Diagnostic[], code: string): Diagnostic {
  const d = diagnostics.find((x) => x.code === code);
  if (!d) throw new Error(`no diagnostic ${code} in ${diagnostics.map((x) => x.code).join(', ')}`);
  return d;
}

/** The edits of a code action for `uri`, checking they are versioned with `version`. */
export function actionEdits(action: CodeAction, uri: string, version?: number): TextEdit[] {
  const { edits, version: v } = editsFor(action.edit!, uri);
  if (version !== undefined && v !== version) throw new Error(`edit for version ${v}, expected ${version}`);
  return edits;
}

/** LSP position of a UTF-16 offset. */
export function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/**
 * Apply edits and check that no byte outside them changed: every stretch of the original text
 * between edits is found, unchanged, exactly where the edits before it put it.
 */
export function applyChecked(text: string, edits: readonly TextEdit[]): string {
  const out = applyTextEdits(text, edits);
  const spans = edits
    .map((e) => ({ start: offsetOf(text, e.range.start), end: offsetOf(text, e.range.end), newText: e.newText }))
    .sort((a, b) => a.start - b.start);
  let at = 0;
  let shift = 0;
  for (const e of spans) {
    if (out.slice(at + shift, e.start + shift) !== text.slice(at, e.start)) throw new Error(`text between offsets ${at} and ${e.start} changed`);
    shift += e.newText.length - (e.end - e.start);
    at = e.end;
  }
  if (out.slice(at + shift) !== text.slice(at)) throw new Error('text after the last edit changed');
  return out;
}

function offsetOf(text: string, p: { line: number; character: number }): number {
  let offset = 0;
  for (let line = 0; line < p.line; line++) offset = text.indexOf('\n', offset) + 1;
  return offset + p.character;
}
