/**
 * The `clauselint` bin (dist/cli.js): runs the CLI bundle (dist/cli-main.js, from cli/main.ts)
 * with the V8 code cache the build made for it (host/code-cache.ts), so a run does not compile
 * the bundle's functions again. The regexp flag is set first: V8 accepts a cache only under the
 * flags it was made with, and the build's training run sets it the same way.
 */
import * as path from 'node:path';
import { runBundle } from '../host/code-cache';
import { compileRegExpsEagerly } from '../host/regexp-tiering';

/** The CLI bundle beside this launcher. */
export const CLI_BUNDLE = path.join(__dirname, 'cli-main.js');

compileRegExpsEagerly();
runBundle(CLI_BUNDLE);
