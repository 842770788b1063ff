/**
 * Command-line arguments → CliOptions, parsed by commander. Usage errors never exit the process
 * here: they come back as `{ kind: 'usage' }` so the caller can exit with code 2.
 */
import * as os from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Perspective, Severity } from '../engine';
import { CONFIG_FILE_NAME } from '../host/config';

export const FORMATS = ['text', 'json', 'sarif', 'markdown', 'html', 'csv'] as const;
export type Format = (typeof FORMATS)[number];
export const FAIL_ON = ['error', 'warning', 'info', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface CliOptions {
  paths: string[];
  format: Format;
  /** A config file for every input, `false` for none (`--no-config`), undefined to search. */
  config: string | false | undefined;
  perspective?: Perspective;
  /** Replaces the configured packs when given. */
  packs?: string[];
  /** Merged over the configured severities. */
  severity: Record<string, Severity | 'off'>;
  include: string[];
  exclude: string[];
  failOn: FailOn;
  maxWarnings?: number;
  /** Exit with 2 when a glob matches no file (by default a warning, and an empty report). */
  errorOnNoFiles: boolean;
  /** Overrides the configured clauselint.maxCheckMs. */
  maxCheckMs?: number;
  /** Files checked at once (worker threads); 1: in this thread. */
  jobs: number;
  quiet: boolean;
  /** undefined: colour when the report goes to a terminal. */
  color?: boolean;
  output?: string;
}

export type ParsedArgs =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'exit'; code: number } // --help or --version, already printed
  | { kind: 'usage'; message: string };

const SEVERITY_LEVELS = new Set(['error', 'warning', 'info', 'off']);

// Repeatable options start from undefined (not []), so --help shows no "(default: [])".
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function severityPair(value: string, previous: Record<string, Severity | 'off'> | undefined): Record<string, Severity | 'off'> {
  const eq = value.lastIndexOf('=');
  const id = value.slice(0, eq).trim();
  const level = value.slice(eq + 1).trim();
  if (eq <= 0 || !id || !SEVERITY_LEVELS.has(level)) {
    throw new InvalidArgumentError('expected REQUIREMENT=LEVEL with LEVEL one of error, warning, info, off (e.g. backup.testing=info).');
  }
  return { ...previous, [id]: level as Severity | 'off' };
}

function nonNegativeInteger(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number (0 or more).');
  return Number(value);
}

function positiveInteger(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number (1 or more).');
  return Number(value);
}

/**
 * One thread per CPU but one. A checking thread already keeps about one and a half cores busy (V8
 * collects garbage and optimizes on background threads), and each worker pays its own warm-up: on
 * 2 CPUs a second thread cost more than it gave (the 72-file corpus: 5.3 s with 2, 4.7 s with 1).
 */
export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism() - 1);
}

function program(version: string, write: { out: (s: string) => void; err: (s: string) => void }): Command {
  return new Command()
    .name('clauselint')
    .description(
      'Check Markdown contract drafts with managed service providers against the security clauses of AA22-131A. ' +
        'Files named on the command line are always checked; folders and (quoted) globs pick the Markdown files ' +
        `that look like contract drafts. Settings come from the nearest ${CONFIG_FILE_NAME}.`,
    )
    .version(version, '-v, --version')
    .argument('<paths...>', 'files, folders or quoted globs (e.g. "contracts/**/*.md")')
    .addOption(new Option('-f, --format <format>', 'report format').choices(FORMATS).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('-c, --config <file>', `use this configuration file for every input instead of the nearest ${CONFIG_FILE_NAME}`)
    .option('--no-config', `ignore ${CONFIG_FILE_NAME} files and use the default settings`)
    .addOption(new Option('--perspective <side>', 'the side you draft for').choices(['customer', 'provider']))
    .option('--pack <id>', 'check against this clause pack (repeatable; replaces the configured packs)', collect)
    .option('--severity <id=level>', 'severity of one requirement: error, warning, info or off (repeatable)', severityPair)
    .option('--include <glob>', 'also always check files matching this glob (repeatable)', collect)
    .option('--exclude <glob>', 'never check files matching this glob unless named (repeatable)', collect)
    .addOption(new Option('--fail-on <level>', 'exit with 1 when a finding is at or above this severity').choices(FAIL_ON).default('error'))
    .option('--max-warnings <n>', 'also exit with 1 when there are more than n warnings', nonNegativeInteger)
    .option('--error-on-no-files', 'exit with 2 when a glob matches no Markdown file (default: warn and write an empty report)')
    .option('--max-check-ms <ms>', 'stop checking a file after this many milliseconds and report it as too complex (0: no limit)', nonNegativeInteger)
    .option('-j, --jobs <n>', `files checked in parallel (default: the number of CPUs minus one, ${defaultJobs()} here)`, positiveInteger)
    .option('-q, --quiet', 'report and count errors only')
    .option('--color', 'force colour in the text report')
    .option('--no-color', 'no colour (also when NO_COLOR is set)')
    .helpOption('-h, --help', 'show this help')
    .addHelpText(
      'after',
      '\nExit codes: 0 no finding at or above --fail-on, 1 findings at or above it (or more than\n' +
        '--max-warnings warnings), 2 usage or configuration error.\n\n' +
        'Other commands:\n' +
        '  clauselint import draft.docx         convert a Word draft to Markdown beside it (see import --help)\n' +
        '  clauselint diff OLD NEW              what a revision changed in coverage (see diff --help)\n' +
        '  clauselint diff --base main msa.md   the same against a git revision\n\n' +
        'A .docx named on the command line is checked directly (findings at ¶ Word paragraphs).\n\n' +
        'Examples:\n' +
        '  clauselint contracts/acme-msa.md\n' +
        '  clauselint "contracts/**/*.md" --format sarif --output clauselint.sarif\n' +
        '  clauselint contracts --format csv --output matrix.csv --fail-on none\n',
    )
    .exitOverride()
    .configureOutput({ writeOut: write.out, writeErr: write.err, outputError: () => {} })
    .allowExcessArguments(false);
}

/** Parses argv (without the node and script entries). */
export function parseArgs(argv: string[], version: string, write: { out: (s: string) => void; err: (s: string) => void }): ParsedArgs {
  const cmd = program(version, write);
  try {
    cmd.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
        return { kind: 'exit', code: 0 };
      }
      return { kind: 'usage', message: error.message.replace(/^error: /, '') };
    }
    throw error;
  }
  const o = cmd.opts<{
    format: Format;
    output?: string;
    config: string | boolean;
    perspective?: Perspective;
    pack?: string[];
    severity?: Record<string, Severity | 'off'>;
    include?: string[];
    exclude?: string[];
    failOn: FailOn;
    maxWarnings?: number;
    errorOnNoFiles?: boolean;
    maxCheckMs?: number;
    jobs?: number;
    quiet?: boolean;
    color?: boolean;
  }>();
  return {
    kind: 'run',
    options: {
      paths: cmd.args,
      format: o.format,
      output: o.output,
      config: typeof o.config === 'string' ? o.config : o.config === false ? false : undefined,
      perspective: o.perspective,
      packs: o.pack,
      severity: o.severity ?? {},
      include: o.include ?? [],
      exclude: o.exclude ?? [],
      failOn: o.failOn,
      maxWarnings: o.maxWarnings,
      errorOnNoFiles: o.errorOnNoFiles === true,
      maxCheckMs: o.maxCheckMs,
      jobs: o.jobs ?? defaultJobs(),
      quiet: o.quiet === true,
      color: o.color,
    },
  };
}
