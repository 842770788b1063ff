/**
 * Word drafts and revisions in the editor: `clauselint/importWord` converts a .docx the client
 * names (the client writes the Markdown beside it), and `clauselint/compareCoverage` compares the
 * open draft's coverage with a base text or file and renders the result for the coverage view.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RequestType } from 'vscode-languageserver/node';
import { coverageOf, coverageOfSet, diffCoverage, type Coverage } from '../../engine';
import type { FileReader } from '../../host/contract-sets';
import type { CheckResult } from '../../host/service';
import { URI } from '../../host/uri';
import { convertDocx, trackedChangesNote } from '../../host/word';
import {
  COMPARE_COVERAGE_REQUEST,
  IMPORT_WORD_REQUEST,
  type CompareCoverageParams,
  type CompareCoverageResponse,
  type ImportWordParams,
  type ImportWordResponse,
} from '../../protocol';
import { diffHtml } from '../../reporters/diff';
import type { FeatureContext } from './context';

export const ImportWordRequest = new RequestType<ImportWordParams, ImportWordResponse, void>(IMPORT_WORD_REQUEST);
export const CompareCoverageRequest = new RequestType<CompareCoverageParams, CompareCoverageResponse, void>(COMPARE_COVERAGE_REQUEST);

/** Largest .docx the server reads (a 90-page agreement is well under a megabyte). */
const MAX_DOCX_BYTES = 50 * 1024 * 1024;

export async function onImportWord(params: ImportWordParams): Promise<ImportWordResponse> {
  const file = URI.toPath(params.uri);
  if (!file || !/\.docx$/i.test(file)) return { ok: false, message: 'clauselint: choose a Word document (.docx).' };
  try {
    if (fs.statSync(file).size > MAX_DOCX_BYTES) return { ok: false, message: `clauselint: ${path.basename(file)} is larger than 50 MB.` };
    const c = await convertDocx(fs.readFileSync(file));
    const note = trackedChangesNote(c.trackedChanges);
    return { ok: true, markdown: c.markdown, paragraphs: c.paragraphs, warnings: c.warnings, ...(note ? { trackedChanges: note } : {}) };
  } catch (error) {
    return { ok: false, message: `clauselint: cannot import ${path.basename(file)}: ${(error as Error).message}` };
  }
}

function coverageOfResult(result: CheckResult): Coverage | undefined {
  const set = result.set ?? result.memberOf;
  if (!result.checked) return undefined;
  return set ? coverageOfSet(set.analysis) : result.analysis ? coverageOf(result.analysis) : undefined;
}

/** Names member files of a set by their base names, as the view shows them. */
function shortFiles(coverage: Coverage): Coverage {
  for (const item of coverage.groups.flatMap((g) => g.items)) for (const e of item.evidence) if (e.file) e.file = path.basename(URI.toPath(e.file) ?? e.file);
  return coverage;
}

export async function onCompareCoverage(ctx: FeatureContext, params: CompareCoverageParams): Promise<CompareCoverageResponse> {
  const none = (content: string): CompareCoverageResponse => ({ ok: false, content, regressions: 0, changes: 0 });
  const open = await ctx.checkOpen(params.uri);
  if (!open) return none('clauselint: the draft is not open.');
  const now = coverageOfResult(open.result);
  if (!now) return none(`clauselint: the draft is not checked (${open.result.reason}).`);
  let baseUri = params.uri;
  let baseText: string | undefined;
  let revision: RevisionParts | undefined;
  if ('text' in params.base) {
    baseText = params.base.text;
    if (params.base.parts) revision = new RevisionParts(params.base.parts);
  } else {
    baseUri = params.base.uri;
    const basePath = URI.toPath(baseUri);
    baseText = ctx.documents.get(baseUri)?.getText() ?? (basePath ? readText(basePath) : undefined);
  }
  if (baseText === undefined) return none(`clauselint: cannot read ${params.base.label}.`);
  const baseCheck = ctx.checkText(baseUri, baseText, open.settings, revision?.read);
  if (revision?.missing.size) return { ...none('clauselint: the earlier version names parts not sent yet.'), needParts: [...revision.missing] };
  const before = coverageOfResult(baseCheck);
  if (!before) return none(`clauselint: ${params.base.label} is not a contract draft clauselint can check.`);
  const diff = diffCoverage(shortFiles(before), shortFiles(now));
  const nonce = /^[A-Za-z0-9+/=]{16,}$/.test(params.nonce) ? params.nonce : '';
  if (!nonce) return none('clauselint: no nonce for the view.');
  const content = diffHtml([{ old: params.base.label, now: params.documentName, diff }], nonce);
  return { ok: true, content, regressions: diff.regressions, changes: diff.changes.length };
}

/**
 * The parts of a contract set at the base's revision, as the client sent them. A part the client
 * has not sent is noted (the client sends it and asks again); one it sent as null does not exist
 * at that revision and reads as a missing part, as on disk.
 */
class RevisionParts {
  readonly missing = new Set<string>();
  constructor(private readonly texts: Record<string, string | null>) {}
  readonly read: FileReader = (file) => {
    if (!Object.prototype.hasOwnProperty.call(this.texts, file)) {
      this.missing.add(file);
      return undefined;
    }
    return this.texts[file] ?? undefined;
  };
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
