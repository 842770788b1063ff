/**
 * The files of a parallel run (parallel.ts) as one queue shared by all threads: each thread takes
 * the next file itself when it is free (an atomic counter in shared memory), instead of waiting for
 * the main thread to hand it one, which it can only do between two of its own files. Files are
 * taken largest first, so the last ones are small and no thread is left with a big file while the
 * others are idle.
 *
 * Each thread also records in its own slot the file it is checking (-1: none), so that the main
 * thread can tell which file a worker that died took with it.
 */
import * as fs from 'node:fs';

/** What crosses to a worker: shared memory, seen by every thread. */
export interface SharedQueue {
  /** Task indices in the order they are taken. */
  order: Int32Array;
  /** [0]: the next position in `order`; [1 + slot]: the task a thread is checking, or -1. */
  state: Int32Array;
}

export class TaskQueue {
  private constructor(
    readonly shared: SharedQueue,
    private readonly slot: number,
  ) {}

  /** A queue over task indices in `order`, for `slots` threads. */
  static create(order: readonly number[], slots: number): TaskQueue {
    const orderArray = new Int32Array(new SharedArrayBuffer(order.length * 4));
    orderArray.set(order);
    const state = new Int32Array(new SharedArrayBuffer((1 + slots) * 4));
    state.fill(-1, 1);
    return new TaskQueue({ order: orderArray, state }, -1);
  }

  /** The same queue, seen by the thread that owns `slot`. */
  static attach(shared: SharedQueue, slot: number): TaskQueue {
    return new TaskQueue(shared, slot);
  }

  /** The view of a thread that owns `slot` (the main thread uses one too). */
  as(slot: number): TaskQueue {
    return new TaskQueue(this.shared, slot);
  }

  /** The next task for this thread, recorded as its current one; undefined when none is left. */
  claim(): number | undefined {
    const { order, state } = this.shared;
    const at = Atomics.add(state, 0, 1);
    if (at >= order.length) {
      this.release();
      return undefined;
    }
    const task = order[at]!;
    if (this.slot >= 0) Atomics.store(state, 1 + this.slot, task);
    return task;
  }

  /** This thread is done with its current task. */
  release(): void {
    if (this.slot >= 0) Atomics.store(this.shared.state, 1 + this.slot, -1);
  }

  /** The task the thread in `slot` is checking, or -1. */
  current(slot: number): number {
    return Atomics.load(this.shared.state, 1 + slot);
  }

  /** Are tasks left that no thread has taken yet? */
  pending(): boolean {
    return Atomics.load(this.shared.state, 0) < this.shared.order.length;
  }
}

/**
 * Task indices, largest file first (ties and unreadable files in input order): a big file
 * started last would keep one thread busy while the others have nothing left.
 */
export function largestFirst(files: readonly string[]): number[] {
  const sizes = files.map((file) => {
    try {
      return fs.statSync(file).size;
    } catch {
      return 0; // checkFile reports it
    }
  });
  return files.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
}
