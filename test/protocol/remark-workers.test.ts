/**
 * The language server's worker threads for long runs (host/remark-workers.ts), with the bundled
 * worker the server starts (dist/remark-worker.js, built by `npm test`).
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { readBlockStructure } from '../../server/src/engine/block-reader';
import type { RemarkOutcome } from '../../server/src/engine/remark-offload';
import { RemarkWorkers } from '../../server/src/host/remark-workers';

const WORKER = path.resolve(__dirname, '../../dist/remark-worker.js');

describe('worker threads for long runs (remark-workers.ts)', function () {
  this.timeout(60_000);
  let workers: RemarkWorkers;
  beforeEach(() => (workers = new RemarkWorkers(WORKER)));
  afterEach(() => workers.dispose());

  it('a worker reads a run into the tree this thread reads', async () => {
    const text = '# Title\n\n' + '- The Provider shall keep logs.\n  > quoted\n'.repeat(300);
    const offload = workers.forRun()!;
    const job = offload.start(text);
    assert.equal(job.outcome, undefined, 'pending until the worker answers');
    assert.equal(await offload.wait(30_000), true);
    const outcome = job.outcome as RemarkOutcome | undefined;
    assert.ok(outcome && 'tree' in outcome, JSON.stringify(outcome));
    assert.deepStrictEqual(outcome.tree, readBlockStructure(text));
  });

  it('stop() ends a long reading; the job says so and the next one gets a fresh worker', async () => {
    const offload = workers.forRun()!;
    const job = offload.start('- a\n  - b\n    - c\n'.repeat(60_000)); // a single remark call of many seconds
    assert.equal(await offload.wait(50), false, 'still reading');
    offload.stop();
    assert.equal(await offload.wait(30_000), true);
    assert.ok(job.outcome && 'error' in job.outcome && /stopped/.test(job.outcome.error), JSON.stringify(job.outcome));
    const next = workers.forRun()!;
    const second = next.start('- short\n');
    assert.equal(await next.wait(30_000), true);
    assert.ok(second.outcome && 'tree' in second.outcome);
  });

  it('without the bundled worker, runs stay on the server thread', () => {
    assert.equal(new RemarkWorkers(path.join(__dirname, 'no-such-worker.js')).forRun(), undefined);
  });
});
