/**
 * npm run bench: how fast clauselint is on contract-sized documents, as ratios to baselines
 * measured in the same run (so a slower or busier machine moves both sides).
 *
 * 1. Cold analysis (a draft just opened) of generated contracts of ~75 KB, ~300 KB and ~1.2 MB, vs
 *    a plain whole-document `unified().use(remarkParse).parse()` and vs markdownlint's full lint.
 * 2. Re-analysis after typing one character in the middle, vs the same plain parse.
 * 3. didChange → publishDiagnostics over a real stdio language server (debounceMs 0), started with
 *    the Node flags the VS Code client gives it (SERVER_EXEC_ARGV) and, at 300 KB and 1.2 MB, without.
 * 4. The server's resident memory with the 1.2 MB draft open (VmRSS), with and without those flags.
 * 5. CLI throughput over the eval corpus (MB/s), with markdownlint over the same files as a peer:
 *    per second of wall time and per second of the child process's CPU time.
 * 6. Pathological Markdown (setext runs, underlined clauses, nested quotes and lists, reference
 *    definitions, emphasis runs) at 32 KB and 256 KB: cold analysis once each, vs the stock remark
 *    parse at 32 KB (at 256 KB it takes minutes on some), and the CLI on the 32 KB setext file.
 *
 * The plain parse is the stock remark: clauselint's fix to micromark (micromark-patch.ts) is
 * switched off while it runs.
 *
 * Every figure is a median of several runs (BENCH_RUNS, default 5; edits and round trips more),
 * runs of the compared tasks interleaved. Run with --expose-gc (npm run bench does).
 * Results also go to bench/out/results.json.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { lint } from 'markdownlint/sync';
import { defaultPackDir, loadCatalog } from '../server/src/engine/catalog/load';
import { IncrementalAnalyzer } from '../server/src/engine/incremental';
import { consumeInPlace, originalConsume } from '../server/src/engine/micromark-patch';
import { EditMap } from 'micromark-util-edit-map';
import { TestClient } from '../test/protocol/lsp-client';
import { SERVER_EXEC_ARGV } from '../server/src/protocol';
import { generateContract } from './generate';
import { compileRegExpsEagerly } from '../server/src/host/regexp-tiering';

const root = path.resolve(__dirname, '..');
const RUNS = Math.max(3, Number(process.env['BENCH_RUNS'] ?? 5));
const EDITS = RUNS * 5;
const SIZES = [
  { name: '75 KB', size: 75_000 },
  { name: '300 KB', size: 300_000 },
  { name: '1.2 MB', size: 1_200_000 },
];
const SEED = 2022;

const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);
// The in-process measures stand for the language server and the CLI, which set this at start.
compileRegExpsEagerly();
const catalog = loadCatalog([defaultPackDir()]);
const stockRemark = unified().use(remarkParse);
/** The stock remark parse (without clauselint's micromark fix), the baseline of every ratio. */
const plain = {
  parse(text: string): unknown {
    EditMap.prototype.consume = originalConsume;
    try {
      return stockRemark.parse(text);
    } finally {
      EditMap.prototype.consume = consumeInPlace;
    }
  },
};

interface Stats {
  median: number;
  p95: number;
  runs: number;
}

function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  const median = s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  return { median, p95: at(0.95), runs: s.length };
}

function time(task: () => unknown): number {
  gc();
  const start = performance.now();
  task();
  return performance.now() - start;
}

/** Offset inside a clause in the middle of `text` (a character typed there lands in a sentence). */
function middleOfAClause(text: string): number {
  const re = /^\d+\.\d+\.\d+ /gm;
  re.lastIndex = text.length >> 1;
  const m = re.exec(text);
  return m ? m.index + m[0].length + 4 : text.length >> 1;
}

const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, runs: RUNS, requirements: catalog.requirements.length };
const rows: string[][] = [];
const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(1)) + ' ms';
const ratio = (x: number): string => (x >= 0.1 ? x.toFixed(2) : x.toFixed(3)) + '×';
const verdict = (ok: boolean): string => (ok ? 'met' : '**missed**');

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

const loadAtStart = os.loadavg()[0]!.toFixed(1);

async function main(): Promise<void> {
  log(`${catalog.requirements.length} requirements, ${RUNS} runs per measure (BENCH_RUNS)`);
  // Warm up the JIT on a small document, so "cold" means an empty cache, not unoptimised code.
  const warm = generateContract({ size: 50_000, seed: 1 });
  for (let i = 0; i < 3; i++) {
    plain.parse(warm);
    new IncrementalAnalyzer().analyze(warm, { catalog });
    lint({ strings: { warm } });
  }

  for (const { name, size } of SIZES) {
    const text = generateContract({ size, seed: SEED });
    log(`${name}: cold analysis, plain parse, markdownlint`);
    const plainMs: number[] = [];
    const coldMs: number[] = [];
    const lintMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      plainMs.push(time(() => plain.parse(text)));
      coldMs.push(time(() => new IncrementalAnalyzer().analyze(text, { catalog })));
      lintMs.push(time(() => lint({ strings: { doc: text } })));
    }
    log(`${name}: one-character edits`);
    const analyzer = new IncrementalAnalyzer();
    analyzer.analyze(text, { catalog });
    const at = middleOfAClause(text);
    let edited = text;
    const editMs: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      edited = edited.slice(0, at + i) + 'abcdefghij'[i % 10] + edited.slice(at + i); // typing a word
      const next = edited;
      editMs.push(wall(() => analyzer.analyze(next, { catalog }))); // no forced collection: typing does not get one
    }
    const p = stats(plainMs);
    const c = stats(coldMs);
    const l = stats(lintMs);
    const e = stats(editMs);
    results[`inProcess ${name}`] = { bytes: text.length, plainParse: p, coldAnalysis: c, markdownlint: l, oneCharEdit: e, blocks: analyzer.lastRun.blocks, lastEdit: analyzer.lastRun };
    const big = size === 1_200_000;
    rows.push([`cold analysis, ${name}`, ms(c.median), `plain parse ${ms(p.median)}`, ratio(c.median / p.median), big ? `≤ 0.35× parse: ${verdict(c.median <= 0.35 * p.median)}` : '']);
    rows.push([`cold analysis, ${name}`, ms(c.median), `markdownlint ${ms(l.median)}`, ratio(c.median / l.median), big ? `< markdownlint: ${verdict(c.median < l.median)}` : '']);
    rows.push([`one-character edit, ${name}`, `${ms(e.median)} (p95 ${ms(e.p95)})`, `plain parse ${ms(p.median)}`, ratio(e.median / p.median), big ? `≤ 0.01× parse: ${verdict(e.median <= 0.01 * p.median)}` : '']);
  }

  for (const { name, size } of SIZES) {
    const shipped = await serverRun(name, size, SERVER_EXEC_ARGV);
    results[`server ${name}`] = shipped;
    const r = shipped.roundTrip;
    const target = size === 300_000 ? `≤ 30 ms median: ${verdict(r.median <= 30)}` : '';
    rows.push([`didChange → diagnostics, ${name}`, `${ms(r.median)} (p95 ${ms(r.p95)})`, `open → first diagnostics ${ms(shipped.openToDiagnosticsMs)}`, '', target]);
    if (size === 1_200_000) {
      rows.push([`server memory, ${name} open, typing paused`, `${shipped.rssMB.toFixed(0)} MB`, `server with no document ${shipped.rssIdleMB.toFixed(0)} MB`, '', `≤ 150 MB: ${verdict(shipped.rssMB <= 150)}`]);
      rows.push([`server memory, ${name}, right after ${EDITS * 2} edits`, `${shipped.rssAfterEditsMB.toFixed(0)} MB (peak ${shipped.rssPeakMB.toFixed(0)} MB)`, '', '', '']);
    }
    if (size >= 300_000) {
      // The same server started without the client's Node flags (SERVER_EXEC_ARGV), as an editor
      // that runs `node dist/server.js --stdio` does: what the flags change, in this run.
      const plainServer = await serverRun(`${name} without the client's flags`, size, []);
      results[`server ${name} without flags`] = plainServer;
      const p = plainServer.roundTrip;
      rows.push([`didChange → diagnostics, ${name}, without ${SERVER_EXEC_ARGV.join(' ')}`, `${ms(p.median)} (p95 ${ms(p.p95)})`, `open → first diagnostics ${ms(plainServer.openToDiagnosticsMs)}`, '', '']);
      if (size === 1_200_000) rows.push([`server memory, ${name} open, typing paused, without ${SERVER_EXEC_ARGV.join(' ')}`, `${plainServer.rssMB.toFixed(0)} MB`, `peak ${plainServer.rssPeakMB.toFixed(0)} MB`, '', '']);
    }
  }

  pathological();

  const evalDir = process.env['CLAUSELINT_EVAL_DIR'] ?? path.join(root, '../shared/eval');
  const corpus = path.join(evalDir, 'corpus');
  if (fs.existsSync(corpus)) {
    log('CLI over the eval corpus');
    const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(corpus, f));
    const bytes = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
    const cli = path.join(root, 'dist/cli.js');
    const peer = `import('markdownlint/sync').then(({ lint }) => { const r = lint({ files: process.argv.slice(1) }); process.stdout.write(String(Object.keys(r).length)); })`;
    // Both sides are a fresh `node` process given the same file list: each pays Node's start-up
    // and its own module load, reads every file and does all its work (clauselint: the full check
    // and the JSON report, with --jobs at its default, the CPUs minus one; markdownlint: every
    // rule, printing a count). Wall time is what a user waits for, but on a busy machine it
    // measures the load; the CPU time of each child (user + system, all its threads) does not.
    const cliMs: number[] = [];
    const peerMs: number[] = [];
    const cliCpu: number[] = [];
    const peerCpu: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const c = childRun(() => spawnSync(process.execPath, [cli, '--format', 'json', ...files], { stdio: 'ignore', cwd: root }));
      const p = childRun(() => spawnSync(process.execPath, ['-e', peer, ...files], { stdio: 'ignore', cwd: root }));
      cliMs.push(c.wallMs);
      peerMs.push(p.wallMs);
      if (c.cpuMs !== undefined && p.cpuMs !== undefined) {
        cliCpu.push(c.cpuMs);
        peerCpu.push(p.cpuMs);
      }
    }
    const c = stats(cliMs);
    const p = stats(peerMs);
    const mbps = (t: number): number => bytes / 1e6 / (t / 1000);
    const cpu = cliCpu.length ? { cli: stats(cliCpu), markdownlint: stats(peerCpu) } : undefined;
    results['cli corpus'] = { files: files.length, bytes, cli: c, markdownlint: p, cliMBps: mbps(c.median), markdownlintMBps: mbps(p.median), ...(cpu ? { cpu } : {}) };
    rows.push([`CLI, ${files.length} corpus files (${(bytes / 1e6).toFixed(2)} MB)`, `${mbps(c.median).toFixed(2)} MB/s (${ms(c.median)})`, `markdownlint ${mbps(p.median).toFixed(2)} MB/s (${ms(p.median)})`, ratio(c.median / p.median), `≥ 2 MB/s: ${verdict(mbps(c.median) >= 2)}`]);
    if (cpu) rows.push([`CLI, same files, per CPU second (user + system)`, `${mbps(cpu.cli.median).toFixed(2)} MB/s (${ms(cpu.cli.median)} CPU)`, `markdownlint ${mbps(cpu.markdownlint.median).toFixed(2)} MB/s (${ms(cpu.markdownlint.median)} CPU)`, ratio(cpu.cli.median / cpu.markdownlint.median), '']);
  } else {
    rows.push(['CLI over the eval corpus', 'skipped', `no corpus at ${corpus} (CLAUSELINT_EVAL_DIR)`, '', '']);
  }

  const table = [
    `Requirements: ${catalog.requirements.length}. Medians of ${RUNS} runs (edits: ${EDITS}, round trips: ${EDITS * 2}); Node ${process.version}; ` +
      `${os.cpus().length} CPUs, load average ${loadAtStart} at the start and ${os.loadavg()[0]!.toFixed(1)} at the end; ${new Date().toISOString().slice(0, 10)}.`,
    '',
    '| measure | clauselint | baseline | ratio | target |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
  process.stdout.write(table + '\n');
  fs.mkdirSync(path.join(root, 'bench/out'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench/out/results.json'), JSON.stringify({ ...results, table }, null, 2));
}

const PATHOLOGICAL: [name: string, unit: string, quadratic: boolean][] = [
  ['setext headings "a\\n=\\n"', 'a\n=\n', true],
  ['clause lines over "---"', 'Clause text\n---\n', true],
  ['nested quotes "> > > a"', '> > > a\n', false],
  ['nested lists, 3 levels', '- a\n  - b\n    - c\n', true],
  ['reference definitions', '[a]: b\n', false],
  ['emphasis runs', '*a **b** c*\n', false],
];
const PATHOLOGICAL_PREAMBLE = '# Master Services Agreement\n\nAcme Ltd. (the "Provider") and Beta Inc. (the "Customer") agree. The Provider shall act.\n\n';

/** Once each (they are slow by nature): cold analysis, and the stock parse where it finishes in seconds. */
function pathological(): void {
  for (const [name, unit, quadratic] of PATHOLOGICAL) {
    for (const kb of [32, 256]) {
      const text = PATHOLOGICAL_PREAMBLE + unit.repeat(Math.ceil((kb * 1024) / unit.length));
      log(`pathological: ${name}, ${kb} KB`);
      const cold = time(() => new IncrementalAnalyzer().analyze(text, { catalog, force: true }));
      const parse = kb === 32 || !quadratic ? time(() => plain.parse(text)) : undefined;
      results[`pathological ${name} ${kb} KB`] = { bytes: text.length, coldAnalysisMs: cold, plainParseMs: parse };
      rows.push([`pathological: ${name}, ${kb} KB`, ms(cold), parse === undefined ? 'plain parse: not run (quadratic: minutes)' : `plain parse ${ms(parse)}`, parse === undefined ? '' : ratio(cold / parse), '']);
    }
  }
  const file = path.join(os.tmpdir(), 'clauselint-bench-setext-32k.md');
  fs.writeFileSync(file, PATHOLOGICAL_PREAMBLE + 'a\n=\n'.repeat(8_192));
  const cli = path.join(root, 'dist/cli.js');
  const runs = [0, 1, 2].map(() => wall(() => spawnSync(process.execPath, [cli, '--format', 'json', file], { stdio: 'ignore', cwd: root })));
  const version = stats([0, 1, 2].map(() => wall(() => spawnSync(process.execPath, [cli, '--version'], { stdio: 'ignore', cwd: root }))));
  const c = stats(runs);
  results['cli setext 32 KB'] = { cli: c, processStart: version };
  rows.push(['CLI on 32 KB of setext headings (was 113 s)', ms(c.median), `process start (--version) ${ms(version.median)}`, '', `< 1 s: ${verdict(c.median < 1000)}`]);
  fs.rmSync(file, { force: true });
}

/** A stdio language server started with `execArgv`: open, EDITS × 2 one-character edits, memory. */
async function serverRun(name: string, size: number, execArgv: readonly string[]) {
  log(`${name}: didChange → publishDiagnostics over stdio`);
  const text = generateContract({ size, seed: SEED });
  const client = new TestClient(['--stdio'], execArgv);
  client.settings = { debounceMs: 0 };
  await client.initialize(root);
  const rssIdleMB = rssMB(client.process.pid!);
  const uri = `file:///bench/contract-${size}.md`;
  let start = performance.now();
  await client.open(uri, text);
  const openToDiagnosticsMs = performance.now() - start;
  const lines = text.slice(0, middleOfAClause(text)).split('\n');
  const line = lines.length - 1;
  const character = lines[line]!.length;
  const roundTrips: number[] = [];
  for (let i = 0; i < EDITS * 2; i++) {
    start = performance.now();
    await client.change(uri, [{ range: { start: { line, character: character + i }, end: { line, character: character + i } }, text: 'abcdefghij'[i % 10]! }]);
    roundTrips.push(performance.now() - start);
  }
  const rssAfterEditsMB = rssMB(client.process.pid!);
  const rssPeakMB = hwmMB(client.process.pid!);
  // The server collects garbage once typing pauses (server/src/lsp/memory.ts); read it after a pause.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const rss = rssMB(client.process.pid!);
  await client.shutdown();
  return { execArgv, openToDiagnosticsMs, roundTrip: stats(roundTrips), rssIdleMB, rssAfterEditsMB, rssPeakMB, rssMB: rss };
}

function wall(task: () => unknown): number {
  const start = performance.now();
  task();
  return performance.now() - start;
}

/** Clock ticks per second of /proc's CPU times (getconf CLK_TCK; 100 on Linux). */
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

/**
 * CPU time (user + system, ms) of this process's children that have ended and been waited for,
 * from /proc/self/stat (cutime, cstime); undefined where there is no /proc.
 */
function childrenCpuMs(): number | undefined {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    // The fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

/** Wall time and CPU time of a task that runs one child process to its end (spawnSync). */
function childRun(task: () => unknown): { wallMs: number; cpuMs?: number } {
  const before = childrenCpuMs();
  const wallMs = wall(task);
  const after = childrenCpuMs();
  return before === undefined || after === undefined ? { wallMs } : { wallMs, cpuMs: after - before };
}

/** Resident set size of a process, from /proc (Linux). */
function rssMB(pid: number): number {
  return procStatusMB(pid, 'VmRSS');
}

/** Peak resident set size. */
function hwmMB(pid: number): number {
  return procStatusMB(pid, 'VmHWM');
}

function procStatusMB(pid: number, field: string): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`${field}:\\s+(\\d+)\\s+kB`).exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
