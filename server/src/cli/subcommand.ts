/** Argument parsing shared by the subcommands (`diff`, `import`): help and usage errors as exit codes. */
import { CommanderError, type Command } from 'commander';
import type { CliIo } from './run';

/**
 * Parses `argv` with `cmd`. Returns an exit code when the run ends here (0 after --help, 2 after a
 * usage error, said on stderr), undefined when the subcommand should go on.
 */
export function parseSubcommand(cmd: Command, argv: string[], io: Pick<CliIo, 'stdout' | 'stderr'>, name: string): number | undefined {
  cmd
    .exitOverride()
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s), outputError: () => {} })
    .allowExcessArguments(false);
  try {
    cmd.parse(argv, { from: 'user' });
    return undefined;
  } catch (error) {
    if (error instanceof CommanderError && (error.code === 'commander.helpDisplayed' || error.code === 'commander.help')) return 0;
    io.stderr.write(`clauselint: ${(error as Error).message.replace(/^error: /, '')}\nRun "clauselint ${name} --help" for usage.\n`);
    return 2;
  }
}
