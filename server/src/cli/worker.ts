/**
 * A CLI worker thread (dist/cli-worker.js, see parallel.ts): takes files from the run's shared
 * queue until none is left, checks each exactly as the main thread would (checkOrReport), and
 * sends each result back; then it ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { engineFingerprint, openTermCacheOnDemand } from '../host/term-cache-file';
import type { WorkerAnswer, WorkerSetup } from './parallel';
import { MAIN_BUNDLE, toWire } from './parallel';
import { checkOrReport } from './run';
import { TaskQueue } from './task-queue';
import { Workspaces } from './workspace';

const setup = workerData as WorkerSetup;
// The catalog's term sets from the main thread's cache (cli/main.ts), read when the first is needed;
// both bundles come from one build, so the main bundle's fingerprint is this engine's too.
if (setup.termCacheDir !== undefined) openTermCacheOnDemand(setup.termCacheDir, () => engineFingerprint(MAIN_BUNDLE));
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
