/**
 * Memory after typing in a large draft. Every version of a 1 MB document is a new 2 MB string
 * (the synced text, and the analysis's copies of changed blocks); V8 frees them only in a full
 * collection, which it runs lazily, about half a minute after typing stops. Until then the
 * server's resident size grows by megabytes per keystroke. So once typing pauses after a check of
 * a large document, the server asks for a full collection itself (a few tens of milliseconds,
 * while nothing else is waiting).
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/** Documents at least this large (characters) churn enough memory to be worth a collection. */
const LARGE = 256 * 1024;
/** Pause after the last check before collecting. */
const PAUSE_MS = 1000;

function exposeGc(): (() => void) | undefined {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  try {
    // The usual way to reach V8's collector from inside a process (jest's leak detector does the same).
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

export class IdleCollector {
  private timer: NodeJS.Timeout | undefined;
  private readonly gc = exposeGc();

  /** A check of a document of `size` characters finished. */
  afterCheck(size: number): void {
    if (!this.gc || size < LARGE) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // The second collection is quick; it returns the pages the first one freed to the system.
      this.gc?.();
      this.gc?.();
    }, PAUSE_MS);
    this.timer.unref();
  }
}
