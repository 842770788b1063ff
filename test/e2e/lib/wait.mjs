// Event-driven waiting for the e2e drivers. A probe is checked again only when something it reads
// may have changed (a DOM mutation, scroll, focus or load event in any frame of the page; a write
// to a file; a child process's exit), never on a polling timer. Every wait has a deadline and says
// what it waited for.

import fs from 'node:fs';
import path from 'node:path';

/**
 * Check `probe` until it returns a truthy value, re-checking on each event of `on` (a source made
 * by pageChanges/fileChanges/processExit/anyChange); throw after `timeoutMs`. `quietMs` is for
 * probes that need a settled state ("unchanged for 1.5 s"): a wait also ends after that long
 * without an event, so the probe can see that nothing changed. Such a probe must time the quiet
 * itself: an unrelated event can re-check it a millisecond after the last check.
 */
export async function waitUntil(probe, { on, timeoutMs = 30000, quietMs, what = 'condition' } = {}) {
  if (!on) throw new Error(`waitUntil(${what}): say which events can change what the probe reads (on:)`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = Math.max(0, deadline - Date.now());
    // watch before probing, so a change that lands while the probe runs is not missed
    const change = on.next(Math.min(left, quietMs ?? left));
    let value;
    try {
      value = await probe();
    } catch (error) {
      change.cancel();
      throw error;
    }
    if (value) { change.cancel(); return value; }
    if (left === 0) { change.cancel(); throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`); }
    await change.done;
  }
}

/** One wait: `done` resolves on the next event or after `ms`; `cancel` ends it early. */
function boundedWait(ms, subscribe) {
  let finish;
  const done = new Promise((resolve) => {
    let finished = false;
    let unsubscribe = null;
    const timer = setTimeout(() => finish(), ms);
    finish = () => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      unsubscribe?.();
      resolve();
    };
    unsubscribe = subscribe(() => finish());
    if (finished) unsubscribe(); // an event fired while subscribing
  });
  return { done, cancel: () => finish() };
}

/** Runs inside each frame: resolve on the next DOM mutation or scroll/focus/input/load event. */
function watchFrame({ ms, token }) {
  const events = ['scroll', 'focusin', 'focusout', 'input', 'load', 'error'];
  const stops = (window.__clauselintE2eStops ??= new Map());
  return new Promise((resolve) => {
    const finish = () => {
      observer.disconnect();
      for (const type of events) removeEventListener(type, finish, true);
      clearTimeout(timer);
      stops.delete(token);
      resolve();
    };
    const observer = new MutationObserver(finish);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    for (const type of events) addEventListener(type, finish, true); // capture: also non-bubbling load/scroll
    const timer = setTimeout(finish, ms);
    stops.set(token, finish);
  });
}

let tokens = 0;

/** Changes anywhere in a Playwright page: every frame's DOM and events, frames attached or navigated. */
export function pageChanges(page) {
  return {
    next(ms) {
      const token = `w${++tokens}`;
      const frames = page.frames();
      const wait = boundedWait(ms, (changed) => {
        // a frame that cannot be watched (detached, navigating) is covered by the page's frame events
        for (const frame of frames) frame.evaluate(watchFrame, { ms, token }).then(changed, () => {});
        const pageEvents = ['frameattached', 'framedetached', 'framenavigated', 'close'];
        for (const type of pageEvents) page.on(type, changed);
        return () => {
          for (const type of pageEvents) page.off(type, changed);
          for (const frame of frames) frame.evaluate((t) => window.__clauselintE2eStops?.get(t)?.(), token).catch(() => {});
        };
      });
      return wait;
    },
  };
}

/** Writes to `file` (or files created or renamed beside it). */
export function fileChanges(file) {
  return {
    next(ms) {
      return boundedWait(ms, (changed) => {
        const watcher = fs.watch(path.dirname(file), changed);
        watcher.on('error', changed);
        return () => watcher.close();
      });
    },
  };
}

/** A child process's exit. */
export function processExit(child) {
  return {
    next(ms) {
      return boundedWait(ms, (changed) => {
        child.once('exit', changed);
        return () => child.off('exit', changed);
      });
    },
  };
}

/** Whichever of several sources fires first. */
export function anyChange(...sources) {
  return {
    next(ms) {
      const waits = sources.map((s) => s.next(ms));
      const done = Promise.race(waits.map((w) => w.done)).then(() => { for (const w of waits) w.cancel(); });
      return { done, cancel: () => { for (const w of waits) w.cancel(); } };
    },
  };
}
