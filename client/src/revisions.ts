/**
 * "clauselint: Import Word draft as Markdown" and "clauselint: Compare coverage with …". The server
 * converts and compares; the client picks files, writes the imported Markdown, and gets a draft's
 * last committed version through VS Code's git extension (so the server never runs git).
 */
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  COMPARE_COVERAGE_REQUEST,
  IMPORT_WORD_REQUEST,
  type CompareCoverageParams,
  type CompareCoverageResponse,
  type ImportWordResponse,
} from '../../server/src/protocol';
import type { CoverageView } from './coverage-view';

/** The part of the git extension's API (vscode.git, API version 1) that is used here. */
interface GitRepository {
  show(ref: string, path: string): Promise<string>;
}
interface GitApi {
  getRepository(uri: vscode.Uri): GitRepository | null;
}

/** Rounds of "send me these parts" a comparison may take (a part may name parts of its own). */
const MAX_PART_ROUNDS = 5;

export async function importWordDraft(client: LanguageClient, resource?: vscode.Uri): Promise<void> {
  let docx = resource && /\.docx$/i.test(resource.path) ? resource : undefined;
  if (!docx) {
    const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Word documents': ['docx'] }, openLabel: 'Import as Markdown' });
    docx = picked?.[0];
  }
  if (!docx) return;
  const response = await client.sendRequest<ImportWordResponse>(IMPORT_WORD_REQUEST, { uri: docx.toString() });
  if (!response.ok) {
    void vscode.window.showErrorMessage(response.message);
    return;
  }
  const target = docx.with({ path: docx.path.replace(/\.docx$/i, '.md') });
  try {
    await vscode.workspace.fs.stat(target);
    const overwrite = await vscode.window.showWarningMessage(`${path.basename(target.path)} exists. Replace it with the imported draft?`, { modal: true }, 'Replace');
    if (overwrite !== 'Replace') return;
  } catch {
    // does not exist yet
  }
  await vscode.workspace.fs.writeFile(target, Buffer.from(response.markdown, 'utf8'));
  await vscode.window.showTextDocument(target);
  const note = response.trackedChanges ? ` Note: ${response.trackedChanges}.` : '';
  void vscode.window.showInformationMessage(`clauselint: imported ${path.basename(docx.path)} as ${path.basename(target.path)} (${response.paragraphs} paragraphs).${note}`);
}

async function repositoryOf(uri: vscode.Uri): Promise<GitRepository | undefined> {
  const extension = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
  if (!extension) return undefined;
  const git = (extension.isActive ? extension.exports : await extension.activate()).getAPI(1);
  return git.getRepository(uri) ?? undefined;
}

/** A file's text at HEAD; undefined when it is not committed there (or not in a repository). */
async function atHead(repository: GitRepository, fsPath: string): Promise<string | undefined> {
  try {
    return await repository.show('HEAD', fsPath);
  } catch {
    return undefined;
  }
}

export async function compareCoverage(client: LanguageClient, view: CoverageView): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('clauselint: open a Markdown contract draft first.');
    return;
  }
  const uri = editor.document.uri;
  const choice = await vscode.window.showQuickPick(
    [
      { label: 'Last committed version', description: 'git HEAD', base: 'head' as const },
      { label: 'Another file…', description: 'an earlier draft in Markdown', base: 'file' as const },
    ],
    { placeHolder: 'Compare the AA22-131A coverage of this draft with…' },
  );
  if (!choice) return;
  let base: CompareCoverageParams['base'];
  let repository: GitRepository | undefined;
  if (choice.base === 'head') {
    repository = await repositoryOf(uri);
    const text = repository && (await atHead(repository, uri.fsPath));
    if (text === undefined) {
      void vscode.window.showInformationMessage('clauselint: this draft has no committed version (no git repository, or not committed yet).');
      return;
    }
    // The parts of a contract set are compared at the same commit: the server asks for them.
    base = { text, label: `${path.basename(uri.path)} (last commit)`, parts: {} };
  } else {
    const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { Markdown: ['md', 'markdown'] }, openLabel: 'Compare with' });
    if (!picked?.[0]) return;
    base = { uri: picked[0].toString(), label: path.basename(picked[0].path) };
  }
  const params: CompareCoverageParams = { uri: uri.toString(), base, documentName: path.basename(uri.path), nonce: randomBytes(16).toString('base64') };
  let response = await client.sendRequest<CompareCoverageResponse>(COMPARE_COVERAGE_REQUEST, params);
  for (let round = 1; response.needParts?.length && repository && 'parts' in base && base.parts && round < MAX_PART_ROUNDS; round++) {
    for (const part of response.needParts) base.parts[part] = (await atHead(repository, part)) ?? null;
    response = await client.sendRequest<CompareCoverageResponse>(COMPARE_COVERAGE_REQUEST, params);
  }
  if (!response.ok) {
    void vscode.window.showInformationMessage(response.content);
    return;
  }
  view.showComparison(uri, response.content);
}
