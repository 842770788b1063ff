import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import Module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { codeCacheFile, ranBundleHash, runBundle } from '../../server/src/host/code-cache';
import { engineFingerprint } from '../../server/src/host/term-cache-file';
import { version } from '../../package.json';
import { CLI, ensureBuilt, ROOT } from './cli-process';

type Seen = { value: string; filename: string; dirname: string; sep: string; exportsIsModuleExports: boolean };
const seen = (): Seen | undefined => (globalThis as { __codeCacheTest?: Seen }).__codeCacheTest;

/** A CommonJS bundle that reports what it was given and a value, as a build's bundle would run. */
function bundleSource(value: string): string {
  return `#!/usr/bin/env node\nglobalThis.__codeCacheTest = { value: ${JSON.stringify(value)}, filename: __filename, dirname: __dirname, sep: require('node:path').sep, exportsIsModuleExports: exports === module.exports };\n`;
}

/** A cache for `source` as the build writes it: the source's hash, then V8's data. */
function cacheFor(source: string, data?: Buffer): Buffer {
  const script = new vm.Script(Module.wrap(`//${source.slice(2)}`));
  return Buffer.concat([createHash('sha1').update(source).digest(), data ?? script.createCachedData()]);
}

describe('the CLI bundle runs with its build-time code cache', () => {
  let dir: string;
  let bundle: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clauselint-code-cache-'));
    bundle = path.join(dir, 'bundle.js');
    delete (globalThis as { __codeCacheTest?: Seen }).__codeCacheTest;
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('runs the bundle as a CommonJS module (its own file, folder, require and exports), without a cache', () => {
    fs.writeFileSync(bundle, bundleSource('first'));
    assert.equal(runBundle(bundle), 'missing');
    assert.deepEqual(seen(), { value: 'first', filename: bundle, dirname: dir, sep: path.sep, exportsIsModuleExports: true });
  });

  it('uses a cache made for exactly this bundle', () => {
    const source = bundleSource('cached');
    fs.writeFileSync(bundle, source);
    fs.writeFileSync(codeCacheFile(bundle), cacheFor(source));
    assert.equal(runBundle(bundle), 'used');
    assert.equal(seen()?.value, 'cached');
  });

  it('ignores the cache of an edited bundle of the same length (V8 alone would accept it) and runs the new code', () => {
    const old = bundleSource('before');
    const edited = bundleSource('after!');
    assert.equal(edited.length, old.length);
    fs.writeFileSync(codeCacheFile(bundle), cacheFor(old));
    fs.writeFileSync(bundle, edited);
    assert.equal(runBundle(bundle), 'stale');
    assert.equal(seen()?.value, 'after!');
  });

  it('compiles as usual when V8 rejects the data', () => {
    const source = bundleSource('rejected');
    fs.writeFileSync(bundle, source);
    fs.writeFileSync(codeCacheFile(bundle), cacheFor(source, Buffer.from('not a V8 code cache')));
    assert.equal(runBundle(bundle), 'rejected');
    assert.equal(seen()?.value, 'rejected');
  });

  it('keeps the hash of the bundle it ran, which the term cache then reuses instead of reading the bundle again', () => {
    const source = bundleSource('hashed');
    fs.writeFileSync(bundle, source);
    const other = path.join(dir, 'other.js');
    fs.writeFileSync(other, bundleSource('not run'));
    assert.equal(ranBundleHash(bundle), undefined, 'not run yet');
    runBundle(bundle);
    const hash = createHash('sha1').update(source).digest('hex');
    assert.equal(ranBundleHash(bundle), hash);
    assert.equal(engineFingerprint(bundle), hash);
    // The fingerprint is of the code this process runs: a bundle replaced on disk since keeps it.
    fs.writeFileSync(bundle, bundleSource('edited'));
    assert.equal(engineFingerprint(bundle), hash);
    assert.equal(engineFingerprint(other), createHash('sha1').update(fs.readFileSync(other)).digest('hex'), 'a bundle not run is read and hashed');
  });

  it('the build writes a cache for the built CLI bundle, and the bin runs it', function () {
    this.timeout(180_000);
    ensureBuilt();
    const main = path.join(ROOT, 'dist/cli-main.js');
    const cache = fs.readFileSync(codeCacheFile(main));
    assert.deepEqual(cache.subarray(0, 20), createHash('sha1').update(fs.readFileSync(main)).digest());
    const run = spawnSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trim(), version);
  });
});
