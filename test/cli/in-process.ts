/** The CLI in this process, run in a folder: a shorthand for cli() of cli-process.ts. */
import { cli, type CliRun } from './cli-process';

export type InProcessRun = CliRun;

export function run(argv: string[], cwd: string): Promise<InProcessRun> {
  return cli(argv, { cwd });
}
