/**
 * The CLI's cache of term-set data across runs (engine/term-cache.ts), one file in the user's
 * cache folder: a header line (format, the engine build it was made by, a checksum of the rest),
 * then the sets as JSON. A cache of another build, a wrong checksum, malformed JSON or a malformed
 * entry is ignored whole (the run builds its sets as without a cache, and writes a fresh one); a
 * folder that cannot be written only means no cache. The file never holds code.
 *
 * The body is written as ASCII (JSON escapes for other characters): a run then reads it as one-byte
 * text, which V8 decodes and parses about a third faster than UTF-8 with a few curly quotes in it.
 *
 * Folder: CLAUSELINT_CACHE_DIR when set ("off" or empty: no cache); else the platform's cache
 * folder (XDG_CACHE_HOME or ~/.cache on Linux, ~/Library/Caches, %LOCALAPPDATA%), never a
 * workspace's, so no draft or pack can plant one.
 */
import { createHash } from 'node:crypto';
import { isAscii } from 'node:buffer';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ranBundleHash } from './code-cache';
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
  const known = ranBundleHash(bundle); // the launcher hashed these bytes already
  if (known !== undefined) return known;
  try {
    return digest(fs.readFileSync(bundle));
  } catch {
    return undefined;
  }
}

function digest(data: string | Uint8Array): string {
  return createHash('sha1').update(data).digest('hex');
}

/** Adopt the cache in `dir` if the engine build `engine` made it; from now on this process's sets are kept for saveTermCache. */
export function openTermCache(dir: string, engine: string): TermCacheOutcome {
  recordTermSets();
  return readTermCache(dir, engine);
}

/** A cache opened on demand: `outcome` is set once a term set was asked for (until then nothing was read). */
export interface TermCacheOpening {
  dir: string;
  engine: () => string | undefined;
  outcome?: TermCacheOutcome;
}

/**
 * openTermCache, but the file is read (and the engine build fingerprinted) only when the run asks
 * for its first term set: `--version`, `--help` and runs that stop at their options skip it.
 */
export function openTermCacheOnDemand(dir: string, engineOf: () => string | undefined): TermCacheOpening {
  let engine: string | undefined | null = null;
  const opening: TermCacheOpening = { dir, engine: () => (engine === null ? (engine = engineOf()) : engine) };
  recordTermSets(() => {
    const build = opening.engine();
    opening.outcome = build === undefined ? 'missing' : readTermCache(dir, build);
  });
  return opening;
}

/** Save the sets of a run that opened the cache on demand (nothing when it built none). */
export function saveTermCacheOpened(opening: TermCacheOpening): void {
  if (opening.outcome === undefined) return;
  const engine = opening.engine();
  if (engine !== undefined) saveTermCache(opening.dir, engine, opening.outcome);
}

function readTermCache(dir: string, engine: string): TermCacheOutcome {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.join(dir, TERM_CACHE_FILE));
  } catch {
    return 'missing';
  }
  try {
    const newline = bytes.indexOf(0x0a);
    if (newline < 0) return 'corrupt';
    const header = JSON.parse(bytes.toString('utf8', 0, newline)) as { format?: unknown; engine?: unknown; sum?: unknown };
    if (header.format !== FORMAT || header.engine !== engine) return 'stale';
    const body = bytes.subarray(newline + 1);
    // The sum is of the body's UTF-8 bytes, the same whether it was written as ASCII or not.
    if (header.sum !== digest(body)) return 'corrupt';
    return adoptTermCache(JSON.parse(body.toString(isAscii(body) ? 'latin1' : 'utf8'))) ? 'used' : 'corrupt';
  } catch {
    return 'corrupt';
  }
}

/** Write this process's sets for the next run, when the cache was not used or they add many; failures are ignored. */
export function saveTermCache(dir: string, engine: string, opened: TermCacheOutcome): void {
  const sets = termCacheEntries({ limit: LIMIT, minNew: MIN_NEW, rewrite: opened !== 'used' });
  if (!sets) return;
  const body = asciiJson(sets);
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

/** JSON with every character outside ASCII escaped (\uXXXX): the same value, read back as one-byte text. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
