/**
 * The shared queue of a parallel CLI run (task-queue.ts): every file is taken exactly once,
 * largest first, by whichever thread is free, and each thread's slot tells which file it holds.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { largestFirst, TaskQueue } from '../../server/src/cli/task-queue';

describe('CLI task queue (task-queue.ts)', () => {
  it('orders files largest first, ties and unreadable files in input order', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clauselint-queue-'));
    try {
      const file = (name: string, size: number): string => {
        const p = path.join(dir, name);
        fs.writeFileSync(p, 'x'.repeat(size));
        return p;
      };
      const files = [file('a.md', 10), file('b.md', 300), path.join(dir, 'missing.md'), file('c.md', 10), file('d.md', 2000)];
      assert.deepEqual(largestFirst(files), [4, 1, 0, 3, 2]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('hands out each task once, in order, and records what each slot holds', () => {
    const queue = TaskQueue.create([2, 0, 1], 2);
    const main = queue.as(0);
    const worker = TaskQueue.attach(queue.shared, 1);
    assert.equal(main.claim(), 2);
    assert.equal(worker.claim(), 0);
    assert.equal(queue.current(0), 2);
    assert.equal(queue.current(1), 0);
    main.release();
    assert.equal(queue.current(0), -1);
    assert.equal(queue.pending(), true);
    assert.equal(main.claim(), 1);
    assert.equal(queue.pending(), false);
    assert.equal(worker.claim(), undefined);
    assert.equal(queue.current(1), -1, 'a thread that finds nothing left holds nothing');
  });

  it('threads that take tasks at the same time never get the same one', async () => {
    const count = 5000;
    const queue = TaskQueue.create(Array.from({ length: count }, (_, i) => i), 3);
    // A plain-JavaScript worker: it claims through the same shared memory (the layout task-queue.ts documents).
    const source = `
      const { parentPort, workerData } = require('node:worker_threads');
      const { order, state } = workerData;
      const taken = [];
      for (;;) { const at = Atomics.add(state, 0, 1); if (at >= order.length) break; taken.push(order[at]); }
      parentPort.postMessage(taken);`;
    const runs = [1, 2].map(
      () =>
        new Promise<number[]>((resolve, reject) => {
          const worker = new Worker(source, { eval: true, workerData: queue.shared });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    );
    const here: number[] = [];
    for (let task = queue.as(0).claim(); task !== undefined; task = queue.as(0).claim()) here.push(task);
    const all = [...here, ...(await Promise.all(runs)).flat()].sort((a, b) => a - b);
    assert.deepEqual(all, Array.from({ length: count }, (_, i) => i));
  });
});
