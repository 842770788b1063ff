/**
 * What the `clauselint` bin runs (and what the tests call in-process): the subcommands `import`
 * and `diff`, else a check run. Word drafts named for checking are converted first (mammoth reads
 * asynchronously); the check itself stays synchronous.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runDiff } from './diff';
import { runCli, type CliIo, type WordInput } from './run';
import { isWordFile, readWordDraft, runImport } from './word-import';

export async function clauselint(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === 'import') return runImport(argv.slice(1), io);
  if (argv[0] === 'diff') return runDiff(argv.slice(1), io);
  const words = new Map<string, WordInput>();
  for (const arg of argv) {
    if (arg.startsWith('-') || !isWordFile(arg)) continue;
    const file = path.resolve(io.cwd, arg);
    if (fs.existsSync(file)) words.set(file, await readWordDraft(file));
  }
  return runCli(argv, io, words);
}
