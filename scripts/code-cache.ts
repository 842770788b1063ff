/**
 * Build step (esbuild.mjs): runs the CLI bundle once over the example drafts in this process and
 * writes its V8 code cache (dist/cli-main.js.cache, see host/code-cache.ts) when the run ends.
 * The cache then holds the bytecode of every function such a run compiles. Usage:
 * `node <this script, bundled> <dist folder> <drafts…>`.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runBundle } from '../server/src/host/code-cache';
import { compileRegExpsEagerly } from '../server/src/host/regexp-tiering';

const [dist, ...drafts] = process.argv.slice(2);
if (!dist || !drafts.length) throw new Error('usage: code-cache <dist folder> <drafts…>');
const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'clauselint-code-cache-')), 'report.json');
process.on('exit', () => fs.rmSync(path.dirname(report), { recursive: true, force: true }));
// The CLI reads its arguments from process.argv, as when started as the bin.
const bin = path.join(dist, 'cli.js');
// The term cache (host/term-cache-file.ts) goes to the throwaway folder: opened and written, as a run does.
process.env['CLAUSELINT_CACHE_DIR'] = path.dirname(report);
process.argv = [process.argv[0]!, bin, '--format', 'json', '--jobs', '1', '--fail-on', 'none', '--output', report, ...drafts];
compileRegExpsEagerly(); // as the bin does (launch.ts): the cache is made under the same flags
runBundle(path.join(dist, 'cli-main.js'), 'produce');
