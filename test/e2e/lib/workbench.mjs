// Our own driver for what ../shared/tools/vscode-e2e/run.mjs does not offer: one VS Code session in
// which we open several files, run commands from the palette, edit settings while the server runs,
// and screenshot views that only exist in clauselint (coverage view, status bar item).
// It uses the code-server, Node 24, Chromium and playwright-core that the tool's setup.sh installed.
// Every wait is bounded; code-server runs in its own process group and is ended with it.
import { execFile, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { problemsOf, readProblems, showProblems, waitForProblems } from './problems.mjs';
import { anyChange, fileChanges, pageChanges, processExit, waitUntil } from './wait.mjs';

export { waitUntil };

const execFileP = promisify(execFile);
/** Resolves after `ms`: the upper bound of a wait on an event, never a wait of its own. */
const deadline = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/** Settings that keep the workbench quiet and deterministic (no tips, no updates, no AI side bar). */
const QUIET_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'files.autoSave': 'off',
  'editor.minimap.enabled': false,
  'workbench.tree.enableStickyScroll': false,
  'problems.showCurrentInStatus': true,
  // text typed into an editor (settings.json) arrives as is, without added brackets or indentation
  'editor.autoClosingBrackets': 'never',
  'editor.autoClosingQuotes': 'never',
  'editor.autoIndent': 'none',
  'editor.formatOnType': false,
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export class Workbench {
  /**
   * @param {{ env: Record<string,string>, vsix: string, workspace: string, runDir: string,
   *           settings?: object, viewport?: {width:number,height:number}, browserContext?: object, log?: (m: string) => void }} options
   *   env: E2E_NODE, E2E_CODE_SERVER, E2E_CHROMIUM, VSCODE_E2E_HOME (from the tool's env.sh)
   *   browserContext: extra Playwright context options (e.g. ignoreHTTPSErrors for a local https server)
   */
  static async open(options) {
    const wb = new Workbench(options);
    try {
      await wb.start();
      return wb;
    } catch (error) {
      await wb.failureShot();
      await wb.close();
      throw error;
    }
  }

  constructor({ env, vsix, workspace, runDir, settings = {}, viewport = { width: 1280, height: 800 }, browserContext = {}, log = () => {} }) {
    Object.assign(this, { env, vsix, workspace, runDir, settings, viewport, browserContext, log });
    this.userData = path.join(runDir, 'user-data');
    this.extensions = path.join(runDir, 'extensions');
    this.codeServerLog = path.join(runDir, 'code-server.log');
    this.codeServer = null;
    this.browser = null;
    this.page = null;
    this.tmp = null;
  }

  childEnv() {
    const xdg = path.join(this.runDir, 'xdg');
    const env = { ...process.env, XDG_CONFIG_HOME: path.join(xdg, 'config'), XDG_DATA_HOME: path.join(xdg, 'data'),
      XDG_CACHE_HOME: path.join(xdg, 'cache'), EXTENSIONS_GALLERY: '{}', TMPDIR: this.tmp };
    delete env.PASSWORD;
    delete env.HASHED_PASSWORD;
    return env;
  }

  async start() {
    fs.mkdirSync(path.join(this.userData, 'User'), { recursive: true });
    fs.mkdirSync(this.extensions, { recursive: true });
    // code-server and Chromium put unix sockets in $TMPDIR: a short private one, removed in close()
    this.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-e2e-'));
    fs.writeFileSync(path.join(this.userData, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...this.settings }, null, 2));
    const common = ['--user-data-dir', this.userData, '--extensions-dir', this.extensions];
    const { node, codeServer } = { node: this.env.E2E_NODE, codeServer: this.env.E2E_CODE_SERVER };

    this.log(`installing ${path.basename(this.vsix)}`);
    const install = await execFileP(node, [codeServer, ...common, '--install-extension', this.vsix], { env: this.childEnv(), timeout: 120000 });
    if (!/successfully installed/i.test(`${install.stdout}${install.stderr}`)) throw new Error(`installing ${this.vsix} failed:\n${install.stdout}${install.stderr}`);

    const port = await freePort();
    const log = fs.openSync(this.codeServerLog, 'a');
    this.codeServer = spawn(node, [codeServer, ...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
      '--disable-proxy', '--ignore-last-opened'], { env: this.childEnv(), detached: true, stdio: ['ignore', log, log] });
    fs.closeSync(log);
    // code-server logs "HTTP server listening" once it accepts connections; re-check on each log write
    await waitUntil(async () => {
      if (this.codeServer.exitCode !== null) throw new Error(`code-server exited (${this.codeServer.exitCode}); see ${this.codeServerLog}`);
      return fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
    }, { on: anyChange(fileChanges(this.codeServerLog), processExit(this.codeServer)), timeoutMs: 60000, what: 'code-server /healthz' });

    const { chromium } = createRequire(path.join(this.env.VSCODE_E2E_HOME, 'tools', 'package.json'))('playwright-core');
    this.browser = await chromium.launch({
      executablePath: this.env.E2E_CHROMIUM, headless: true, timeout: 60000, env: this.childEnv(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--disable-breakpad',
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
    });
    const context = await this.browser.newContext({ ...this.browserContext, viewport: this.viewport });
    this.page = await context.newPage();
    /** DOM and frame events of the workbench: what the UI waits re-check on. */
    this.changes = pageChanges(this.page);
    this.page.setDefaultTimeout(20000);
    await this.page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(this.workspace)}`, { timeout: 60000 });
    await this.page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    await this.page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
    this.log('workbench loaded');
  }

  /** Quick Open (Ctrl+P) → the file's row → wait for its editor tab. */
  async openFile(relative) {
    const base = path.basename(relative);
    const page = this.page;
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('Control+P');
      await page.waitForSelector('.quick-input-widget .quick-input-box input', { state: 'visible', timeout: 10000 });
      await page.keyboard.type(relative);
      const row = page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: base }) }).first();
      try {
        await row.waitFor({ state: 'visible', timeout: 15000 });
        await row.click();
        break;
      } catch (error) {
        await page.keyboard.press('Escape');
        if (attempt >= 3) throw new Error(`Quick Open did not list ${relative}: ${error.message}`);
      }
    }
    await page.waitForSelector(`.tabs-container .tab.active[aria-label*="${base}"]`, { timeout: 20000 });
    await page.waitForSelector('.editor-instance .monaco-editor .view-lines', { timeout: 20000 });
    await this.parkMouse(); // the click left the mouse over the tab bar, whose tooltip would linger
  }

  /** Run a command from the palette by its label as listed there (e.g. "clauselint: Show coverage"). */
  async runCommand(label) {
    const page = this.page;
    await page.keyboard.press('Control+Shift+P');
    await page.waitForSelector('.quick-input-widget .quick-input-box input', { state: 'visible', timeout: 10000 });
    await page.keyboard.type(label);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
    try {
      await row.waitFor({ state: 'visible', timeout: 10000 });
    } catch {
      const offered = await page.locator('.quick-input-list .monaco-list-row').allInnerTexts().catch(() => []);
      await page.keyboard.press('Escape');
      throw new Error(`the command palette has no "${label}" (offered: ${JSON.stringify(offered.slice(0, 8))})`);
    }
    await row.click();
    await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: 10000 }).catch(() => {});
    await this.parkMouse();
  }

  /** Labels of the palette's commands that match `text` (the palette is closed again). */
  async commandsMatching(text) {
    const page = this.page;
    await page.keyboard.press('Control+Shift+P');
    await page.waitForSelector('.quick-input-widget .quick-input-box input', { state: 'visible', timeout: 10000 });
    await page.keyboard.type(text);
    await page.waitForSelector('.quick-input-list .monaco-list-row', { state: 'visible', timeout: 5000 }).catch(() => {});
    const labels = await page.locator('.quick-input-list .monaco-list-row .label-name').allInnerTexts().catch(() => []);
    await page.keyboard.press('Escape');
    return labels.map((l) => l.trim()).filter(Boolean);
  }

  /** Go to Line (Ctrl+G) in the active editor, optionally to a column; the line is revealed. */
  async goToLine(line, column) {
    const page = this.page;
    await page.keyboard.press('Control+G');
    await page.waitForSelector('.quick-input-widget .quick-input-box input', { state: 'visible', timeout: 10000 });
    await page.keyboard.type(column ? `${line}:${column}` : String(line));
    await page.keyboard.press('Enter');
    const want = column ? `Ln ${line}, Col ${column}` : `Ln ${line},`;
    await waitUntil(async () => (await page.locator('[id="status.editor.selection"]').first().innerText().catch(() => '')).includes(want),
      { on: this.changes, timeoutMs: 10000, what: `the cursor at ${want}` });
  }

  /** Extend the selection from the cursor down `count` lines (Shift+Down). */
  async selectLines(count) {
    for (let i = 0; i < count; i++) await this.page.keyboard.press('Shift+ArrowDown');
  }

  /** Show the editor hover at the cursor (Ctrl+K Ctrl+I) and return its text once it is stable. */
  /**
   * Open the hover at the cursor and read it once it has settled. With `expected`, wait for that
   * text to appear: the language server's part of a hover may land well after the diagnostics'
   * part on a loaded machine, so a short quiet period alone can read the hover too early. On a
   * timeout the last text is returned, for the caller's check to show.
   */
  async showHover(expected) {
    const page = this.page;
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-editor .monaco-hover:visible').first();
    await hover.waitFor({ state: 'visible', timeout: 10000 });
    // hover parts arrive from several providers (diagnostics, language server): wait until its text
    // has not changed for 400 ms (a re-check on an unrelated DOM event must not count as settled)
    const settleMs = 400;
    let last = '';
    let since = Date.now();
    try {
      const text = await waitUntil(async () => {
        const now = (await hover.innerText().catch(() => '')).trim();
        if (now !== last) {
          last = now;
          since = Date.now();
        }
        if (expected !== undefined) return now.includes(expected) ? now : null;
        return now && Date.now() - since >= settleMs ? now : null;
      }, { on: this.changes, quietMs: settleMs, timeoutMs: expected !== undefined ? 30000 : 10000, what: expected !== undefined ? `the hover to show ${JSON.stringify(expected)}` : 'the hover to stop changing' });
      return { text };
    } catch (error) {
      if (expected === undefined) throw error;
      return { text: last };
    }
  }

  /**
   * Show or hide the primary side bar and the bottom panel (for screenshots that need room), via
   * the palette's toggle commands.
   */
  async layout({ sideBar, panel }) {
    const page = this.page;
    const toggles = [
      [sideBar, '.part.sidebar', 'View: Toggle Primary Side Bar Visibility'],
      [panel, '.part.panel', 'View: Toggle Panel Visibility'],
    ];
    for (const [want, selector, command] of toggles) {
      if (want === undefined) continue;
      if ((await page.locator(selector).first().isVisible().catch(() => false)) === want) continue;
      await this.runCommand(command);
      await page.locator(selector).first().waitFor({ state: want ? 'visible' : 'hidden', timeout: 10000 });
    }
  }

  /**
   * Park the mouse on the empty middle of the activity bar (always shown, no tooltip there), so no
   * tooltip lingers over what is clicked next or ends up in a screenshot.
   */
  async parkMouse() {
    const bar = await this.page.locator('.part.activitybar').first().boundingBox().catch(() => null);
    if (bar) await this.page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height * 0.6);
  }

  /**
   * Make the visible editor hover taller by dragging its resize sash (the hover is a resizable
   * widget; its default height cuts long hovers off). Returns the new height, or null. The mouse is
   * left on the hover: moving it away closes the hover (take the screenshot with parkMouse: false).
   */
  async enlargeHover(extra) {
    const page = this.page;
    const hover = page.locator('.monaco-resizable-hover:visible').first();
    const before = await hover.boundingBox({ timeout: 2000 }).catch(() => null);
    const editor = await page.locator('.editor-instance:visible .monaco-editor').first().boundingBox({ timeout: 2000 }).catch(() => null);
    if (!before || !editor) return null;
    // only the sash on the side with room is enabled; a drag past the editor's edge loses the hover
    for (const sash of await page.locator('.monaco-resizable-hover:visible .monaco-sash.horizontal:not(.disabled)').all()) {
      const box = await sash.boundingBox({ timeout: 2000 }).catch(() => null);
      if (!box || box.height === 0) continue;
      const up = Math.abs(box.y - before.y) < Math.abs(box.y - (before.y + before.height)); // the top sash grows upwards
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      const to = up ? Math.max(editor.y + 8, y - extra) : Math.min(editor.y + editor.height - 8, y + extra);
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x, to, { steps: 8 });
      await page.mouse.up();
      const after = await hover.boundingBox({ timeout: 2000 }).catch(() => null);
      if (after && after.height > before.height + 10) {
        // the drag made the hover follow the mouse: leaving it would close it, so the mouse rests on it
        await page.mouse.move(after.x + after.width / 2, after.y + after.height / 2);
        return after.height;
      }
    }
    return null;
  }

  /** Close an editor tab by its label (e.g. a webview's title). */
  async closeEditor(label) {
    const tab = this.page.locator(`.tabs-container .tab[aria-label*="${label}"]`).first();
    if (!(await tab.count())) return;
    await this.parkMouse();
    await tab.click({ button: 'middle' });
    await this.parkMouse();
    await tab.waitFor({ state: 'detached', timeout: 10000 }).catch(() => {});
  }

  /**
   * After a command that should show a webview (clauselint's coverage view is one): wait until a
   * webview's text contains one (or, with `all`, every one) of `expectTexts`; returns
   * { ok, kind, excerpt, absent }.
   */
  async waitForView(expectTexts, { timeoutMs = 20000, all = false } = {}) {
    const page = this.page;
    const wanted = (text) => (all ? expectTexts.every((t) => text.includes(t)) : expectTexts.some((t) => text.includes(t)));
    let seen = { kind: 'none', text: '' };
    const found = await waitUntil(async () => {
      const candidates = [];
      // webviews live in nested iframes; read every frame's text
      for (const frame of page.frames()) {
        if (frame === page.mainFrame()) continue;
        candidates.push({ kind: 'webview', text: await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '') });
      }
      const match = candidates.find((c) => wanted(c.text));
      seen = match ?? candidates.sort((a, b) => b.text.length - a.text.length)[0] ?? seen;
      return !!match;
    }, { on: this.changes, timeoutMs, what: 'a clauselint view' }).catch(() => false);
    return { ok: !!found, kind: seen.kind, excerpt: seen.text.slice(0, 600), absent: expectTexts.filter((t) => !seen.text.includes(t)) };
  }

  /** Remember this window and extension host, to tell later whether either was restarted. */
  async markWindow() {
    await this.page.evaluate(() => { window.__clauselintE2eMark = true; });
    this.extensionHosts = this.extensionHostCount();
  }

  /** null if neither the window nor the extension host restarted since markWindow(), else what did. */
  async windowReloaded() {
    const marked = await this.page.evaluate(() => window.__clauselintE2eMark === true).catch(() => false);
    if (!marked) return 'the window was reloaded';
    const hosts = this.extensionHostCount();
    return hosts === this.extensionHosts ? null : `extension hosts: ${this.extensionHosts} before, ${hosts} after`;
  }

  extensionHostCount() {
    const logs = path.join(this.userData, 'logs');
    if (!fs.existsSync(logs)) return 0;
    let n = 0;
    for (const session of fs.readdirSync(logs)) {
      const dir = path.join(logs, session);
      if (fs.statSync(dir).isDirectory()) n += fs.readdirSync(dir).filter((d) => d.startsWith('exthost')).length;
    }
    return n;
  }

  /**
   * Replace the workspace's .vscode/settings.json the way a user does: palette → "Preferences: Open
   * Workspace Settings (JSON)", select all, type, save. VS Code then tells the extension, which tells
   * the server (workspace/didChangeConfiguration) — nothing is reloaded.
   */
  async editWorkspaceSettings(settings) {
    const page = this.page;
    const file = path.join(this.workspace, '.vscode', 'settings.json');
    await this.runCommand('Preferences: Open Workspace Settings (JSON)');
    // VS Code 1.139 shows settings.json in a modal editor (no tab); it has the focus once it is open
    await waitUntil(() => page.evaluate(() => {
      const editor = document.activeElement?.closest('.monaco-editor');
      return /^settings\.json\b/.test(editor?.closest('.editor-instance')?.getAttribute('aria-label') ?? '');
    }), { on: this.changes, timeoutMs: 20000, what: 'the settings.json editor to have the focus' });
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(JSON.stringify(settings, null, 2));
    await page.keyboard.press('Control+S');
    const wanted = JSON.stringify(settings);
    await waitUntil(() => {
      try { return JSON.stringify(JSON.parse(fs.readFileSync(file, 'utf8'))) === wanted; } catch { return false; }
    }, { on: fileChanges(file), timeoutMs: 10000, what: `${file} to hold the typed settings` });
    // close it: a modal editor left open covers the workbench and keeps the keyboard
    const open = () => page.locator('.editor-instance[aria-label^="settings.json"]:visible').count();
    for (const key of ['Control+W', 'Escape', 'Control+W']) {
      if (!(await open())) break;
      await page.keyboard.press(key);
      await waitUntil(async () => (await open()) === 0, { on: this.changes, timeoutMs: 3000, what: 'settings.json to close' }).catch(() => {});
    }
    if (await open()) throw new Error('settings.json is still open after Ctrl+W and Escape');
  }

  /** The Problems panel: lib/problems.mjs. */
  showProblems() {
    return showProblems(this);
  }

  /** Every row of the Problems panel, as { file, severity, message, source, code, line, column }. */
  problems() {
    return readProblems(this);
  }

  /** Problems of one workspace file. */
  problemsOf(relative) {
    return problemsOf(this, relative);
  }

  /** Wait until `accept(problems of the file)` holds and the panel has settled (lib/problems.mjs). */
  waitForProblems(relative, accept, options) {
    return waitForProblems(this, relative, accept, options);
  }

  /** Screenshot of the whole window, or of one element (locator); the mouse is parked first unless told not to. */
  async shot(file, locator, { parkMouse = true } = {}) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (parkMouse) await this.parkMouse();
    if (locator) await locator.screenshot({ path: file });
    else await this.page.screenshot({ path: file });
    this.log(`screenshot ${file}`);
    return file;
  }

  async failureShot() {
    if (!this.page) return null;
    this.failures = (this.failures ?? 0) + 1;
    const file = path.join(this.runDir, `failure-${this.failures}.png`);
    await this.page.screenshot({ path: file }).catch(() => {});
    return file;
  }

  /** Lines the extension host logged as errors (activation failures, crashed servers). */
  extensionHostErrors() {
    const errors = [];
    const logs = path.join(this.userData, 'logs');
    if (!fs.existsSync(logs)) return errors;
    for (const session of fs.readdirSync(logs)) {
      const dir = path.join(logs, session);
      if (!fs.statSync(dir).isDirectory()) continue;
      for (const host of fs.readdirSync(dir).filter((d) => d.startsWith('exthost'))) {
        const file = path.join(dir, host, 'remoteexthost.log');
        if (!fs.existsSync(file)) continue;
        for (const line of fs.readFileSync(file, 'utf8').split('\n')) if (/\[error\]/.test(line)) errors.push(line.slice(0, 400));
      }
    }
    return errors;
  }

  async close() {
    if (this.browser) {
      // A hung browser must not hold the run: its close is awaited with a deadline.
      await Promise.race([this.browser.close().catch(() => {}), deadline(5000)]);
      this.browser = null;
    }
    const cs = this.codeServer;
    if (cs && cs.exitCode === null && cs.signalCode === null) {
      // Wait for the server's exit event (at most 5 s), then make sure its process group is gone.
      const exited = new Promise((resolve) => cs.once('exit', resolve));
      try { process.kill(-cs.pid, 'SIGTERM'); } catch { /* already gone */ }
      await Promise.race([exited, deadline(5000)]);
      try { process.kill(-cs.pid, 'SIGKILL'); } catch { /* already gone */ }
    }
    this.codeServer = null;
    if (this.tmp) fs.rmSync(this.tmp, { recursive: true, force: true });
    this.tmp = null;
  }
}
