/**
 * The worker thread that reads long runs of Markdown for the language server (remark-workers.ts):
 * the same block-structure reading the engine does on its own thread, so the trees are the same.
 */
import { parentPort } from 'node:worker_threads';
import { readBlockStructure, type RemarkOutcome } from '../engine';

parentPort?.on('message', (markdown: string) => {
  let outcome: RemarkOutcome;
  try {
    outcome = { tree: readBlockStructure(markdown) };
  } catch (error) {
    outcome = { error: error instanceof Error ? error.message : String(error), rangeError: error instanceof RangeError };
  }
  parentPort!.postMessage(outcome);
});
