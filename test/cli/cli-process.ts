/**
 * Runs the built CLI (dist/cli.js) as its own process, as a user or CI would. Rebuilds first when
 * any source file is newer than the bundle, so `npx mocha` alone never tests stale code.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

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

export function cli(args: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): CliRun {
  ensureBuilt();
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, env: env as NodeJS.ProcessEnv, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
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
