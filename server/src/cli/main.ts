/**
 * clauselint on the command line: the same engine, catalog and settings as the editor
 * (AnalysisService), for CI gates and batch review. See `clauselint --help` and the README's
 * "Command line" section; the work happens in cli/run.ts. The same bundle runs the `--jobs`
 * worker threads (cli/worker.ts), so they share its code cache.
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { version } from '../../../package.json';
import { clauselint } from './entry';
import type { WorkerSetup } from './parallel';
import { checkAsWorker } from './worker';
import { compileRegExpsEagerly } from '../host/regexp-tiering';
import { engineFingerprint, openTermCacheOnDemand, saveTermCacheOpened, termCacheDir } from '../host/term-cache-file';

compileRegExpsEagerly(); // before any check (see regexp-tiering.ts)

if (isMainThread) runMain();
else checkAsWorker(workerData as WorkerSetup, __filename);

function runMain(): void {
  // The catalog's term sets as an earlier run of this same bundle built them (term-cache-file.ts),
  // read when the first set is needed.
  const cacheDir = termCacheDir(process.env);
  const termCache = cacheDir === undefined ? undefined : openTermCacheOnDemand(cacheDir, () => engineFingerprint(__filename));

  // `clauselint … | head` closes the pipe early: that is the reader's choice, not a crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });

  clauselint(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    version,
  }).then(
    (code) => {
      process.exitCode = code;
      if (termCache) saveTermCacheOpened(termCache);
    },
    (error: unknown) => {
      // Never let a crash look like exit code 1 ("findings"): CI must see that the run itself failed.
      process.stderr.write(`clauselint: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
