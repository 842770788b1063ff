// Issue 14 in the real VS Code, one session (own driver):
// - "clauselint: Compare coverage with …" → "Last committed version": a draft committed to git and
//   then revised in the editor, unsaved (one clause hedged by typing, another deleted), shows in the
//   coverage view exactly the changes `clauselint diff` computes for the same two texts: the
//   weakened and the newly missing requirements. The committed text comes through VS Code's git
//   extension, not the server; the revised one is the editor's buffer.
// - "clauselint: Import Word draft as Markdown" from the Explorer's context menu on a .docx built by
//   the CLI tests' generator (tracked changes included): the Markdown written beside it is the
//   converter's, it opens with its headings and clause numbers, the notification names the tracked
//   changes, and the Problems panel shows the engine's diagnostics for it.
import fs from 'node:fs';
import path from 'node:path';
import { compareDiagnostics } from '../lib/compare.mjs';
import { REPO, engineExpectation, run } from '../lib/tools.mjs';
import { problemsToTop } from '../lib/problems.mjs';
import { clearNotifications, explorerContextAction, runCommandAndPick, waitForNotification } from '../lib/ui.mjs';
import { Workbench, waitUntil } from '../lib/workbench.mjs';
import { SAMPLE } from './sample.mjs';

const DRAFT = 'draft.md';
const DOCX = 'counterparty-draft.docx';
const IMPORTED = 'counterparty-draft.md';
/** The committed draft has an MFA clause that the revision deletes … */
const MFA_CLAUSE = '7.12 **MFA.** The Provider shall enforce multi-factor authentication on every Provider Account that can access the Customer Environment.\n\n';
/** … and an incident response plan clause that the revision hedges. */
const IR_PLAN = '8.3 **Incident Response Plan.** The Provider shall maintain';
const IR_PLAN_HEDGED = '8.3 **Incident Response Plan.** The Provider shall, where possible, maintain';
const COMMAND_COMPARE = 'clauselint: Compare coverage with …';
const COMMAND_IMPORT = 'Import Word draft as Markdown';
/** What a reader of the imported draft must find: the Word headings and the typed clause numbers. */
const IMPORTED_LINES = ['# Master Services Agreement', '## 7. Information Security', '7.1 **Security Logs.**', '7.3 **MFA.**'];
/** Word's automatic numbering, written out (further down, checked on disk). */
const AUTO_NUMBERED = '## 1. Incident Response';

export async function revisionsScenario({ report, env, vsix, artifacts, log, screenshotsOut }) {
  const ws = path.join(artifacts, 'ws-revisions');
  const expectDir = path.join(artifacts, 'expect-revisions'); // texts the engine compares, outside the workspace
  fs.mkdirSync(ws, { recursive: true });
  fs.mkdirSync(expectDir, { recursive: true });
  const sample = fs.readFileSync(SAMPLE, 'utf8');
  const committed = sample.replace('## 8. Incident Response', `${MFA_CLAUSE}## 8. Incident Response`);
  const revised = committed.replace(MFA_CLAUSE, '').replace(IR_PLAN, IR_PLAN_HEDGED);
  if (!report.check('precondition: the revision deletes the MFA clause and hedges the incident response plan', committed !== sample && revised.includes(IR_PLAN_HEDGED) && !revised.includes(MFA_CLAUSE))) return {};

  // git: the committed draft (the revision is made in the editor, below)
  fs.writeFileSync(path.join(ws, DRAFT), committed);
  const git = (...args) => run('git', ['-c', 'user.name=clauselint e2e', '-c', 'user.email=e2e@clauselint.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd: ws });
  for (const args of [['init', '-q'], ['add', DRAFT], ['commit', '-q', '-m', 'Draft as sent to the provider']]) {
    const r = await git(...args);
    if (!report.check(`git ${args[0]} in the test folder`, r.code === 0, r.stderr)) return {};
  }

  // what the engine says changed (the CLI's diff over the same two texts)
  fs.writeFileSync(path.join(expectDir, 'committed.md'), committed);
  fs.writeFileSync(path.join(expectDir, 'revised.md'), revised);
  const diff = await run(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'diff', '--format', 'json', 'committed.md', 'revised.md'], { cwd: expectDir });
  const changes = diff.code === 0 ? JSON.parse(diff.stdout).files[0].changes.map((c) => ({ kind: c.kind.replace('-', ' '), id: c.id })) : [];
  const kinds = new Set(changes.map((c) => `${c.kind} ${c.id}`));
  if (!report.check('precondition: clauselint diff finds ir.plan-contracted weakened and mfa.provider-access newly missing',
    kinds.has('weakened ir.plan-contracted') && kinds.has('newly missing mfa.provider-access'), { code: diff.code, stderr: diff.stderr, changes })) return {};

  // the Word draft, from the CLI tests' generator, and the converter's Markdown for it
  const word = await run(path.join(REPO, 'node_modules', '.bin', 'tsx'), [path.join(REPO, 'test', 'e2e', 'word-draft.ts'), path.join(ws, DOCX)]);
  if (!report.check('precondition: the Word draft is generated (test/word/make-docx.ts)', word.code === 0 && fs.existsSync(path.join(ws, DOCX)), word.stderr)) return {};
  const converted = JSON.parse(word.stdout);

  const wb = await report.time('VS Code: start a session with git (own driver)', () => Workbench.open({ env, vsix, workspace: ws, runDir: path.join(artifacts, 'revisions'), log,
    settings: { 'git.enabled': true } }));
  try {
    await report.time('VS Code: Compare coverage with the last commit', () => compareStep(wb, { report, changes, committed, shot: path.join(screenshotsOut, 'compare-coverage.png') }));
    await report.time('VS Code: Import Word draft as Markdown', () => importStep(wb, { report, ws, converted, shot: path.join(screenshotsOut, 'word-import.png') }));
  } catch (error) {
    error.message += ` (screenshot: ${await wb.failureShot()})`;
    throw error;
  } finally {
    const errors = wb.extensionHostErrors().filter((e) => /clauselint/i.test(e));
    report.check('no clauselint errors in the extension-host log (revisions session)', errors.length === 0, errors);
    await wb.close();
  }
  return {};
}

async function compareStep(wb, { report, changes, committed, shot }) {
  const page = wb.page;
  await wb.openFile(DRAFT);
  await reviseInEditor(wb, committed);
  // The command asks VS Code's git extension for the committed text; the extension knows the
  // repository once the Source Control view counts its changes (the untracked .docx at least).
  const scmCount = await waitUntil(() => page.evaluate(() => {
    const item = [...document.querySelectorAll('.activitybar .action-item')].find((i) => /Source Control/.test(i.querySelector('.action-label')?.getAttribute('aria-label') ?? ''));
    return Number(item?.querySelector('.badge-content')?.textContent) || 0;
  }), { on: wb.changes, timeoutMs: 30000, what: 'the Source Control badge' }).catch(() => 0);
  report.check(`VS Code's git extension opened the test folder's repository (Source Control counts ${scmCount} changes)`, scmCount >= 1, 'no count on the Source Control activity bar item');

  await wb.layout({ sideBar: false, panel: false }); // room for the draft and the comparison side by side
  await runCommandAndPick(wb, COMMAND_COMPARE, 'Last committed version');
  let seen = null;
  const rows = await waitUntil(async () => {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const view = await frame.evaluate(() => ({
        heading: document.querySelector('h1')?.innerText ?? '',
        rows: [...document.querySelectorAll('tbody tr')].map((tr) => ({
          change: tr.cells[0]?.innerText.replace(/^\W+/u, '').trim(),
          id: tr.querySelector('.id')?.innerText.trim(),
          before: tr.cells[2]?.innerText.trim(),
          after: tr.cells[3]?.innerText.trim(),
        })),
      })).catch(() => null);
      if (view && /compared with/.test(view.heading)) {
        seen = view;
        return view.rows.length ? view.rows : null;
      }
    }
    return null;
  }, { on: wb.changes, timeoutMs: 30000, what: 'the comparison in the coverage view' }).catch(() => null);
  report.check(`the coverage view shows "${DRAFT} compared with ${DRAFT} (last commit)"`, seen?.heading === `${DRAFT} compared with ${DRAFT} (last commit)`, seen ?? 'no comparison view');
  const shown = (rows ?? []).map((r) => `${r.change} ${r.id}`);
  for (const want of ['weakened ir.plan-contracted', 'newly missing mfa.provider-access']) {
    const row = (rows ?? []).find((r) => `${r.change} ${r.id}` === want);
    report.check(`…with the row "${want}", quoting the committed clause`, row && /“The Provider shall (?:maintain|enforce)/.test(row.before), row ?? shown);
  }
  const expected = changes.map((c) => `${c.kind} ${c.id}`);
  report.check(`…and exactly the ${expected.length} changes clauselint diff computes`, JSON.stringify([...shown].sort()) === JSON.stringify([...expected].sort()), { shown, expected });
  await wb.shot(shot);
  await wb.closeEditor('clauselint coverage');
  // the Problems panel of the next step lists only the imported draft: discard the revision, close the draft
  await wb.runCommand('File: Revert File');
  await page.waitForSelector(`.tabs-container .tab.active:not(.dirty)[aria-label*="${DRAFT}"]`, { timeout: 10000 });
  await wb.closeEditor(DRAFT);
  await wb.layout({ sideBar: true, panel: true });
}

/**
 * The revision, typed as a user would and left unsaved: hedge the incident response plan clause
 * (", where possible," after its "shall"), then delete the MFA clause line and the blank line after
 * it (Ctrl+Shift+K deletes a whole line, wrapped or not). The hedge comes first: it is further down.
 */
async function reviseInEditor(wb, committed) {
  const lines = committed.split('\n');
  const plan = lines.findIndex((l) => l.startsWith(IR_PLAN));
  const mfa = lines.findIndex((l) => `${l}\n\n` === MFA_CLAUSE);
  if (plan < 0 || mfa < 0 || mfa > plan) throw new Error('the committed draft has no MFA clause before its incident response plan clause');
  await wb.goToLine(plan + 1, IR_PLAN.length - ' maintain'.length + 1);
  await wb.page.keyboard.type(IR_PLAN_HEDGED.slice(IR_PLAN.length - ' maintain'.length, -' maintain'.length));
  await wb.goToLine(mfa + 1, 1);
  for (let i = 0; i < 2; i++) await wb.page.keyboard.press('Control+Shift+K');
  await wb.page.waitForSelector(`.tabs-container .tab.active.dirty[aria-label*="${DRAFT}"]`, { timeout: 5000 });
}

async function importStep(wb, { report, ws, converted, shot }) {
  const page = wb.page;
  await explorerContextAction(wb, DOCX, COMMAND_IMPORT);
  await page.waitForSelector(`.tabs-container .tab.active[aria-label*="${IMPORTED}"]`, { timeout: 20000 });
  const note = await waitForNotification(wb, /imported .*counterparty-draft\.docx/).catch((error) => error.message);
  report.check(`the import says what it did and that tracked changes were read as accepted ("${converted.trackedChanges}")`,
    note.includes(`imported ${DOCX} as ${IMPORTED} (${converted.paragraphs} paragraphs)`) && note.includes(converted.trackedChanges), note);
  const file = path.join(ws, IMPORTED);
  const written = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  report.check(`${IMPORTED} is written beside the .docx with exactly the converter's Markdown, auto-numbered heading included ("${AUTO_NUMBERED}")`,
    written === converted.markdown && written.split('\n').includes(AUTO_NUMBERED), { written: written?.slice(0, 400) });

  // the editor shows the draft with its headings and clause numbers (the first lines are on screen)
  let onScreen = '';
  const visible = await waitUntil(async () => {
    onScreen = (await page.locator('.editor-instance:visible .monaco-editor .view-lines').first().innerText().catch(() => '')).replace(/\u00a0/g, ' ');
    return IMPORTED_LINES.every((l) => onScreen.includes(l));
  }, { on: wb.changes, timeoutMs: 10000, what: 'the imported draft in the editor' }).catch(() => false);
  report.check(`the imported draft opens with its headings and clause numbers (${IMPORTED_LINES.join(' · ')})`, visible,
    { missing: IMPORTED_LINES.filter((l) => !onScreen.includes(l)), onScreen: onScreen.slice(0, 600) });

  const expected = await engineExpectation({ workspace: ws, file: IMPORTED });
  let cmp = null;
  const ok = await wb.waitForProblems(IMPORTED, (rows) => (cmp = compareDiagnostics(rows, expected.diagnostics)).ok,
    { what: `the Problems panel to equal the engine for ${IMPORTED}` }).then(() => true, () => false);
  report.check(`the imported draft gets the engine's ${expected.diagnostics.length} diagnostics in the Problems panel (${expected.diagnostics.map((d) => d.code).slice(0, 3).join(', ')}, …)`,
    ok && expected.diagnostics.length > 0, cmp);
  await problemsToTop(wb);
  // the editor, not the panel, has the focus in the picture (Ctrl+1: focus the first editor group)
  await page.keyboard.press('Control+1');
  await waitUntil(() => page.evaluate(() => !!document.activeElement?.closest('.editor-instance .monaco-editor')), { on: wb.changes, timeoutMs: 5000, what: 'the editor to have the focus' }).catch(() => {});
  await wb.shot(shot);
  await clearNotifications(wb);
}
