// The e2e drivers' waiting (test/e2e/lib/wait.mjs): probes are re-checked on events, with a deadline.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error: a plain .mjs module of the e2e drivers, without type declarations
import { anyChange, fileChanges, processExit, waitUntil } from './lib/wait.mjs';

/** A source whose events the test fires by hand; counts how many waits were started. */
function manualSource() {
  const listeners = new Set<() => void>();
  return {
    waits: 0,
    fire() { for (const l of [...listeners]) l(); },
    next(ms: number) {
      this.waits++;
      let finish!: () => void;
      const done = new Promise<void>((resolve) => {
        const timer = setTimeout(() => finish(), ms);
        finish = () => { clearTimeout(timer); listeners.delete(finish); resolve(); };
        listeners.add(finish);
      });
      return { done, cancel: () => finish() };
    },
  };
}

describe('e2e waiting: event-driven, bounded', () => {
  it('re-checks the probe on each event and returns its value', async () => {
    const source = manualSource();
    let state = 0;
    const result = waitUntil(() => (state >= 2 ? `state ${state}` : null), { on: source, timeoutMs: 60000, what: 'state 2' });
    await Promise.resolve();
    state = 1; source.fire();
    await new Promise((r) => setImmediate(r));
    state = 2; source.fire();
    assert.equal(await result, 'state 2');
    assert.ok(source.waits >= 1 && source.waits <= 3, `a wait per event, not a polling loop (${source.waits} waits)`);
  });

  it('fails with what it waited for once the deadline passes without the condition', async () => {
    await assert.rejects(waitUntil(() => false, { on: manualSource(), timeoutMs: 20, what: 'a thing that never happens' }),
      /timed out after 20 ms waiting for a thing that never happens/);
  });

  it('refuses a wait that names no events', async () => {
    await assert.rejects(waitUntil(() => true, { what: 'x' }), /say which events/);
  });

  it('passes a probe error through at once', async () => {
    await assert.rejects(waitUntil(() => { throw new Error('probe broke'); }, { on: manualSource(), what: 'x' }), /probe broke/);
  });

  it('with quietMs, a settled probe sees the quiet period without any event', async () => {
    let checks = 0;
    const value = await waitUntil(() => (++checks >= 2 ? 'settled' : null), { on: manualSource(), quietMs: 5, timeoutMs: 60000, what: 'settle' });
    assert.equal(value, 'settled');
  });

  it('fileChanges wakes the probe when the file is written', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clauselint-wait-'));
    const file = path.join(dir, 'settings.json');
    fs.writeFileSync(file, 'old');
    const result = waitUntil(() => fs.readFileSync(file, 'utf8') === 'new', { on: fileChanges(file), timeoutMs: 60000, what: 'the write' });
    setImmediate(() => fs.writeFileSync(file, 'new'));
    assert.equal(await result, true);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('processExit (in anyChange) wakes the probe when the child exits', async () => {
    const child = spawn(process.execPath, ['-e', 'process.stdin.once("data", () => process.exit(3))'], { stdio: ['pipe', 'ignore', 'ignore'] });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clauselint-wait-'));
    const result = waitUntil(() => child.exitCode, { on: anyChange(fileChanges(path.join(dir, 'none.log')), processExit(child)), timeoutMs: 60000, what: 'the exit' });
    child.stdin!.end('go');
    assert.equal(await result, 3);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
