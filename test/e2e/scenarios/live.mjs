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
  const publish = (name) => path.join(screenshotsOut, name);

  const wb = await report.time('VS Code: start a session (own driver)', () => Workbench.open({ env, vsix, workspace: ws, runDir: path.join(artifacts, 'live'), log }));
  try {
    // The README is opened first: the server handles documents in order, so once the draft's
    // diagnostics are shown, the README has been checked too.
    const expected = await engineExpectation({ workspace: ws, file: draft });
    await report.time('VS Code: README then draft, diagnostics', async () => {
      await wb.openFile('README.md');
      await wb.openFile(draft);
      const shown = await waitForEngine(wb, draft, expected);
      report.check('live session: Problems panel equals the engine for the draft', shown.ok, shown.cmp);
      const readme = (await wb.problemsOf('README.md')).filter((p) => p.source === 'clauselint');
      report.check('a Markdown README that is not a contract gets no clauselint diagnostics', readme.length === 0, readme);
    });

    await report.time('VS Code: hover on a finding', async () => {
      // the retention finding: one requirement, with what was found and why it falls short
      const target = expected.diagnostics.find((d) => d.code === 'logging.retention');
      if (!report.check('precondition: the engine reports logging.retention on the draft', target)) return;
      const { citation } = expected.requirements[target.code];
      await wb.layout({ panel: false }); // a taller editor fits the whole hover
      await wb.goToLine(target.line, target.column);
      // the hover opens above the line: scroll the line down the editor (Ctrl+Up scrolls, the cursor stays) for room
      for (let i = 0; i < 12; i++) await wb.page.keyboard.press('Control+ArrowUp');
      const hover = await wb.showHover(`${citation.document} · ${citation.heading}`);
      report.check(`hover on the log-retention finding shows the advisory citation ("${citation.document} · ${citation.heading}")`,
        hover.text.includes(`${citation.document} · ${citation.heading}`), { hover: hover.text.slice(0, 800) });
      const enlarged = await wb.enlargeHover(420); // show the whole hover, down to its "Source:" citation link
      await wb.shot(publish('hover.png'), undefined, { parkMouse: !enlarged }); // the mouse keeps an enlarged hover open
      report.check('the hover is on screen in the picture (hover.png)', await wb.page.locator('.monaco-editor .monaco-hover:visible').count() > 0);
      await wb.page.keyboard.press('Escape');
      await wb.layout({ panel: true });
    });

    let statusItem = null;
    await report.time('VS Code: status bar item', async () => {
      const item = wb.page.locator('.statusbar-item[id^="clauselint."]').first();
      const text = (await item.isVisible().catch(() => false)) ? (await item.innerText()).trim() : null;
      const score = expected.coverage ? `${expected.coverage.met}/${expected.coverage.total}` : null;
      if (report.check(`the clauselint status bar item shows the engine's coverage score (${score})`, text && score && text.includes(score),
        { shown: text ?? 'no visible status bar item whose id starts with "clauselint."', engine: score })) statusItem = item;
    });

    await report.time('VS Code: coverage view', async () => {
      const commands = await wb.commandsMatching('clauselint');
      const coverage = commands.find((c) => /\bshow\b.*coverage/i.test(c));
      report.check(`the command palette offers the coverage view${coverage ? ` ("${coverage}")` : ''}`, !!coverage,
        `clauselint commands in the palette: ${JSON.stringify(commands)} (is the command in package.json "contributes.commands"?)`);
      await wb.layout({ sideBar: false, panel: false }); // room for the draft and the view side by side
      if (coverage) await wb.runCommand(coverage);
      else if (statusItem) await statusItem.click(); // its command opens the view too
      else return;
      const ids = expected.coverage?.ids ?? [];
      const view = await wb.waitForView(ids, { all: true });
      report.check(`the coverage view lists all ${ids.length} requirements the engine checked (${view.kind})`, view.ok && ids.length > 0, view);
      await wb.shot(publish('coverage.png'));
      // the view follows the active editor: on the README it must say that clauselint did not check it
      await wb.openFile('README.md');
      const readme = await wb.waitForView(['README.md', 'Not checked'], { all: true });
      report.check('…and for the README it says "Not checked" (clauselint looked at it and found no contract)', readme.ok, readme);
      await wb.closeEditor('clauselint coverage');
      await wb.layout({ sideBar: true, panel: true });
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
        const inserted = fixedDraft.split(/\r?\n/).length - fs.readFileSync(SAMPLE, 'utf8').split(/\r?\n/).length;
        await wb.openFile(name);
        await wb.goToLine(line);
        await wb.selectLines(inserted - 1); // the clause, without the blank line after it
        await wb.shot(publish('inserted-clause.png'));
      });
    }
  } catch (error) {
    error.message += ` (screenshot: ${await wb.failureShot()})`;
    throw error;
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
    const screenshot = await wb.failureShot();
    return { ok: false, cmp: { ...cmp, error: error.message.slice(0, 300), screenshot } };
  }
}

function firstChangedLine(before, after) {
  const a = before.split(/\r?\n/);
  const b = after.split(/\r?\n/);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i + 1;
}
