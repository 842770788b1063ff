/**
 * `clauselint diff OLD NEW` and `clauselint diff --base <revision> FILE…`: what a revision of a
 * draft did to its coverage, per requirement (engine/coverage-diff.ts). With --base the old text of
 * each file, and of the parts of a contract set, comes from git at that revision.
 * Exit codes: 0, or 1 with --fail-on-regression when anything got weaker; 2 usage or read errors.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command, Option } from 'commander';
import { parseSubcommand } from './subcommand';
import { coverageOf, coverageOfSet, diffCoverage, type Coverage } from '../engine';
import type { FileReader } from '../host/contract-sets';
import { diffJson, diffMarkdown, diffText, type FileDiff } from '../reporters/diff';
import { readPart } from './check-file';
import type { CliOptions } from './options';
import type { CliIo, WordInput } from './run';
import { isWordFile, readWordDraft } from './word-import';
import { Workspaces } from './workspace';

export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
type DiffFormat = (typeof DIFF_FORMATS)[number];

const EXIT_OK = 0;
const EXIT_REGRESSION = 1;
const EXIT_USAGE = 2;

interface DiffOptions {
  base?: string;
  format: DiffFormat;
  output?: string;
  failOnRegression?: boolean;
  config: string | boolean;
  perspective?: 'customer' | 'provider';
}

/** One side of a comparison: the text of the main document and a reader for its parts. */
interface Version {
  /** The path settings and parts are resolved from (the working-tree path for a git revision). */
  file: string;
  text: string;
  read: FileReader;
  /** How the report names it ("msa.md", "msa.md@HEAD~1"). */
  label: string;
}

function git(cwd: string, args: string[]): { ok: boolean; out: string; err: string } {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ok: run.status === 0, out: run.stdout ?? '', err: (run.stderr ?? run.error?.message ?? '').trim() };
}

/** A reader of files as they were at `revision` in the git repository that holds them. */
function gitReader(revision: string, repoRoot: string): FileReader {
  return (file) => {
    const relative = path.relative(repoRoot, file).split(path.sep).join('/');
    if (relative.startsWith('..')) return undefined;
    const shown = git(repoRoot, ['show', `${revision}:${relative}`]);
    return shown.ok ? shown.out : undefined;
  };
}

export async function runDiff(argv: string[], io: CliIo): Promise<number> {
  const say = (line: string): void => void io.stderr.write(`clauselint: ${line}\n`);
  const cmd = new Command()
    .name('clauselint diff')
    .description('Compare the AA22-131A coverage of two drafts: requirements newly missing, weakened, strengthened, resolved or moved, with both clauses quoted.')
    .argument('<files...>', 'OLD NEW, or with --base the files to compare with that revision')
    .option('--base <revision>', 'compare each file with its version at this git revision (e.g. main, HEAD~1)')
    .addOption(new Option('-f, --format <format>', 'report format').choices(DIFF_FORMATS).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--fail-on-regression', 'exit with 1 when any requirement got weaker (newly missing or weakened)')
    .option('-c, --config <file>', 'use this configuration file instead of the nearest .clauselint.json')
    .option('--no-config', 'ignore configuration files')
    .addOption(new Option('--perspective <side>', 'the side you draft for').choices(['customer', 'provider']));
  const ended = parseSubcommand(cmd, argv, io, 'diff');
  if (ended !== undefined) return ended;
  const o = cmd.opts<DiffOptions>();
  const files = cmd.args.map((a) => path.resolve(io.cwd, a));
  const shown = (file: string): string => (path.relative(io.cwd, file) || file).split(path.sep).join('/');
  const pairs: { old: Version; now: Version }[] = [];
  const errors: string[] = [];
  const readNow = async (file: string): Promise<Version | undefined> => {
    const text = await readText(file);
    if (typeof text !== 'string') {
      errors.push(`cannot read ${shown(file)}: ${text.error}`);
      return undefined;
    }
    return { file, text, read: readPart, label: shown(file) };
  };
  if (o.base) {
    for (const file of files) {
      const root = git(path.dirname(file), ['rev-parse', '--show-toplevel']);
      if (!root.ok) {
        errors.push(`${shown(file)} is not in a git repository: ${root.err}`);
        continue;
      }
      const repoRoot = fs.realpathSync(root.out.trim());
      const real = path.join(fs.realpathSync(path.dirname(file)), path.basename(file));
      const read = gitReader(o.base, repoRoot);
      const oldText = read(real);
      if (oldText === undefined) {
        errors.push(`${shown(file)} does not exist at ${o.base} (or ${o.base} is not a revision)`);
        continue;
      }
      const now = await readNow(file);
      if (now) pairs.push({ old: { file: real, text: oldText, read, label: `${shown(file)}@${o.base}` }, now: { ...now, file: real } });
    }
  } else {
    if (files.length !== 2) {
      say('diff compares two files, OLD NEW (or use --base <revision> with the files to compare)');
      return EXIT_USAGE;
    }
    const [old, now] = [await readNow(files[0]!), await readNow(files[1]!)];
    if (old && now) pairs.push({ old, now });
  }
  if (errors.length) {
    errors.forEach(say);
    return EXIT_USAGE;
  }

  const cliOptions: CliOptions = { paths: [], format: 'text', config: typeof o.config === 'string' ? o.config : o.config === false ? false : undefined, perspective: o.perspective, severity: {}, include: [], exclude: [], failOn: 'none', quiet: false, jobs: 1, errorOnNoFiles: false };
  const workspaces = new Workspaces(cliOptions, io.cwd);
  const coverage = (v: Version): Coverage | undefined => {
    const ws = workspaces.for(v.file);
    if (!ws) return undefined;
    const result = ws.service.check(v.file, v.text, ws.settings, { force: true, read: v.read });
    for (const n of result.notices) if (n.code === 'contract-set') say(`${v.label}: ${n.message.replace(/^clauselint: /, '')}`);
    if (result.set) {
      const cov = coverageOfSet(result.set.analysis);
      const names = new Map(result.set.parts.map((p) => [p.file, shown(p.path)]));
      names.set(v.file, shown(v.file));
      for (const item of cov.groups.flatMap((g) => g.items)) for (const e of item.evidence) if (e.file) e.file = names.get(e.file) ?? e.file;
      return cov;
    }
    return result.analysis ? coverageOf(result.analysis) : undefined;
  };
  const diffs: FileDiff[] = [];
  for (const { old, now } of pairs) {
    const before = coverage(old);
    const after = coverage(now);
    if (!before || !after) break;
    diffs.push({ old: old.label, now: now.label, diff: diffCoverage(before, after) });
  }
  if (workspaces.errors.length) {
    [...new Set(workspaces.errors)].forEach(say);
    return EXIT_USAGE;
  }
  const report = o.format === 'json' ? diffJson(diffs) : o.format === 'markdown' ? diffMarkdown(diffs) : diffText(diffs);
  if (o.output) {
    const target = path.resolve(io.cwd, o.output);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, report);
  } else io.stdout.write(report);
  const regressions = diffs.reduce((n, d) => n + d.diff.regressions, 0);
  return o.failOnRegression && regressions > 0 ? EXIT_REGRESSION : EXIT_OK;
}

/** A draft's text: Markdown as is, a Word draft converted. */
async function readText(file: string): Promise<string | { error: string }> {
  if (isWordFile(file)) {
    const word: WordInput = await readWordDraft(file);
    return 'error' in word ? { error: word.error } : word.text;
  }
  try {
    const text = fs.readFileSync(file, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
}
