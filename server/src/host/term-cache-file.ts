/**
 * The CLI's cache of term-set data across runs (engine/term-cache.ts), one file in the user's
 * cache folder: a header line (format, the engine build it was made by, a checksum of the rest),
 * then the sets as JSON. A cache of another build, a wrong checksum, malformed JSON or a malformed
 * entry is ignored whole (the run builds its sets as without a cache, and writes a fresh one); a
 * folder that cannot be written only means no cache. The file never holds code.
 *
 * Folder: CLAUSELINT_CACHE_DIR when set ("off" or empty: no cache); else the platform's cache
 * folder (XDG_CACHE_HOME or ~/.cache on Linux, ~/Library/Caches, %LOCALAPPDATA%), never a
 * workspace's, so no draft or pack can plant one.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { adoptTermCache, recordTermSets, termCacheEntries } from '../engine';

const FORMAT = 1;
export const TERM_CACHE_FILE = 'term-sets.json';
/** The catalog makes about 1,500 sets, each document a few of its own (its party names). */
const LIMIT = 6000;
/** Fewer new sets than this (a new document's names) do not rewrite a cache that was used. */
const MIN_NEW = 64;

export type TermCacheOutcome = 'used' | 'missing' | 'stale' | 'corrupt';

export function termCacheDir(env: Record<string, string | undefined>, platform: NodeJS.Platform = process.platform, home = os.homedir()): string | undefined {
  const own = env['CLAUSELINT_CACHE_DIR'];
  if (own !== undefined) return own === '' || own === 'off' ? undefined : path.resolve(own);
  if (platform === 'win32') return env['LOCALAPPDATA'] ? path.join(env['LOCALAPPDATA'], 'clauselint', 'Cache') : undefined;
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'clauselint');
  return path.join(env['XDG_CACHE_HOME'] || path.join(home, '.cache'), 'clauselint');
}

/** A fingerprint of the engine build: the bundle's own bytes (a rebuilt bundle has another). */
export function engineFingerprint(bundle: string): string | undefined {
  try {
    return digest(fs.readFileSync(bundle));
  } catch {
    return undefined;
  }
}

function digest(data: string | Buffer): string {
  return createHash('sha1').update(data).digest('hex');
}

/** Adopt the cache in `dir` if the engine build `engine` made it; from now on this process's sets are kept for saveTermCache. */
export function openTermCache(dir: string, engine: string): TermCacheOutcome {
  recordTermSets();
  let text: string;
  try {
    text = fs.readFileSync(path.join(dir, TERM_CACHE_FILE), 'utf8');
  } catch {
    return 'missing';
  }
  try {
    const newline = text.indexOf('\n');
    if (newline < 0) return 'corrupt';
    const header = JSON.parse(text.slice(0, newline)) as { format?: unknown; engine?: unknown; sum?: unknown };
    if (header.format !== FORMAT || header.engine !== engine) return 'stale';
    const body = text.slice(newline + 1);
    if (header.sum !== digest(body)) return 'corrupt';
    return adoptTermCache(JSON.parse(body)) ? 'used' : 'corrupt';
  } catch {
    return 'corrupt';
  }
}

/** Write this process's sets for the next run, when the cache was not used or they add many; failures are ignored. */
export function saveTermCache(dir: string, engine: string, opened: TermCacheOutcome): void {
  const sets = termCacheEntries({ limit: LIMIT, minNew: MIN_NEW, rewrite: opened !== 'used' });
  if (!sets) return;
  const body = JSON.stringify(sets);
  const file = path.join(dir, TERM_CACHE_FILE);
  // Written aside and renamed: a run started meanwhile reads the old file or the new one, whole.
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(temp, `${JSON.stringify({ format: FORMAT, engine, sum: digest(body) })}\n${body}`);
    fs.renameSync(temp, file);
  } catch {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // An unwritable folder: there is no cache, and nothing to clean up.
    }
  }
}
