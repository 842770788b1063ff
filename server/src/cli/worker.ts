/**
 * A CLI worker thread (dist/cli-worker.js, see parallel.ts): checks the files it is sent, one at
 * a time, exactly as the main thread would (checkOrReport), and sends each result back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { FileTask, WorkerAnswer, WorkerSetup } from './parallel';
import { toWire } from './parallel';
import { checkOrReport } from './run';
import { Workspaces } from './workspace';

const setup = workerData as WorkerSetup;
// Configuration problems were reported (and stopped the run) in the main thread already.
const workspaces = new Workspaces(setup.options, setup.cwd);

parentPort!.on('message', (task: FileTask & { index: number }) => {
  const said: string[] = [];
  const ws = workspaces.for(task.file)!;
  ws.service.budgetScale = setup.workers;
  const result = checkOrReport(task.file, task.explicit, ws, (line) => said.push(line));
  const answer: WorkerAnswer = { index: task.index, result: toWire(result), said };
  parentPort!.postMessage(answer);
});
