// The Problems panel of a Workbench (lib/workbench.mjs): open it, read every row of its virtualised
// tree, and wait until a file's rows satisfy a condition and stop changing.
import os from 'node:os';
import path from 'node:path';
import { waitUntil } from './wait.mjs';

export async function showProblems(wb) {
  const page = wb.page;
  for (let i = 0; i < 3 && !(await page.locator('.markers-panel').isVisible().catch(() => false)); i++) {
    await page.keyboard.press('Control+Shift+M');
    await page.waitForSelector('.markers-panel', { state: 'visible', timeout: 5000 }).catch(() => {});
  }
  if (!(await page.locator('.markers-panel').isVisible())) throw new Error('could not open the Problems panel');
}

/**
 * Every row of the Problems panel, as { file, severity, message, source, code, line, column }
 * (1-based, as shown). The panel is a virtualised list: it is scrolled a page at a time with wheel
 * events sent to the list itself (a tooltip or overlay under the mouse cannot swallow them), and
 * a read counts only when each file has as many rows as its count badge says.
 */
export async function readProblems(wb) {
  await showProblems(wb);
  let last = null;
  for (let attempt = 1; attempt <= 3; attempt++) {
    last = await readProblemRows(wb);
    if (last.complete) return last.problems;
  }
  throw new Error(`the Problems panel could not be read completely: ${JSON.stringify(last.counts)}`);
}

async function readProblemRows(wb) {
  const page = wb.page;
  const grab = () => page.$$eval('.markers-panel .monaco-list-row', (rows) => rows
    .filter((row) => !row.closest('.monaco-tree-sticky-container'))
    .map((row) => {
      const q = (s) => row.querySelector(s);
      const icon = q('.marker-icon');
      return {
        index: Number(row.getAttribute('data-index')),
        level: Number(row.getAttribute('aria-level') || 0),
        resource: q('.monaco-icon-label')?.getAttribute('aria-label') || null,
        badge: q('.monaco-count-badge')?.innerText ?? null,
        message: [...row.querySelectorAll('.marker-message')].map((m) => m.innerText).join('\n') || null,
        source: q('.marker-source')?.innerText || null,
        code: q('.marker-code')?.innerText || null,
        position: q('.marker-line')?.innerText || null,
        severity: icon ? (['error', 'warning', 'info'].find((c) => icon.classList.contains(c)) || null) : null,
      };
    }));
  // one wheel event on the list, then wait for the next frame (the list renders rows on scroll)
  const wheel = (deltaY) => page.evaluate((dy) => new Promise((resolve) => {
    // the list's scrollable element listens for wheel events; the rows container is inside it
    const rows = document.querySelector('.markers-panel .monaco-list .monaco-list-rows');
    if (!rows) return resolve(false);
    const height = rows.closest('.monaco-list').clientHeight;
    rows.dispatchEvent(new WheelEvent('wheel', { deltaY: dy === 'page' ? height * 0.8 : dy, deltaMode: 0, bubbles: true, cancelable: true }));
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)));
  }), deltaY);
  const rows = new Map();
  for (let i = 0; i < 20 && !(await grab()).some((r) => r.index === 0); i++) await wheel(-1e6);
  for (const r of await grab()) rows.set(r.index, r);
  for (let quiet = 0, i = 0; quiet < 2 && i < 200; i++) {
    const before = rows.size;
    await wheel('page');
    for (const r of await grab()) rows.set(r.index, r);
    quiet = rows.size === before ? quiet + 1 : 0;
  }
  await wheel(-1e6);

  const problems = [];
  const counts = [];
  let file = null;
  for (const r of [...rows.values()].sort((a, b) => a.index - b.index)) {
    if (r.level === 1) {
      file = r.resource?.replace(/^~(?=\/)/, os.homedir()) ?? null;
      counts.push({ file, badge: Number(r.badge), rows: 0 });
      continue;
    }
    if (r.level !== 2) continue; // related information rows
    if (counts.length) counts[counts.length - 1].rows++;
    const m = /Ln (\d+), Col (\d+)/.exec(r.position || '');
    problems.push({ file, severity: r.severity, message: r.message, source: r.source, code: r.code?.replace(/^\(|\)$/g, '') ?? null,
      line: m ? Number(m[1]) : null, column: m ? Number(m[2]) : null });
  }
  const indices = [...rows.keys()];
  const contiguous = indices.length === 0 || Math.max(...indices) === indices.length - 1;
  const complete = contiguous && counts.every((c) => c.badge === c.rows);
  return { problems, counts, complete };
}

/** Problems of one workspace file. */
export async function problemsOf(wb, relative) {
  const file = path.join(wb.workspace, relative);
  return (await readProblems(wb)).filter((p) => p.file && path.resolve(p.file) === file);
}

/**
 * Wait until `accept(problems)` holds and the panel has not changed for `settleMs` (the server
 * publishes once per check; settling guards against reading between two publications).
 */
export async function waitForProblems(wb, relative, accept, { timeoutMs = 45000, settleMs = 1500, what = 'problems' } = {}) {
  let key = null;
  let since = Date.now();
  let last = [];
  try {
    return await waitUntil(async () => {
      try {
        last = await problemsOf(wb, relative);
      } catch (error) {
        if (!/could not be read completely/.test(error.message)) throw error;
        return null; // rows were still being added while we scrolled: read again
      }
      const k = JSON.stringify(last);
      if (k !== key) { key = k; since = Date.now(); }
      return accept(last) && Date.now() - since >= settleMs ? last : null;
    }, { on: wb.changes, quietMs: settleMs, timeoutMs, what });
  } catch (error) {
    error.message += `; last seen: ${JSON.stringify(last.map((p) => `${p.code}@${p.line}:${p.severity}`))}`;
    throw error;
  }
}

/** Scroll the Problems panel back to its first row (keyboard: focus the tree, Home). */
export async function problemsToTop(wb) {
  const list = wb.page.locator('.markers-panel .monaco-list').first();
  if (!(await list.isVisible().catch(() => false))) return;
  await list.focus();
  await wb.page.keyboard.press('Home');
  await waitUntil(() => wb.page.locator('.markers-panel .monaco-list-row[data-index="0"]').isVisible().catch(() => false),
    { on: wb.changes, timeoutMs: 5000, what: 'the first row of the Problems panel' }).catch(() => {});
}
