/**
 * What the engine says a real editor should show, computed from the same sources the server is
 * bundled from: the end-to-end run compares VS Code's Problems panel (and files on disk after a
 * quick fix) with this, so the e2e checks follow the catalog instead of hard-coding its output.
 *
 *   tsx test/e2e/expect.ts '{"workspace": "/abs/ws", "file": "draft.md", "settings": {...}, "insert": "mfa.provider-access"}'
 *
 * Prints JSON: { diagnostics: [{ code, source, severity, message, line, column, status }] } with 1-based
 * line/column as the Problems panel shows them, requirements: { id: { title, citation } },
 * coverage: { met, total, ids } (null when the file is not checked as a contract), and with
 * "insert", fix: { title, after } — the engine's insert-clause quick fix (the same function the
 * server's code action calls) and the whole text after applying it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { toDiagnostics, type DiagnosticData } from '../../server/src/lsp/diagnostics';
import { coverageOf } from '../../server/src/engine/coverage';
import { applyEdits } from '../../server/src/engine/edits';
import { insertClauseFix } from '../../server/src/engine/fixes';
import { securityMember } from '../../server/src/engine/contract-set';
import { readPart } from '../../server/src/cli/check-file';
import { AnalysisService } from '../../server/src/host/service';
import { normalizeSettings } from '../../server/src/host/settings';

interface Request {
  workspace: string;
  file: string;
  settings?: Record<string, unknown>;
  /** A requirement id whose missing clause is to be inserted: report the fix's title and the text after it. */
  insert?: string;
}

const SEVERITY_NAMES: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** `clauselint.x` keys of a VS Code settings object → the server's settings object. */
function clauselintSection(settings: Record<string, unknown> = {}): Record<string, unknown> {
  const section: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settings)) {
    if (key.startsWith('clauselint.')) section[key.slice('clauselint.'.length)] = value;
  }
  return section;
}

function expectation(request: Request) {
  const workspace = path.resolve(request.workspace);
  const file = path.join(workspace, request.file);
  const text = fs.readFileSync(file, 'utf8');
  const { settings, problems } = normalizeSettings(clauselintSection(request.settings));
  if (problems.length) throw new Error(`bad settings for the expectation: ${problems.join('; ')}`);
  const service = new AnalysisService([workspace]);
  // Parts of a contract set are read from disk, as the server reads closed files.
  const result = service.check(pathToFileURL(file).href, text, settings, { read: readPart });
  const diagnostics = toDiagnostics(result, settings).map((d) => ({
    code: d.code === undefined ? null : String(d.code),
    source: d.source ?? null,
    severity: SEVERITY_NAMES[d.severity ?? 1] ?? 'error',
    message: d.message,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    status: (d.data as DiagnosticData | undefined)?.status ?? null,
  }));
  // title and citation of every requirement that has a diagnostic (for the hover check)
  const requirements: Record<string, { title: string; citation: { document: string; heading: string; url: string } }> = {};
  for (const f of result.problems) {
    const { document, heading, url } = f.requirement.citation;
    requirements[f.requirement.id] = { title: f.requirement.title, citation: { document, heading, url } };
  }
  let fix: { title: string; after: string; file: string } | undefined;
  const missing = request.insert ? result.analysis?.findings.find((f) => f.requirement.id === request.insert) : undefined;
  // In a contract set the clause goes into the part about security (lsp/features/set-fixes.ts).
  const target = result.set ? securityMember(result.set.analysis) : undefined;
  if (missing && target && target.file !== result.set!.analysis.main) {
    const planned = insertClauseFix(target.own, missing);
    const partFile = fileURLToPath(target.file);
    if (planned) fix = { title: `${planned.title} into ${path.basename(partFile)}`, after: applyEdits(target.own.doc.text, planned.edits), file: path.relative(workspace, partFile) };
  } else if (missing && result.analysis) {
    const planned = insertClauseFix(result.analysis, missing);
    if (planned) fix = { title: planned.title, after: applyEdits(text, planned.edits), file: request.file };
  }
  // what the status bar and the coverage view show: the score and every checked requirement
  const coverage = result.checked && result.analysis
    ? (({ score, groups }) => ({ met: score.met, total: score.total, ids: groups.flatMap((g) => g.items.map((i) => i.id)) }))(coverageOf(result.analysis))
    : null;
  return { diagnostics, requirements, coverage, ...(fix ? { fix } : {}) };
}

const request = JSON.parse(process.argv[2] ?? '{}') as Request;
if (!request.workspace || !request.file) {
  process.stderr.write('usage: tsx test/e2e/expect.ts \'{"workspace": DIR, "file": REL, "settings": {...}}\'\n');
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(expectation(request), null, 2)}\n`);
