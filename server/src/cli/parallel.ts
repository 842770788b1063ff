/**
 * Checking files on a pool of worker threads (`--jobs`). Files are independent, so each worker
 * checks whole files with its own engine, settings and catalog (built from the same options, so
 * it reads the same configuration the main thread validated). Results come back as plain data
 * and are put back in input order, so the report is the same whatever finishes first.
 *
 * What crosses the thread boundary: the CheckResult without its line index (rebuilt from the
 * text) and with each finding's requirement sent by id (the main thread's catalog object is put
 * back, so reporters see the same objects as in a run without workers).
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { LineIndex, type Requirement } from '../engine';
import type { CheckResult } from '../host/service';
import { CHECK_FAILED } from '../reporters/model';
import type { CliOptions } from './options';
import type { Workspace } from './workspace';

export interface FileTask {
  file: string;
  explicit: boolean;
}

/** What a worker is given once. */
export interface WorkerSetup {
  options: CliOptions;
  cwd: string;
  /** Workers running at once (the time budget counts the whole process's CPU time). */
  workers: number;
}

/** A worker's answer for one task. */
export interface WorkerAnswer {
  index: number;
  result?: WireResult;
  /** Messages for stderr (internal errors), in order. */
  said: string[];
}

/** A CheckResult as sent between threads. */
export interface WireResult {
  result: Omit<CheckResult, 'lines' | 'analysis'> & { analysis?: Omit<NonNullable<CheckResult['analysis']>, 'lines'> };
  text: string;
  lineStarts: number[];
}

/** The reason a worker gives for a contract set's main document, which the main thread checks. */
export const RECHECK_ON_MAIN_THREAD = 'contract set: checked on the main thread';

/** The worker script beside the CLI bundle (dist/cli-worker.js). */
export const WORKER_FILE = path.join(__dirname, 'cli-worker.js');

/** Strip what cannot or need not cross threads (the line index is rebuilt from the text and its line starts). */
export function toWire(result: CheckResult): WireResult {
  // A contract set holds every member's analysis and line index: its main document is checked
  // again on the main thread (see run.ts) instead of crossing the boundary.
  if (result.set) return { result: { checked: false, reason: RECHECK_ON_MAIN_THREAD, problems: [], notices: [] }, text: '', lineStarts: [0] };
  const { lines, analysis, ...rest } = result;
  const text = lines.text;
  const starts: number[] = [];
  for (let i = 0; i < lines.lineCount; i++) starts.push(lines.lineStart(i));
  if (!analysis) return { result: rest, text, lineStarts: starts };
  const { lines: _same, ...plainAnalysis } = analysis;
  return { result: { ...rest, analysis: plainAnalysis }, text, lineStarts: starts };
}

/** The CheckResult again, with the main thread's requirement objects. */
export function fromWire(wire: WireResult, ws: Workspace): CheckResult {
  const lines = new LineIndex(wire.text, wire.lineStarts);
  const byId = new Map<string, Requirement>(ws.catalog.requirements.map((r) => [r.id, r]));
  const own = (r: Requirement): Requirement => byId.get(r.id) ?? r;
  const { analysis, ...rest } = wire.result;
  // Findings are shared between problems and analysis.findings (structured clone keeps that).
  for (const f of [...rest.problems, ...(analysis?.findings ?? [])]) f.requirement = own(f.requirement);
  return { ...rest, lines, ...(analysis ? { analysis: { ...analysis, lines } } : {}) };
}

/**
 * Check `tasks` on `jobs` threads; `done` is called for each result as it arrives (any order).
 * With `local`, the main thread is one of them (it checks a file whenever it is idle, between
 * the workers' messages), so `jobs` threads need only jobs - 1 workers: each worker compiles the
 * bundle and builds its own engine, which costs a few tenths of a second of CPU time.
 * A worker that dies takes only its current file with it (reported as an internal error).
 */
export function checkInWorkers(
  tasks: readonly FileTask[],
  jobs: number,
  setup: Omit<WorkerSetup, 'workers'>,
  workspaceOf: (index: number) => Workspace,
  done: (index: number, result: CheckResult) => void,
  say: (line: string) => void,
  local?: (index: number, say: (line: string) => void) => CheckResult,
): Promise<void> {
  return new Promise((resolve) => {
    let next = 0;
    let finished = 0;
    if (tasks.length === 0) return resolve();
    // Messages are printed in input order once all are in, as a run in one thread prints them.
    const said: string[][] = tasks.map(() => []);
    const threads = Math.min(jobs, tasks.length);
    const complete = (index: number, result: CheckResult): void => {
      done(index, result);
      if (++finished < tasks.length) return;
      said.flat().forEach(say);
      resolve();
    };
    // One file at a time, then back to the event loop so the workers' answers are taken in.
    const checkHere = (): void => {
      if (next >= tasks.length) return;
      const index = next++;
      complete(index, local!(index, (line) => said[index]!.push(line)));
      setImmediate(checkHere);
    };
    const start = (): void => {
      const worker = new Worker(WORKER_FILE, { workerData: { ...setup, workers: threads } satisfies WorkerSetup });
      let current = -1;
      const feed = (): void => {
        if (next >= tasks.length) {
          current = -1;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ index: current, ...tasks[current]! });
      };
      worker.on('message', (answer: WorkerAnswer) => {
        said[answer.index]!.push(...answer.said);
        complete(answer.index, answer.result ? fromWire(answer.result, workspaceOf(answer.index)) : failed('no result'));
        feed();
      });
      worker.on('error', (error) => {
        if (current < 0) return;
        const index = current;
        current = -1;
        said[index]!.push(`internal error while checking ${tasks[index]!.file}: ${error.stack ?? error.message}`);
        complete(index, failed(error.message));
        if (next < tasks.length) start();
      });
      feed();
    };
    for (let i = local ? 1 : 0; i < threads; i++) start();
    if (local) setImmediate(checkHere);
  });
}

function failed(why: string): CheckResult {
  const message = `clauselint: checking this file failed with an internal error (${why}); please report it.`;
  return { checked: false, reason: 'internal error', lines: new LineIndex(''), problems: [], notices: [{ start: 0, end: 0, code: CHECK_FAILED, severity: 'error', message }] };
}
