/**
 * Runs the CLI for the tests. `cli()` calls clauselint() (cli/entry.ts), the function the bin calls, in this process
 * with captured output (fast: no process start, no bundle load); `cliProcess()` runs the built
 * bin (dist/cli.js) as its own process, as a user or CI would, for the few tests about the process
 * itself (exit status, streams, the bundle). The process form rebuilds first when any source file
 * is newer than the bundle, so `npx mocha` alone never tests stale code.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { version } from '../../package.json';
import { clauselint } from '../../server/src/cli/entry';

export const ROOT = path.resolve(__dirname, '../..');
export const CLI = path.join(ROOT, 'dist/cli.js');
export const SAMPLE = path.join(ROOT, 'examples/msp-master-services-agreement.md');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

let built = false;

export function ensureBuilt(): void {
  if (built) return;
  const bundle = fs.existsSync(CLI) ? fs.statSync(CLI).mtimeMs : 0;
  if (bundle < newestSource(path.join(ROOT, 'server/src'))) {
    const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stderr}`);
  }
  built = true;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

type CliOptions = { cwd?: string; env?: Record<string, string | undefined> };

function cliEnv(options: CliOptions): Record<string, string | undefined> {
  // No term cache in the user's cache folder unless a test names one (term-cache.test.ts).
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, CLAUSELINT_CACHE_DIR: 'off', ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return env;
}

/** The CLI in this process: same arguments, working folder and environment as the bin would get. */
export async function cli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await clauselint(args, {
    cwd: options.cwd ?? ROOT,
    env: cliEnv(options),
    stdout: { write: (text: string) => ((stdout += text), true) },
    stderr: { write: (text: string) => ((stderr += text), true) },
    version,
  });
  return { code, stdout, stderr };
}

/** The built bin as its own process. */
export async function cliProcess(args: string[], options: CliOptions = {}): Promise<CliRun> {
  ensureBuilt();
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, env: cliEnv(options) as NodeJS.ProcessEnv, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'clauselint-cli-')));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export function write(file: string, text: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

/** The JSON report's shape (reporters/json.ts), as the tests read it. */
export interface JsonReportShape {
  version: number;
  packs: { id: string; version: string }[];
  files: {
    path: string;
    isContract: boolean;
    requirements: { id: string; heading: string; party: string; severity: string; status: string; evidence: { line: number; endLine: number; text: string }[]; message: string }[];
    diagnostics: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; severity: string; code: string; message: string }[];
  }[];
}

export function jsonReport(run: CliRun): JsonReportShape {
  try {
    return JSON.parse(run.stdout) as JsonReportShape;
  } catch {
    throw new Error(`stdout is not JSON (exit ${run.code}):\n${run.stdout.slice(0, 500)}\nstderr:\n${run.stderr}`);
  }
}
