/**
 * A CLI worker thread (see parallel.ts): takes files from the run's shared queue until none is
 * left, checks each exactly as the main thread would (checkOrReport), and sends each result back;
 * then it ends. A worker runs the CLI bundle itself, through the bin (dist/cli.js) and so with the
 * bundle's code cache: cli/main.ts calls this when it runs off the main thread.
 */
import { parentPort } from 'node:worker_threads';
import { engineFingerprint, openTermCacheOnDemand } from '../host/term-cache-file';
import type { WorkerAnswer, WorkerSetup } from './parallel';
import { toWire } from './parallel';
import { checkOrReport } from './run';
import { TaskQueue } from './task-queue';
import { Workspaces } from './workspace';

/** The worker's whole life; `bundle` is the CLI bundle it runs in (its fingerprint keys the term-set cache). */
export function checkAsWorker(setup: WorkerSetup, bundle: string): void {
  // The catalog's term sets from the main thread's cache (cli/main.ts), read when the first is needed.
  if (setup.termCacheDir !== undefined) openTermCacheOnDemand(setup.termCacheDir, () => engineFingerprint(bundle));
  // Configuration problems were reported (and stopped the run) in the main thread already.
  const workspaces = new Workspaces(setup.options, setup.cwd);
  const queue = TaskQueue.attach(setup.queue, setup.slot);

  for (let index = queue.claim(); index !== undefined; index = queue.claim()) {
    const task = setup.tasks[index]!;
    const said: string[] = [];
    const ws = workspaces.for(task.file)!;
    ws.service.budgetScale = setup.workers;
    const result = checkOrReport(task.file, task.explicit, ws, (line) => said.push(line));
    const answer: WorkerAnswer = { index, result: toWire(result), said };
    parentPort!.postMessage(answer);
    queue.release();
  }
}
