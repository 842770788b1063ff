/**
 * `clauselint import draft.docx`: a Word draft from the other side becomes a Markdown draft beside
 * it (draft.md), which the editor and the CLI then check. Tracked changes are read as accepted, and
 * the import says so.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command } from 'commander';
import { parseSubcommand } from './subcommand';
import { convertDocx, trackedChangesNote, type WordConversion } from '../host/word';
import type { CliIo } from './run';
import type { WordInput } from './run';

export const EXIT_OK = 0;
export const EXIT_USAGE = 2;

/** Converts one .docx for checking; a file that is not a Word document becomes an error, not an exception. */
export async function readWordDraft(file: string): Promise<WordInput> {
  try {
    const conversion = await convertDocx(fs.readFileSync(file));
    const note = trackedChangesNote(conversion.trackedChanges);
    return { text: conversion.markdown, paragraphOfLine: conversion.paragraphOfLine, ...(note ? { note } : {}) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

export function isWordFile(file: string): boolean {
  return /\.docx$/i.test(file);
}

export async function runImport(argv: string[], io: CliIo): Promise<number> {
  const say = (line: string): void => void io.stderr.write(`clauselint: ${line}\n`);
  const cmd = new Command()
    .name('clauselint import')
    .description('Convert a Word draft (.docx) into a Markdown draft beside it (headings, clause numbers, bold run-in titles, lists and tables are kept; tracked changes are read as accepted).')
    .argument('<file.docx>', 'the Word draft')
    .option('-o, --output <file.md>', 'where to write the Markdown (default: beside the .docx, with .md)')
    .option('--force', 'overwrite the Markdown file if it exists');
  const ended = parseSubcommand(cmd, argv, io, 'import');
  if (ended !== undefined) return ended;
  const source = path.resolve(io.cwd, cmd.args[0]!);
  const o = cmd.opts<{ output?: string; force?: boolean }>();
  if (!isWordFile(source)) {
    say(`${cmd.args[0]} is not a .docx file (save older .doc files as .docx first)`);
    return EXIT_USAGE;
  }
  const target = o.output ? path.resolve(io.cwd, o.output) : source.replace(/\.docx$/i, '.md');
  if (fs.existsSync(target) && !o.force) {
    say(`${path.relative(io.cwd, target) || target} exists; pass --force to overwrite it`);
    return EXIT_USAGE;
  }
  let conversion: WordConversion;
  try {
    conversion = await convertDocx(fs.readFileSync(source));
  } catch (error) {
    say(`cannot read ${cmd.args[0]}: ${(error as Error).message}`);
    return EXIT_USAGE;
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, conversion.markdown);
  const shown = path.relative(io.cwd, target) || target;
  io.stdout.write(`clauselint: wrote ${shown} from ${cmd.args[0]} (${conversion.paragraphs} paragraph${conversion.paragraphs === 1 ? '' : 's'})\n`);
  const note = trackedChangesNote(conversion.trackedChanges);
  if (note) io.stdout.write(`clauselint: ${note}; review them in Word before relying on the Markdown\n`);
  for (const w of conversion.warnings) say(`note: ${w}`);
  return EXIT_OK;
}
