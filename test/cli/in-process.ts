/** Runs the CLI in-process through the function the bin calls (server/src/cli/entry.ts). */
import { clauselint } from '../../server/src/cli/entry';

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(argv: string[], cwd: string): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const code = await clauselint(argv, {
    cwd,
    env: {},
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    version: '0.0.0-test',
  });
  return { code, stdout, stderr };
}
