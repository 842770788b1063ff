/**
 * One CLI run: arguments → files → settings → checks → report → exit code.
 * Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it (or too many warnings),
 * 2 usage or configuration error (then nothing is checked and no report is written).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineIndex } from '../engine';
import type { Severity } from '../engine';
import { csvReport } from '../reporters/csv';
import { htmlReport } from '../reporters/html';
import { jsonFile, type JsonReport } from '../reporters/json';
import { markdownReport } from '../reporters/markdown';
import { CHECK_FAILED, countBySeverity, packsOf, SEVERITY_RANK, type FileCheck, type RunReport } from '../reporters/model';
import { sarifReport } from '../reporters/sarif';
import { textReport } from '../reporters/text';
import type { CheckResult } from '../host/service';
import { analysisNotices } from '../host/document-notices';
import { termCacheDir } from '../host/term-cache-file';
import { checkFile } from './check-file';
import { checkInWorkers, RECHECK_ON_MAIN_THREAD, WORKER_FILE, type FileTask } from './parallel';
import { expandInputs } from './inputs';
import { parseArgs, type CliOptions, type FailOn } from './options';
import { Progress, type ProgressStream } from './progress';
import { Workspaces, type Workspace } from './workspace';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: ProgressStream;
  stderr: ProgressStream;
  version: string;
}

/** A Word draft named on the command line, converted to Markdown before the run (see entry.ts). */
export type WordInput = { text: string; paragraphOfLine: number[]; note?: string } | { error: string };

export async function runCli(argv: string[], io: CliIo, words: ReadonlyMap<string, WordInput> = new Map()): Promise<number> {
  const say = (line: string): void => void io.stderr.write(`clauselint: ${line}\n`);
  const parsed = parseArgs(argv, io.version, { out: (s) => void io.stdout.write(s), err: (s) => void io.stderr.write(s) });
  if (parsed.kind === 'exit') return parsed.code;
  if (parsed.kind === 'usage') {
    say(`${parsed.message}\nRun "clauselint --help" for usage.`);
    return EXIT_USAGE;
  }
  const options = parsed.options;

  const inputs = expandInputs(options.paths, io.cwd);
  if (!inputs.ok) {
    inputs.errors.forEach(say);
    return EXIT_USAGE;
  }
  if (inputs.empty.length && options.errorOnNoFiles) {
    inputs.empty.forEach(say);
    return EXIT_USAGE;
  }
  // A CI gate over a repository without drafts yet: warn, and still write a valid (empty) report.
  inputs.empty.forEach((w) => say(`warning: ${w}`));
  const workspaces = new Workspaces(options, io.cwd);
  const planned = inputs.files.map((input) => ({ input, ws: workspaces.for(input.path) }));
  if (workspaces.errors.length) {
    const errors = [...new Set(workspaces.errors)];
    errors.slice(0, -1).forEach(say);
    say(`${errors[errors.length - 1]!} (configuration error: nothing was checked)`);
    return EXIT_USAGE;
  }
  [...new Set(workspaces.warnings)].forEach(say);

  const results: CheckResult[] = [];
  const progress = new Progress(io.stderr, planned.length);
  const tasks = planned.map(({ input }) => ({ file: input.path, explicit: input.explicit }));
  // Word drafts are converted on this thread, so they are checked here too.
  if (!words.size && worthWorkers(tasks, options.jobs)) {
    // Results arrive in any order; the report below is built in input order.
    const threads = Math.min(options.jobs, tasks.length);
    const here = (i: number, sayHere: (line: string) => void): CheckResult => {
      const ws = planned[i]!.ws!;
      ws.service.budgetScale = threads; // the budget counts the whole process's CPU time
      return checkOrReport(tasks[i]!.file, tasks[i]!.explicit, ws, sayHere);
    };
    const termCache = termCacheDir(io.env);
    await checkInWorkers(tasks, options.jobs, { options, cwd: io.cwd, ...(termCache !== undefined ? { termCacheDir: termCache } : {}) }, (i) => planned[i]!.ws!, (i, result) => {
      results[i] = result;
      progress.start(displayPath(tasks[i]!.file, io.cwd));
      progress.finish();
    }, say, here);
  } else {
    planned.forEach(({ input, ws }, i) => {
      progress.start(displayPath(input.path, io.cwd));
      results[i] = checkOrReport(input.path, input.explicit, ws!, say, words.get(input.path));
      progress.finish();
    });
  }
  // The main document of a contract set comes back from a worker unchecked: checked here, with its parts.
  planned.forEach(({ input, ws }, i) => {
    if (results[i]!.reason === RECHECK_ON_MAIN_THREAD) results[i] = checkOrReport(input.path, input.explicit, ws!, say);
  });
  progress.clear();
  for (const [file, word] of words) if ('note' in word && word.note) say(`${displayPath(file, io.cwd)}: ${word.note}`);
  const files: FileCheck[] = planned.map(({ input, ws }, i) => {
    const result = results[i]!;
    const word = words.get(input.path);
    const parts = result.set?.parts.map((part) => {
      const partResult = { ...part.result, notices: [...part.result.notices, ...analysisNotices(part.result)] };
      return { path: displayPath(part.path, io.cwd), absolutePath: part.path, explicit: false, result: options.quiet ? errorsOnly(partResult) : partResult, settings: ws!.settings, catalog: ws!.catalog };
    });
    return {
      path: displayPath(input.path, io.cwd), absolutePath: input.path, explicit: input.explicit, result: options.quiet ? errorsOnly(result) : result, settings: ws!.settings, catalog: ws!.catalog,
      ...(parts ? { parts } : {}),
      ...(word && 'paragraphOfLine' in word ? { word: { paragraphOfLine: word.paragraphOfLine } } : {}),
    };
  });

  // A part of a contract set is reported with its main document, not again on its own.
  const partPaths = new Set(files.flatMap((f) => (f.parts ?? []).map((p) => p.absolutePath)));
  const report: RunReport = { files: files.filter((f) => !partPaths.has(f.absolutePath)), toolVersion: io.version, cwd: io.cwd };
  const text = render(report, options, color(options, io));
  if (options.output) {
    try {
      const target = path.resolve(io.cwd, options.output);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text);
    } catch (error) {
      say(`cannot write the report to ${options.output}: ${(error as Error).message}`);
      return EXIT_USAGE;
    }
  } else {
    io.stdout.write(text);
  }
  // Files that could not be checked (binary, too large, unreadable): the text report shows them;
  // every other format is for machines, so tell the person too.
  if (options.format !== 'text' || options.output) {
    for (const f of files) if (!f.result.checked) for (const n of f.result.notices) say(`${f.path}: ${n.message.replace(/^clauselint: /, '')}`);
  }
  return exitCode(report, options.failOn, options.maxWarnings);
}

/**
 * Worker threads pay off once there is more than one file per worker and enough text: each
 * starts its own engine and loads the catalog (a few hundred milliseconds).
 */
const MIN_BYTES_FOR_WORKERS = 256 * 1024;

function worthWorkers(tasks: readonly FileTask[], jobs: number): boolean {
  // The worker script is built beside the CLI bundle; run from sources (tests), check in this thread.
  if (jobs < 2 || tasks.length < 2 || !fs.existsSync(WORKER_FILE)) return false;
  let bytes = 0;
  for (const t of tasks) {
    try {
      bytes += fs.statSync(t.file).size;
    } catch {
      // unreadable: checkFile reports it
    }
    if (bytes >= MIN_BYTES_FOR_WORKERS) return true;
  }
  return false;
}

/** An engine failure on one draft is reported on that draft (an error) and the batch goes on. */
export function checkOrReport(file: string, explicit: boolean, ws: Workspace, say: (line: string) => void, word?: WordInput): CheckResult {
  try {
    return checkFile(file, explicit, ws, word);
  } catch (error) {
    say(`internal error while checking ${file}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    const message = `clauselint: checking this file failed with an internal error (${error instanceof Error ? error.message : String(error)}); please report it.`;
    return { checked: false, reason: 'internal error', lines: new LineIndex(''), problems: [], notices: [{ start: 0, end: 0, code: CHECK_FAILED, severity: 'error', message }] };
  }
}

function render(report: RunReport, options: CliOptions, useColor: boolean): string {
  switch (options.format) {
    case 'text':
      return textReport(report, useColor);
    case 'json': {
      const json: JsonReport = { version: 1, packs: packsOf(report).map((p) => ({ id: p.id, version: p.version })), files: report.files.map(jsonFile) };
      return JSON.stringify(json, null, 2) + '\n';
    }
    case 'sarif':
      return JSON.stringify(sarifReport(report, repositoryRoot(report.cwd)), null, 2) + '\n';
    case 'markdown':
      return markdownReport(report);
    case 'html':
      return htmlReport(report);
    case 'csv':
      return csvReport(report);
  }
}

/** `--quiet`: only error-severity problems and notices are reported and counted. */
function errorsOnly(result: CheckResult): CheckResult {
  return { ...result, problems: result.problems.filter((p) => p.severity === 'error'), notices: result.notices.filter((n) => n.severity === 'error') };
}

export function exitCode(report: RunReport, failOn: FailOn, maxWarnings: number | undefined): number {
  const counts = countBySeverity(report);
  if (maxWarnings !== undefined && counts.warning > maxWarnings) return EXIT_FINDINGS;
  if (failOn === 'none') return EXIT_OK;
  const threshold = SEVERITY_RANK[failOn];
  const failing = (Object.keys(counts) as Severity[]).some((s) => SEVERITY_RANK[s] >= threshold && counts[s] > 0);
  return failing ? EXIT_FINDINGS : EXIT_OK;
}

/** Colour only for a person at a terminal: never in files or pipes, never with NO_COLOR. */
function color(options: CliOptions, io: CliIo): boolean {
  if (options.format !== 'text') return false;
  if (options.color !== undefined) return options.color;
  if (options.output) return false;
  if (io.env.NO_COLOR) return false;
  if (io.env.TERM === 'dumb') return false;
  return io.stdout.isTTY === true;
}

/** Relative to the working folder with forward slashes, as people type paths. */
function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return (relative && !path.isAbsolute(relative) ? relative : file).split(path.sep).join('/');
}

/** The enclosing git repository (SARIF locations are relative to it), else the working folder. */
export function repositoryRoot(cwd: string): string {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(cwd);
  }
}
