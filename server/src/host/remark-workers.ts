/**
 * Worker threads that read long runs of Markdown for the language server's checks, so that one
 * remark call over a huge list or quote never holds the server (remark-offload.ts in the engine
 * states the contract). Each check gets its own RunOffload; a run past its budget, or superseded
 * by an edit, ends its worker (a remark call cannot be stopped any other way). One idle worker is
 * kept warm; starting one costs tens of milliseconds, and only runs of 32 KB or more go there.
 */
import * as fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { RemarkJob, RemarkOffload, RemarkOutcome } from '../engine';

/** Runs shorter than this are read on the server's thread (a remark call of 32 KB takes milliseconds). */
export const OFFLOAD_MIN_LENGTH = 32 * 1024;

export class RemarkWorkers {
  private idle: Worker | undefined;
  private broken = false;

  /** `file`: the bundled worker (dist/remark-worker.js); without it every run is read on this thread. */
  constructor(private readonly file: string) {
    this.broken = !fs.existsSync(file);
  }

  /** An offload for one check, or undefined when workers cannot start here (the run is then read on this thread). */
  forRun(): RunOffload | undefined {
    return this.broken ? undefined : new RunOffload(this);
  }

  /** @internal A worker for a job: the warm one, else a new one. */
  take(): Worker | undefined {
    const worker = this.idle;
    this.idle = undefined;
    if (worker) return worker;
    try {
      return new Worker(this.file);
    } catch {
      this.broken = true;
      return undefined;
    }
  }

  /** @internal A worker whose job is done goes back to be the warm one. */
  give(worker: Worker): void {
    if (this.idle) void worker.terminate();
    else {
      this.idle = worker;
      worker.unref();
    }
  }

  dispose(): void {
    if (this.idle) void this.idle.terminate();
    this.idle = undefined;
  }
}

/** The offload of one check: at most one job at a time (the check waits for it). */
export class RunOffload implements RemarkOffload {
  readonly minLength = OFFLOAD_MIN_LENGTH;
  /** The worker of the pending job (until its answer, error or exit has come in). */
  private worker: Worker | undefined;
  private settled: Promise<void> = Promise.resolve();

  constructor(private readonly workers: RemarkWorkers) {}

  start(markdown: string): RemarkJob {
    const job: { outcome: RemarkOutcome | undefined } = { outcome: undefined };
    const worker = this.workers.take();
    if (!worker) {
      job.outcome = { error: 'clauselint: no worker thread could be started', rangeError: false };
      return job;
    }
    worker.ref();
    this.worker = worker;
    this.settled = new Promise<void>((resolve) => {
      const finish = (outcome: RemarkOutcome, reusable: boolean): void => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        job.outcome = outcome;
        if (this.worker === worker) this.worker = undefined;
        if (reusable) this.workers.give(worker);
        resolve();
      };
      const onMessage = (outcome: RemarkOutcome): void => finish(outcome, true);
      const onError = (error: Error): void => finish({ error: error.message, rangeError: error instanceof RangeError }, false);
      const onExit = (): void => finish({ error: 'clauselint: the reading was stopped', rangeError: false }, false);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
    });
    worker.postMessage(markdown);
    return job;
  }

  /** Resolves when the current job is done, or after `ms` (whichever comes first); true when done. */
  async wait(ms: number): Promise<boolean> {
    if (!this.worker) return true; // no job pending
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), Math.max(0, ms))));
    const done = await Promise.race([this.settled.then(() => true), timeout]);
    clearTimeout(timer);
    return done;
  }

  /** Ends the current job's worker (over budget, or the check is no longer wanted). */
  stop(): void {
    // The job settles (as stopped) when the worker's exit comes in.
    if (this.worker) void this.worker.terminate();
  }
}
