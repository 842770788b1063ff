// One VS Code session driven by our own driver: a README stays silent, the status bar item and the
// coverage view appear, and a settings edit changes the diagnostics while everything keeps running.
import fs from 'node:fs';
import path from 'node:path';
import { compareDiagnostics } from '../lib/compare.mjs';
import { engineExpectation } from '../lib/tools.mjs';
import { Workbench } from '../lib/workbench.mjs';
import { NOT_A_CONTRACT, SAMPLE } from './sample.mjs';

/** Settings a user might change mid-review: draft for the provider, demote MFA, silence backups. */
const CHANGED_SETTINGS = {
  'clauselint.perspective': 'provider',
  'clauselint.severity': { 'mfa.provider-access': 'info', 'backup.contracted-service': 'off' },
};

export async function liveScenario({ report, env, vsix, artifacts, log, screenshotsOut, fixedDraft }) {
  const ws = path.join(artifacts, 'ws-live');
  fs.mkdirSync(ws, { recursive: true });
  const draft = path.basename(SAMPLE);
  fs.copyFileSync(SAMPLE, path.join(ws, draft));
  fs.copyFileSync(NOT_A_CONTRACT, path.join(ws, 'README.md'));
  const shots = path.join(artifacts, 'shots-live');
  const publish = (name) => (screenshotsOut ? path.join(screenshotsOut, name) : path.join(shots, name));

  const wb = await report.time('VS Code: start a session (own driver)', () => Workbench.open({ env, vsix, workspace: ws, runDir: path.join(artifacts, 'live'), log }));
  try {
    // The README is opened first: the server handles documents in order, so once the draft's
    // diagnostics are shown, the README has been checked too.
    await report.time('VS Code: README then draft, diagnostics', async () => {
      await wb.openFile('README.md');
      await wb.openFile(draft);
      const expected = await engineExpectation({ workspace: ws, file: draft });
      const shown = await waitForEngine(wb, draft, expected);
      report.check('live session: Problems panel equals the engine for the draft', shown.ok, shown.cmp);
      const readme = (await wb.problemsOf('README.md')).filter((p) => p.source === 'clauselint');
      report.check('a Markdown README that is not a contract gets no clauselint diagnostics', readme.length === 0, readme);
    });

    await report.time('VS Code: status bar item', async () => {
      const item = wb.page.locator('.statusbar-item[id^="clauselint."]').first();
      const visible = await item.isVisible().catch(() => false);
      const text = visible ? (await item.innerText()).trim() : null;
      report.check(`the clauselint status bar item appears${text ? ` ("${text}")` : ''}`, visible && !!text,
        'PENDING: no status bar item with an id starting "clauselint." is visible (client/src has not added it yet?)');
      if (visible) await wb.shot(publish('status-bar.png'), wb.page.locator('.part.statusbar'));
    });

    await report.time('VS Code: coverage view', async () => {
      const commands = await wb.commandsMatching('clauselint');
      const coverage = commands.find((c) => /coverage/i.test(c));
      if (!report.check(`the command palette offers a clauselint coverage command${coverage ? ` ("${coverage}")` : ''}`, !!coverage,
        `PENDING: clauselint commands in the palette: ${JSON.stringify(commands)}`)) return;
      const expected = await engineExpectation({ workspace: ws, file: draft });
      await wb.runCommand(coverage);
      const view = await wb.waitForView(Object.values(expected.requirements).map((r) => r.title));
      report.check(`the coverage view opens and lists requirements (${view.kind})`, view.ok, view);
      await wb.shot(publish('coverage.png'));
    });

    await report.time('VS Code: change settings live', async () => {
      const before = await engineExpectation({ workspace: ws, file: draft });
      const after = await engineExpectation({ workspace: ws, file: draft, settings: CHANGED_SETTINGS });
      if (!report.check('precondition: the settings change changes what the engine reports', !compareDiagnostics(before.diagnostics, after.diagnostics).ok)) return;
      await wb.markWindow();
      await wb.editWorkspaceSettings(CHANGED_SETTINGS);
      const shown = await waitForEngine(wb, draft, after);
      report.check(`editing .vscode/settings.json (${Object.keys(CHANGED_SETTINGS).join(', ')}) changes the Problems panel to the engine's result for the new settings`, shown.ok, shown.cmp);
      const reloaded = await wb.windowReloaded();
      report.check('…without a window reload or an extension-host restart', !reloaded, reloaded);
      await wb.editWorkspaceSettings({});
      const restored = await waitForEngine(wb, draft, before);
      report.check('removing the settings again restores the original diagnostics', restored.ok, restored.cmp);
    });

    if (fixedDraft) {
      await report.time('VS Code: the inserted clause', async () => {
        const name = 'after-quick-fix.md';
        fs.writeFileSync(path.join(ws, name), fixedDraft);
        const line = firstChangedLine(fs.readFileSync(SAMPLE, 'utf8'), fixedDraft);
        await wb.openFile(name);
        await wb.goToLine(line);
        await wb.shot(publish('inserted-clause.png'));
      });
    }
  } finally {
    const errors = wb.extensionHostErrors().filter((e) => /clauselint/i.test(e));
    report.check('no clauselint errors in the extension-host log', errors.length === 0, errors);
    await wb.close();
  }
}

/** Wait until the draft's Problems rows equal the engine's; returns { ok, cmp } (never throws on a mismatch). */
async function waitForEngine(wb, file, expected) {
  let cmp = null;
  try {
    await wb.waitForProblems(file, (rows) => (cmp = compareDiagnostics(rows, expected.diagnostics)).ok, { what: `the Problems panel to equal the engine for ${file}` });
    return { ok: true, cmp };
  } catch (error) {
    return { ok: false, cmp: { ...cmp, error: error.message.slice(0, 300) } };
  }
}

function firstChangedLine(before, after) {
  const a = before.split(/\r?\n/);
  const b = after.split(/\r?\n/);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i + 1;
}
