/**
 * The CLI's term-set cache across runs (host/term-cache-file.ts, engine/term-cache.ts): a run that
 * uses it reports exactly what a run without it reports, and a cache that is stale (another
 * build), corrupt, malformed or in a folder that cannot be written is ignored without a word.
 */
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { adoptTermCache, resetTermCache } from '../../server/src/engine/term-cache';
import { engineFingerprint, openTermCache, openTermCacheOnDemand, saveTermCache, saveTermCacheOpened, TERM_CACHE_FILE } from '../../server/src/host/term-cache-file';
import { termSet } from '../../server/src/engine/terms';
import { generateContract } from '../../bench/generate';
import { cliProcess, ensureBuilt, ROOT, SAMPLE, tempDir, write } from './cli-process';

/** A cache file as term-cache-file.ts writes it, with any header and body. */
function writeCache(dir: string, header: object, body: string): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, TERM_CACHE_FILE), `${JSON.stringify(header)}\n${body}`);
}

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');

describe('the term-set cache across CLI runs', function () {
  this.timeout(120_000);
  let tmp: { dir: string; cleanup: () => void };
  let plain: string;
  const args = ['--format', 'json', SAMPLE];
  const run = async (cacheDir: string): Promise<string> => {
    const r = await cliProcess(args, { env: { CLAUSELINT_CACHE_DIR: cacheDir } });
    assert.equal(r.stderr, '', 'the cache never speaks');
    return r.stdout;
  };

  before(async () => {
    ensureBuilt();
    tmp = tempDir();
    plain = await run('off');
    assert.ok(plain.includes('"requirements"'), 'the sample is checked');
  });
  after(() => tmp.cleanup());

  it('a run that uses the cache reports the same findings as one without', async () => {
    const dir = path.join(tmp.dir, 'hit');
    assert.equal(await run(dir), plain, 'first run (writes the cache)');
    const file = path.join(dir, TERM_CACHE_FILE);
    assert.ok(fs.existsSync(file), 'the first run wrote a cache');
    const written = fs.statSync(file).mtimeMs;
    assert.equal(await run(dir), plain, 'second run (reads it)');
    assert.equal(fs.statSync(file).mtimeMs, written, 'a cache that held every set is not rewritten');
  });

  it('a corrupt cache is ignored and replaced', async () => {
    const dir = path.join(tmp.dir, 'corrupt');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, TERM_CACHE_FILE), '{"format":1,"engine":"x"\n{not json');
    assert.equal(await run(dir), plain);
    const text = fs.readFileSync(path.join(dir, TERM_CACHE_FILE), 'utf8');
    const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as { engine: string; sum: string };
    assert.equal(header.sum, sha1(text.slice(text.indexOf('\n') + 1)), 'a whole cache took its place');
  });

  it('a cache of another build, a wrong checksum or a malformed entry is not used', async () => {
    const engine = engineFingerprint(path.join(ROOT, 'dist/cli-main.js'))!;
    // Well-formed data that would find nothing: were it used, the findings would change.
    const hit = path.join(tmp.dir, 'hit', TERM_CACHE_FILE);
    const real = fs.readFileSync(hit, 'utf8');
    const wrong = real.slice(real.indexOf('\n') + 1).replace(/\[\["(?:[^"\\]|\\.)*",(true|false)/g, '[["zzzz",$1');
    assert.notEqual(wrong, real.slice(real.indexOf('\n') + 1), 'the test cache differs');
    const cases: [string, object, string][] = [
      ['stale', { format: 1, engine: 'another build', sum: sha1(wrong) }, wrong],
      ['other format', { format: 2, engine, sum: sha1(wrong) }, wrong],
      ['checksum', { format: 1, engine, sum: sha1(wrong) }, `${wrong} `],
      ['malformed', { format: 1, engine, sum: sha1('{"[\\"x\\"]":{"modes":[[[1]]],"anchors":null}}') }, '{"[\\"x\\"]":{"modes":[[[1]]],"anchors":null}}'],
    ];
    for (const [name, header, body] of cases) {
      const dir = path.join(tmp.dir, name);
      writeCache(dir, header, body);
      assert.equal(await run(dir), plain, name);
    }
    // The same data under the right header is used: the check above can fail.
    const used = path.join(tmp.dir, 'used-wrong');
    writeCache(used, { format: 1, engine, sum: sha1(wrong) }, wrong);
    assert.notEqual(await run(used), plain, 'a cache that passes the checks is read');
  });

  it('worker threads (--jobs) read the cache the main thread writes, and ignore a stale one', async function () {
    this.timeout(300_000);
    // 260 KB in all, so the run uses workers (run.ts worthWorkers).
    const files = [100_000, 80_000, 50_000, 30_000].map((size, i) => write(path.join(tmp.dir, 'jobs', `draft-${i}.md`), generateContract({ size, seed: 70 + i })));
    const jobs = async (n: number, cacheDir: string): Promise<string> => {
      const r = await cliProcess(['--format', 'json', '--max-check-ms', '0', '--jobs', String(n), ...files], { env: { CLAUSELINT_CACHE_DIR: cacheDir } });
      assert.equal(r.stderr, '', 'the cache never speaks');
      return r.stdout;
    };
    const none = await jobs(3, 'off');
    // Well-formed data that finds nothing (from the cache the first test wrote), under the right
    // header: every thread that reads it reports differently.
    const engine = engineFingerprint(path.join(ROOT, 'dist/cli-main.js'))!;
    const text = fs.readFileSync(path.join(tmp.dir, 'hit', TERM_CACHE_FILE), 'utf8');
    const wrong = text.slice(text.indexOf('\n') + 1).replace(/\[\["(?:[^"\\]|\\.)*",(true|false)/g, '[["zzzz",$1');
    const planted = async (n: number, header: object): Promise<string> => {
      const dir = path.join(tmp.dir, `jobs-planted-${n}`);
      writeCache(dir, header, wrong);
      return jobs(n, dir);
    };
    const oneThread = await planted(1, { format: 1, engine, sum: sha1(wrong) });
    assert.notEqual(oneThread, none, 'the planted cache is read');
    assert.equal(await planted(3, { format: 1, engine, sum: sha1(wrong) }), oneThread, 'the workers read it too (else their files would read right)');
    assert.equal(await planted(3, { format: 1, engine: 'another build', sum: sha1(wrong) }), none, 'a stale cache is ignored by every thread');
  });

  it('a run that checks nothing (--version) neither reads nor writes the cache', async () => {
    const dir = path.join(tmp.dir, 'version');
    writeCache(dir, { format: 1, engine: 'another build', sum: sha1('{}') }, '{}');
    const before = fs.readFileSync(path.join(dir, TERM_CACHE_FILE), 'utf8');
    const r = await cliProcess(['--version'], { env: { CLAUSELINT_CACHE_DIR: dir } });
    assert.equal(r.code, 0);
    assert.equal(fs.readFileSync(path.join(dir, TERM_CACHE_FILE), 'utf8'), before, 'a stale cache is left as it was');
  });

  it('a folder that cannot be written only means no cache', async () => {
    const blocker = path.join(tmp.dir, 'a-file');
    fs.writeFileSync(blocker, 'not a folder');
    assert.equal(await run(path.join(blocker, 'cache')), plain);
  });
});

describe('term cache files (in this process)', () => {
  let tmp: { dir: string; cleanup: () => void };
  beforeEach(() => {
    resetTermCache();
    tmp = tempDir();
  });
  afterEach(() => {
    resetTermCache();
    tmp.cleanup();
  });

  it('says what it found: missing, used, stale, corrupt', () => {
    assert.equal(openTermCache(tmp.dir, 'build-1'), 'missing');
    termSet(['a term list only this test makes', 'another term']);
    saveTermCache(tmp.dir, 'build-1', 'missing');
    resetTermCache();
    assert.equal(openTermCache(tmp.dir, 'build-1'), 'used');
    assert.equal(openTermCache(tmp.dir, 'build-2'), 'stale');
    const file = path.join(tmp.dir, TERM_CACHE_FILE);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, -3));
    assert.equal(openTermCache(tmp.dir, 'build-1'), 'corrupt', 'truncated');
    fs.writeFileSync(file, 'no header line');
    assert.equal(openTermCache(tmp.dir, 'build-1'), 'corrupt', 'no header');
  });

  it('writes the body as ASCII, and reads a body in UTF-8 (an older cache) the same', () => {
    const terms = ['a term list with a curly apostrophe: the provider’s duty', 'ünïcödé wörds', 'emoji 🔒 lock'];
    openTermCache(tmp.dir, 'build-1');
    const built = termSet(terms).find('the provider’s duty and ünïcödé wörds');
    saveTermCache(tmp.dir, 'build-1', 'missing');
    const file = path.join(tmp.dir, TERM_CACHE_FILE);
    const bytes = fs.readFileSync(file);
    assert.ok(bytes.every((b) => b < 0x80), 'every byte is ASCII');
    const text = bytes.toString('latin1');
    const body = JSON.stringify(JSON.parse(text.slice(text.indexOf('\n') + 1)));
    assert.ok(/[^\x00-\x7f]/.test(body), 'the data itself holds the non-ASCII terms');
    for (const [name, written] of [['ascii', text.slice(text.indexOf('\n') + 1)], ['utf-8', body]] as const) {
      writeCache(tmp.dir, { format: 1, engine: 'build-1', sum: sha1(written) }, written);
      resetTermCache();
      assert.equal(openTermCache(tmp.dir, 'build-1'), 'used', name);
      assert.deepEqual(termSet([...terms]).find('the provider’s duty and ünïcödé wörds'), built, name);
    }
  });

  it('on demand: reads the file when the first term set is asked for, and saves only then', () => {
    let fingerprinted = 0;
    const idle = openTermCacheOnDemand(tmp.dir, () => `build-${++fingerprinted}`);
    saveTermCacheOpened(idle);
    assert.equal(idle.outcome, undefined);
    assert.equal(fs.existsSync(path.join(tmp.dir, TERM_CACHE_FILE)), false, 'no set asked for: nothing read or written');
    assert.equal(fingerprinted, 0, 'nor the bundle hashed');
    resetTermCache();
    const opening = openTermCacheOnDemand(tmp.dir, () => 'build-1');
    termSet(['a list only the on-demand test makes']);
    assert.equal(opening.outcome, 'missing');
    saveTermCacheOpened(opening);
    resetTermCache();
    const again = openTermCacheOnDemand(tmp.dir, () => 'build-1');
    termSet(['another list only the on-demand test makes']);
    assert.equal(again.outcome, 'used');
  });

  it('adopts well-formed data only, all or nothing', () => {
    const good = { modes: [[['abc', false, 0, 'abc', 'abc', [], '', []]]], anchors: ['abc'] };
    assert.equal(adoptTermCache({ '["abc"]': good }), true);
    assert.equal(adoptTermCache({ '["abc"]': good, '["x"]': { modes: [[['x', 'no', 0, 'x', 'x', [], '', []]]], anchors: null } }), false);
    assert.equal(adoptTermCache({ '["abc"]': { ...good, anchors: 'abc' } }), false);
    assert.equal(adoptTermCache([good]), false);
    assert.equal(adoptTermCache({ '["abc"]': { modes: [[]], anchors: null } }), false, 'an empty mode');
  });
});
