/**
 * Runs a CommonJS bundle with a V8 code cache made at build time (esbuild.mjs), as Node 22's
 * compile cache would. A CLI run is short: compiling the 3 MB bundle and then, lazily, every
 * function it calls costs about a tenth of a corpus run's main thread, and the cache holds the
 * bytecode of every function a training run compiled, so a run skips that work.
 *
 * V8 accepts a cache for any source of the same length, so the cache starts with a hash of the
 * bundle's bytes: a rebuilt or edited bundle never runs stale bytecode. V8 itself rejects a cache
 * from another V8 version or other flags; either way the bundle is then compiled as usual.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';

const HASH = 'sha1';
const HASH_BYTES = 20;

/** The cache of `bundle` (beside it). */
export function codeCacheFile(bundle: string): string {
  return `${bundle}.cache`;
}

export type CacheMode =
  /** Use the cache if it fits the bundle. */
  | 'use'
  /** Compile without a cache and write one when the process exits (the build's training run). */
  | 'produce';

/** What happened to the cache (tests). */
export type CacheOutcome = 'used' | 'missing' | 'stale' | 'rejected' | 'produced';

function fingerprint(source: Buffer): Buffer {
  return createHash(HASH).update(source).digest();
}

/**
 * The hashes of the bundles runBundle ran in this thread (by absolute path): the term cache is
 * keyed by the same hash of the same bundle (term-cache-file.ts), which then need not read and
 * hash its 2 MB again. On the global object, as the launcher and the bundle are built apart.
 */
const RAN = Symbol.for('clauselint.ranBundles');

function ranBundles(): Map<string, string> {
  const global = globalThis as { [RAN]?: Map<string, string> };
  return (global[RAN] ??= new Map());
}

/** The SHA-1 (hex) of `file` if runBundle ran it in this thread, else undefined. */
export function ranBundleHash(file: string): string | undefined {
  return ranBundles().get(path.resolve(file));
}

function cachedData(file: string, hash: Buffer): { data?: Buffer; outcome: CacheOutcome } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return { outcome: 'missing' };
  }
  if (bytes.length <= HASH_BYTES || !bytes.subarray(0, HASH_BYTES).equals(hash)) return { outcome: 'stale' };
  return { data: bytes.subarray(HASH_BYTES), outcome: 'used' };
}

/**
 * Loads and runs `bundle` as the CommonJS module it was built as (its own `require`, `module`,
 * `__filename` and `__dirname`), with its code cache. Returns what happened to the cache.
 */
export function runBundle(file: string, mode: CacheMode = 'use'): CacheOutcome {
  const bundle = path.resolve(file);
  const bytes = fs.readFileSync(bundle);
  const hash = fingerprint(bytes);
  ranBundles().set(bundle, hash.toString('hex'));
  const cacheFile = codeCacheFile(bundle);
  const cache = mode === 'use' ? cachedData(cacheFile, hash) : { outcome: 'produced' as const };
  let source = bytes.toString('utf8');
  if (source.startsWith('#!')) source = `//${source.slice(2)}`; // a shebang is no JavaScript
  const script = new vm.Script(Module.wrap(source), { filename: bundle, ...(cache.data ? { cachedData: cache.data } : {}) });
  const outcome: CacheOutcome = cache.data && script.cachedDataRejected ? 'rejected' : cache.outcome;
  if (mode === 'produce') {
    // On exit the functions the run compiled (lazily) are in the script: the cache holds them all.
    process.on('exit', () => fs.writeFileSync(cacheFile, Buffer.concat([hash, script.createCachedData()])));
  }
  const module = new Module(bundle);
  module.filename = bundle;
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  return outcome;
}
