/**
 * Long checks without a blocked language server. A check runs in slices of a few milliseconds;
 * between slices the event loop serves other messages (hovers, code actions, other documents,
 * newer edits). Per document one check runs at a time: a check of a newer text cancels the
 * older one at its next slice, and a check of the same text joins the one already running.
 * No LSP code here, so it is tested on its own.
 */
import { AWAITING_OTHER_THREAD } from '../engine';
import type { RemarkWorkers, RunOffload } from '../host/remark-workers';
import { cpuMs, tooComplex, type CheckResult } from '../host/service';
import type { Settings } from '../host/settings';

export interface SliceOptions {
  /** Checked between slices; when true, the run stops and resolves to undefined. */
  cancelled?: () => boolean;
  /** Called between slices with the progress (0…1) and the milliseconds since the run started. */
  onSlice?: (progress: number, elapsedMs: number) => void;
  /** Longest stretch of work before other messages get a turn. */
  sliceMs?: number;
  /** Milliseconds of CPU time in the run's slices (not the time other messages took) after which it stops. */
  budgetMs?: number;
  /** The run's worker, for the steps that yield AWAITING_OTHER_THREAD; its wall time counts against the budget. */
  offload?: RunOffload;
}

/** How often a wait for a worker looks at cancellation and reports progress. */
const WAIT_POLL_MS = 100;

/** What runInSlices gives when the run went past its budget. */
export const OVER_BUDGET = Symbol('over budget');

/** How long a slice may hold the event loop: short enough that a hover never waits noticeably. */
export const SLICE_MS = 12;

/**
 * Drive a step generator, yielding to the event loop every `sliceMs`. Undefined when cancelled,
 * OVER_BUDGET (the generator closed) once its slices have taken more than `budgetMs` in all.
 */
export async function runInSlices<T>(steps: Generator<number, T, void>, options: SliceOptions = {}): Promise<T | undefined | typeof OVER_BUDGET> {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const budget = options.budgetMs && options.budgetMs > 0 ? options.budgetMs : Infinity;
  const started = performance.now();
  let deadline = started + sliceMs;
  let sliceCpu = cpuMs();
  let worked = 0; // CPU milliseconds spent in earlier slices
  let progress = 0;
  const stop = (outcome: undefined | typeof OVER_BUDGET): undefined | typeof OVER_BUDGET => {
    options.offload?.stop();
    steps.return(undefined as never);
    return outcome;
  };
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (step.value === AWAITING_OTHER_THREAD && options.offload) {
      // A worker reads a long run; this thread serves other messages meanwhile.
      worked += cpuMs() - sliceCpu;
      for (;;) {
        const waitStarted = performance.now();
        const done = await options.offload.wait(Math.min(WAIT_POLL_MS, budget - worked));
        worked += performance.now() - waitStarted;
        if (done) break;
        if (worked > budget) return stop(OVER_BUDGET);
        if (options.cancelled?.()) return stop(undefined);
        options.onSlice?.(progress, performance.now() - started);
      }
      if (options.cancelled?.()) return stop(undefined);
      sliceCpu = cpuMs();
      deadline = performance.now() + sliceMs;
      continue;
    }
    progress = step.value;
    const now = performance.now();
    if (now < deadline) continue;
    const cpu = cpuMs();
    worked += cpu - sliceCpu;
    if (worked > budget) return stop(OVER_BUDGET);
    options.onSlice?.(step.value, now - started);
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (options.cancelled?.()) return stop(undefined);
    sliceCpu = cpuMs();
    deadline = performance.now() + sliceMs;
  }
}

type CheckSteps = (uri: string, text: string, settings: Settings, offload?: RunOffload) => Generator<number, CheckResult, void>;

interface Run {
  text: string;
  settings: Settings;
  superseded: boolean;
  done: Promise<CheckResult | undefined>;
}

/** One sliced check at a time per document. */
export class DocumentChecks {
  private readonly running = new Map<string, Run>();

  /** `workers`: where long runs are read (without them, on this thread). */
  constructor(
    private readonly steps: CheckSteps,
    private readonly workers?: RemarkWorkers,
  ) {}

  /**
   * Check `text` of `uri`. Resolves to undefined when the run was cancelled (by `cancelled`, or
   * by a check of a newer text of the same document).
   */
  async run(uri: string, text: string, settings: Settings, options: SliceOptions = {}): Promise<CheckResult | undefined> {
    for (let current = this.running.get(uri); current; current = this.running.get(uri)) {
      if (current.text === text && current.settings === settings) return current.done;
      current.superseded = true;
      await current.done.catch(() => undefined);
    }
    const run: Run = { text, settings, superseded: false, done: Promise.resolve(undefined) };
    const cancelled = (): boolean => run.superseded || (options.cancelled?.() ?? false);
    // Past clauselint.maxCheckMs the document gets one notice and the server moves on.
    const offload = this.workers?.forRun();
    run.done = runInSlices(this.steps(uri, text, settings, offload), { budgetMs: settings.maxCheckMs, ...options, cancelled, ...(offload ? { offload } : {}) })
      .then((result) => (result === OVER_BUDGET ? tooComplex(text, settings) : result))
      .finally(() => {
        if (this.running.get(uri) === run) this.running.delete(uri);
      });
    this.running.set(uri, run);
    return run.done;
  }

  /** Stop the document's check, if one is running (the document was closed). */
  cancel(uri: string): void {
    const run = this.running.get(uri);
    if (run) run.superseded = true;
  }
}
