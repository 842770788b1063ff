/**
 * Checking files on a pool of worker threads (`--jobs`). Files are independent, so each worker
 * checks whole files with its own engine, settings and catalog (built from the same options, so
 * it reads the same configuration the main thread validated). Results come back as plain data
 * and are put back in input order, so the report is the same whatever finishes first.
 *
 * What crosses the thread boundary: the CheckResult without its line index (rebuilt from the
 * text) and with each finding's requirement sent by id (the main thread's catalog object is put
 * back, so reporters see the same objects as in a run without workers). The parsed document
 * crosses without its units and comments, which only the worker reads (see toWire).
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { LineIndex, type Finding, type Requirement } from '../engine';
import type { CheckResult } from '../host/service';
import { CHECK_FAILED } from '../reporters/model';
import type { CliOptions } from './options';
import { largestFirst, TaskQueue, type SharedQueue } from './task-queue';
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
  /** All files of the run; the worker takes them from `queue` (by index). */
  tasks: readonly FileTask[];
  queue: SharedQueue;
  /** The worker's slot in the queue (slot 0 is the main thread's when it checks files too). */
  slot: number;
  /** The term-set cache folder (host/term-cache-file.ts), read by the worker; only the main thread writes it. */
  termCacheDir?: string;
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

/**
 * What a worker thread runs: the bin beside the CLI bundle (dist/cli.js), which runs the bundle
 * with its code cache; the bundle sees it is not on the main thread (cli/main.ts). A worker then
 * compiles no more of the bundle than the main thread does.
 */
export const WORKER_FILE = path.join(__dirname, 'cli.js');

/** Strip what cannot or need not cross threads (the line index is rebuilt from the text and its line starts). */
export function toWire(result: CheckResult): WireResult {
  // A contract set holds every member's analysis and line index: its main document is checked
  // again on the main thread (see run.ts) instead of crossing the boundary.
  if (result.set) return { result: { checked: false, reason: RECHECK_ON_MAIN_THREAD, problems: [], notices: [] }, text: '', lineStarts: [0] };
  const { lines, analysis, ...rest } = result;
  const text = lines.text;
  const starts: number[] = [];
  for (let i = 0; i < lines.lineCount; i++) starts.push(lines.lineStart(i));
  // A requirement (terms, templates, fallbacks) is kilobytes, and each file's findings name every
  // one: sent whole, they were nine tenths of what crossed. Findings are shared between problems
  // and analysis.findings, so each gets one copy.
  const copies = new Map<Finding, Finding>();
  const byId = (f: Finding): Finding => {
    let copy = copies.get(f);
    if (!copy) copies.set(f, (copy = { ...f, requirement: { id: f.requirement.id } as Requirement }));
    return copy;
  };
  const sent = { ...rest, problems: rest.problems.map(byId) };
  if (!analysis) return { result: sent, text, lineStarts: starts };
  const { lines: _same, ...plainAnalysis } = analysis;
  // The reports read a document's sections (coverage); its units were read in the worker (notices,
  // placeholders), so they stay there, and its text is the text sent anyway.
  const doc = { ...analysis.doc, units: [], comments: [], text: analysis.doc.text === text ? '' : analysis.doc.text };
  return { result: { ...sent, analysis: { ...plainAnalysis, doc, findings: plainAnalysis.findings.map(byId) } }, text, lineStarts: starts };
}

/** The CheckResult again, with the main thread's requirement objects. */
export function fromWire(wire: WireResult, ws: Workspace): CheckResult {
  const lines = new LineIndex(wire.text, wire.lineStarts);
  const byId = new Map<string, Requirement>(ws.catalog.requirements.map((r) => [r.id, r]));
  const own = (r: Requirement): Requirement => byId.get(r.id) ?? r;
  const { analysis, ...rest } = wire.result;
  // Findings are shared between problems and analysis.findings (structured clone keeps that).
  for (const f of [...rest.problems, ...(analysis?.findings ?? [])]) f.requirement = own(f.requirement);
  if (analysis && !analysis.doc.text) analysis.doc.text = wire.text;
  return { ...rest, lines, ...(analysis ? { analysis: { ...analysis, lines } } : {}) };
}

/**
 * Check `tasks` on `jobs` threads; `done` is called for each result as it arrives (any order).
 * With `local`, the main thread is one of them (it checks a file whenever it is idle, between
 * the workers' messages), so `jobs` threads need only jobs - 1 workers: each worker compiles the
 * bundle and builds its own engine, which costs a few tenths of a second of CPU time.
 * Threads take files from one shared queue, largest first (task-queue.ts), each as soon as it is
 * free. A worker that dies takes only its current file with it (reported as an internal error).
 */
export function checkInWorkers(
  tasks: readonly FileTask[],
  jobs: number,
  setup: Omit<WorkerSetup, 'workers' | 'tasks' | 'queue' | 'slot'>,
  workspaceOf: (index: number) => Workspace,
  done: (index: number, result: CheckResult) => void,
  say: (line: string) => void,
  local?: (index: number, say: (line: string) => void) => CheckResult,
): Promise<void> {
  return new Promise((resolve) => {
    let finished = 0;
    if (tasks.length === 0) return resolve();
    // Messages are printed in input order once all are in, as a run in one thread prints them.
    const said: string[][] = tasks.map(() => []);
    const completed = tasks.map(() => false);
    const threads = Math.min(jobs, tasks.length);
    const queue = TaskQueue.create(largestFirst(tasks.map((t) => t.file)), threads);
    const complete = (index: number, result: CheckResult): void => {
      // A worker that died right after sending its answer still holds the file in its slot.
      if (completed[index]) return;
      completed[index] = true;
      done(index, result);
      if (++finished < tasks.length) return;
      said.flat().forEach(say);
      resolve();
    };
    // One file at a time, then back to the event loop so the workers' answers are taken in.
    const here = queue.as(0);
    const checkHere = (): void => {
      const index = here.claim();
      if (index === undefined) return;
      complete(index, local!(index, (line) => said[index]!.push(line)));
      here.release();
      setImmediate(checkHere);
    };
    const start = (slot: number): void => {
      const workerData: WorkerSetup = { ...setup, workers: threads, tasks, queue: queue.shared, slot };
      const worker = new Worker(WORKER_FILE, { workerData });
      let crash: Error | undefined;
      worker.on('message', (answer: WorkerAnswer) => {
        said[answer.index]!.push(...answer.said);
        complete(answer.index, answer.result ? fromWire(answer.result, workspaceOf(answer.index)) : failed('no result'));
      });
      worker.on('error', (error) => void (crash = error));
      worker.on('exit', (code) => {
        const index = queue.current(slot);
        const why = crash?.message ?? `the worker thread stopped with exit code ${code}`;
        if (index < 0) {
          // A worker that could not even start: without the main thread checking too, no one
          // would take the files left, so each is reported as failed rather than waited for.
          if (crash && !local) for (let left = queue.as(slot).claim(); left !== undefined; left = queue.as(slot).claim()) complete(left, failed(why));
          return;
        }
        queue.as(slot).release();
        if (!completed[index]) said[index]!.push(`internal error while checking ${tasks[index]!.file}: ${crash?.stack ?? why}`);
        complete(index, failed(why));
        if (queue.pending()) start(slot);
      });
    };
    for (let slot = local ? 1 : 0; slot < threads; slot++) start(slot);
    if (local) setImmediate(checkHere);
  });
}

function failed(why: string): CheckResult {
  const message = `clauselint: checking this file failed with an internal error (${why}); please report it.`;
  return { checked: false, reason: 'internal error', lines: new LineIndex(''), problems: [], notices: [{ start: 0, end: 0, code: CHECK_FAILED, severity: 'error', message }] };
}
