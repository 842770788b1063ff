/**
 * Reading a long run of Markdown on another thread. The block reader cuts a draft where CommonMark
 * starts afresh, but one container (a list or quote hundreds of kilobytes long) is one remark call,
 * and a call cannot be interrupted. The language server gives the reader an offload: a run at
 * least `minLength` long is read by a worker thread while the check yields AWAITING_OTHER_THREAD,
 * so the server keeps answering, and a run past its time budget is stopped by ending the worker.
 * Without an offload (the CLI, the tests) the run is read here, as before; the tree is the same.
 * The engine only states the contract; the worker lives in the host layer.
 */
import type { Root } from 'mdast';

/** What a reading step yields while a worker reads a run (progress values are 0…1). */
export const AWAITING_OTHER_THREAD = -1;

export type RemarkOutcome = { tree: Root } | { error: string; rangeError: boolean };

export interface RemarkJob {
  /** Undefined while the worker reads. */
  readonly outcome: RemarkOutcome | undefined;
}

export interface RemarkOffload {
  /** Shortest run worth a trip to another thread (shorter ones are read here). */
  readonly minLength: number;
  start(markdown: string): RemarkJob;
}

/** remark's tree of `markdown`: read by `read` here, or by the offload's worker while this yields. */
export function* remarkTree(markdown: string, read: (markdown: string) => Root, offload?: RemarkOffload): Generator<typeof AWAITING_OTHER_THREAD, Root, void> {
  if (!offload || markdown.length < offload.minLength) return read(markdown);
  const job = offload.start(markdown);
  while (!job.outcome) yield AWAITING_OTHER_THREAD;
  const outcome = job.outcome;
  if ('tree' in outcome) return outcome.tree;
  // A stack overflow in the worker is the RangeError the reader's fallbacks expect; a worker that
  // failed otherwise (it could not start, or died) leaves the run to this thread.
  if (outcome.rangeError) throw new RangeError(outcome.error);
  return read(markdown);
}
