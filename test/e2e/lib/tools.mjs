// The shared real-client tools (../shared/tools beside the repository): setup, environment, and
// wrappers that run vscode-e2e/run.mjs and nvim-lsp/probe.sh and return their JSON reports.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '..', '..', '..');

/** Where the tools live: $CLAUSELINT_E2E_TOOLS, else ../shared/tools beside the repository. */
export function toolsDir() {
  return path.resolve(process.env.CLAUSELINT_E2E_TOOLS || path.join(REPO, '..', 'shared', 'tools'));
}

/** Run a command; resolves { code, stdout, stderr } (never rejects on a non-zero exit). */
export function run(command, args, { cwd = REPO, env = process.env, timeoutMs = 600000, logFile, echo = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const out = [];
    const err = [];
    const log = logFile ? fs.createWriteStream(logFile, { flags: 'a' }) : null;
    child.stdout.on('data', (c) => { out.push(c); log?.write(c); if (echo) process.stdout.write(c); });
    child.stderr.on('data', (c) => { err.push(c); log?.write(c); if (echo) process.stderr.write(c); });
    // the command and everything it started run in their own process group, ended together
    const timer = setTimeout(() => {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    }, timeoutMs);
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      log?.end();
      resolve({ code: code ?? (signal ? 128 : 1), signal, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() });
    });
  });
}

/**
 * Install the tools (idempotent; ~2 minutes on a fresh machine, 1 s after). Returns the variables
 * of the generated env.sh, or throws an Error whose `infrastructure` is true.
 */
export async function setupTools({ logFile }) {
  const tools = toolsDir();
  const setup = path.join(tools, 'vscode-e2e', 'setup.sh');
  const fail = (message) => Object.assign(new Error(message), { infrastructure: true });
  if (!fs.existsSync(setup)) throw fail(`${setup} does not exist: the shared tools must be beside the repository (../shared/tools) or named by CLAUSELINT_E2E_TOOLS.`);
  // `npm run test:e2e` exports its npm settings as npm_config_* variables, and the npm inside
  // setup.sh (running under Node 24) would inherit them: code-server's postinstall then reads the
  // outer npm's user agent ("node/v20") and refuses to install. setup.sh gets a clean npm env.
  const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  const result = await run('bash', [setup], { env: cleanEnv, logFile, timeoutMs: 20 * 60000 });
  if (result.code !== 0) {
    const tail = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-25).join('\n');
    throw fail(`${setup} exited with ${result.code}. Last lines:\n${tail}\nFull log: ${logFile}`);
  }
  const home = process.env.VSCODE_E2E_HOME || '/opt/vscode-e2e';
  const envFile = path.join(home, 'env.sh');
  const dump = await run('bash', ['-c', `set -a; source "${envFile}"; env -0`]);
  if (dump.code !== 0) throw fail(`could not read ${envFile}: ${dump.stderr}`);
  const env = {};
  for (const entry of dump.stdout.split('\0')) {
    const i = entry.indexOf('=');
    if (i > 0) env[entry.slice(0, i)] = entry.slice(i + 1);
  }
  for (const key of ['E2E_NODE', 'E2E_CODE_SERVER', 'E2E_CHROMIUM', 'VSCODE_E2E_HOME']) {
    if (!env[key] || !fs.existsSync(env[key])) throw fail(`${key} from ${envFile} does not exist: ${env[key]}`);
  }
  return { E2E_NODE: env.E2E_NODE, E2E_CODE_SERVER: env.E2E_CODE_SERVER, E2E_CHROMIUM: env.E2E_CHROMIUM, VSCODE_E2E_HOME: env.VSCODE_E2E_HOME };
}

/** vscode-e2e/run.mjs with the given options; returns its JSON report (ok false on failure). */
export async function vscodeRun(e2eEnv, args, { logFile }) {
  const script = path.join(toolsDir(), 'vscode-e2e', 'run.mjs');
  const result = await run(e2eEnv.E2E_NODE, [script, ...args], { env: { ...process.env, ...e2eEnv }, logFile, timeoutMs: 300000 });
  return parseReport(result, 'run.mjs');
}

/** nvim-lsp/probe.sh --file FILE [options] -- SERVER...; returns its JSON report. */
export async function nvimProbe(args, server, { logFile }) {
  const script = path.join(toolsDir(), 'nvim-lsp', 'probe.sh');
  const result = await run('bash', [script, ...args, '--', ...server], { logFile, timeoutMs: 120000 });
  return parseReport(result, 'probe.sh');
}

function parseReport(result, name) {
  const start = result.stdout.indexOf('{');
  try {
    const report = JSON.parse(result.stdout.slice(start));
    report.exitCode = result.code;
    return report;
  } catch {
    return { ok: false, exitCode: result.code, error: `${name} printed no JSON report (exit ${result.code}): ${result.stderr.split('\n').slice(-15).join('\n')}` };
  }
}

/** The engine's view of a file (test/e2e/expect.ts under tsx). */
export async function engineExpectation(request) {
  const tsx = path.join(REPO, 'node_modules', '.bin', 'tsx');
  const result = await run(tsx, [path.join(REPO, 'test', 'e2e', 'expect.ts'), JSON.stringify(request)]);
  if (result.code !== 0) throw new Error(`expect.ts failed (${result.code}): ${result.stderr}`);
  return JSON.parse(result.stdout);
}
