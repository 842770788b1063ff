/**
 * npm run eval — measures the checker on the hand-labelled development corpus.
 *
 * Runs the real CLI (`node dist/cli.js --format json`) over every corpus file, maps each file's
 * requirement findings to the label areas (scripts/eval-lib.ts), and prints per-area presence
 * precision/recall/F1, strong/weak/negated agreement, and every disagreement with file, line
 * and sentence. Unlabelled files are checked too (crashes, and a summary to read for false alarms).
 *
 * Then the framework sentences (scripts/eval-frameworks.ts: recall of the controls each
 * requirement maps to, and the cross-requirement false-positive rate) and the controlled variants
 * of every labelled positive (scripts/eval-variants.ts: removed, hedged, disclaimed, moved to
 * the customer, reworded), scored on the changed area only; then the original MSP drafts and their
 * hand-written edits (scripts/eval-msp-drafts.ts).
 *
 * Options: --corpus DIR (default ../shared/eval from the repo root, or $CLAUSELINT_EVAL_DIR),
 *          --quiet (no disagreement list), --area NAME (disagreements of one area only),
 *          --json FILE (write the raw CLI report too).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultPackDir, loadCatalog } from '../server/src/engine/catalog/load';
import { parseDocument } from '../server/src/engine/parse';
import { detectParties } from '../server/src/engine/parties';
import { readFixture, scoreFrameworks } from './eval-frameworks';
import {
  AREA_MAP,
  f1,
  type Item,
  parseLabels,
  precision,
  predictArea,
  recall,
  type LabelRow,
  type ReportFile,
  score,
  total,
} from './eval-lib';
import { printDetection } from './eval-detection';
import { decidedUnedited, scoreVariants, type Variant, VARIANT_KINDS, variantsOf } from './eval-variants';
import { printMspDrafts } from './eval-msp-drafts';

const repoRoot = path.resolve(__dirname, '..');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const evalDir = path.resolve(option('--corpus') ?? process.env['CLAUSELINT_EVAL_DIR'] ?? path.join(repoRoot, '../shared/eval'));
const quiet = process.argv.includes('--quiet');
const onlyArea = option('--area');
const jsonOut = option('--json');

function fmt(n: number | undefined): string {
  return n === undefined ? '  —  ' : n.toFixed(2).padStart(5);
}

function runCli(files: string[]): { report: { files: ReportFile[] }; ms: number } {
  const cli = path.join(repoRoot, 'dist/cli.js');
  if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm run eval does).');
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [cli, '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // Exit 1 means "error-severity findings were reported", which is normal here.
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`the CLI failed (exit ${run.status ?? run.signal}):\n${run.stderr}`);
  }
  if (run.stderr.trim()) process.stderr.write(run.stderr);
  return { report: JSON.parse(run.stdout) as { files: ReportFile[] }, ms };
}

function main(): void {
  const corpusDir = path.join(evalDir, 'corpus');
  const labels = parseLabels(fs.readFileSync(path.join(evalDir, 'labels.csv'), 'utf8'));
  const corpusFiles = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.md')).sort();
  const { report, ms } = runCli(corpusFiles.map((f) => path.join(corpusDir, f)));
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(report, null, 2));

  const byName = new Map(report.files.map((f) => [path.basename(f.path), f]));
  const missing = corpusFiles.filter((f) => !byName.has(f));
  console.log(`clauselint eval — ${corpusFiles.length} corpus files checked in ${ms.toFixed(0)} ms through dist/cli.js --format json`);
  if (missing.length) console.log(`  NOT IN REPORT (crash?): ${missing.join(', ')}`);
  const notContract = report.files.filter((f) => !f.isContract).map((f) => path.basename(f.path));
  if (notContract.length) console.log(`  not read as contracts: ${notContract.join(', ')}`);

  const items: Item[] = [];
  for (const row of labels) {
    const file = byName.get(row.file);
    if (!file) throw new Error(`labels.csv names ${row.file}, which is not in the corpus report`);
    items.push({ row, predicted: predictArea(file, row.area) });
  }
  const labelledFiles = [...new Set(labels.map((l) => l.file))];
  const areas = [...new Set(labels.map((l) => l.area))];
  const scores = score(items, areas);

  console.log(`\nDevelopment set: ${labelledFiles.length} labelled files, ${labels.length} labels.\n`);
  console.log('area                      pos  TP  FP  FN   prec  recall   F1    class-agree   exact');
  for (const s of scores) {
    if (!s.mapped) {
      console.log(`${s.area.padEnd(24)} ${String(s.tp + s.fn).padStart(4)}   n/a (outside AA22-131A's headings; no requirement maps to it)`);
      continue;
    }
    const agree = s.classTotal ? `${s.classAgree}/${s.classTotal}` : '—';
    console.log(
      `${s.area.padEnd(24)} ${String(s.tp + s.fn).padStart(4)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}  ` +
        `${fmt(precision(s))}  ${fmt(recall(s))}  ${fmt(f1(s))}    ${agree.padStart(7)}     ${s.exact}/${s.total}`,
    );
  }
  const mapped = scores.filter((s) => s.mapped);
  const all = total(mapped);
  console.log(
    `${'ALL mapped (micro)'.padEnd(24)} ${String(all.tp + all.fn).padStart(4)} ${String(all.tp).padStart(3)} ${String(all.fp).padStart(3)} ${String(all.fn).padStart(3)}  ` +
      `${fmt(precision(all))}  ${fmt(recall(all))}  ${fmt(f1(all))}    ${`${all.classAgree}/${all.classTotal}`.padStart(7)}     ${all.exact}/${all.total}`,
  );
  const withPositives = mapped.filter((s) => s.tp + s.fn > 0);
  const minF1 = Math.min(...withPositives.map((s) => f1(s) ?? 0));
  const agreement = all.classTotal ? all.classAgree / all.classTotal : 0;
  console.log(`\nlowest presence F1 over areas with positives: ${minF1.toFixed(2)} (target ≥ 0.95)`);
  console.log(`strong/weak/negated agreement where both say present: ${agreement.toFixed(2)} (target ≥ 0.90)`);

  // Documents whose every mapped area is labelled absent must get no "present" finding at all.
  const allAbsent = labelledFiles.filter((f) => labels.filter((l) => l.file === f && AREA_MAP[l.area]).every((l) => l.label === 'absent'));
  let presentOnAbsent = 0;
  for (const f of allAbsent) {
    const present = byName.get(f)!.requirements.filter((r) => r.status === 'present');
    presentOnAbsent += present.length;
    for (const r of present) console.log(`  PRESENT on all-absent ${f}: ${r.id} L${r.evidence[0]?.line} ${r.evidence[0]?.text ?? ''}`);
  }
  console.log(`"present" findings on the ${allAbsent.length} all-absent documents (${allAbsent.join(', ')}): ${presentOnAbsent} (target 0)`);

  if (!quiet) printDisagreements(items.filter((i) => !onlyArea || i.row.area === onlyArea), corpusDir);
  printUnlabelled(report.files.filter((f) => !labelledFiles.includes(path.basename(f.path))));
  printDetection(corpusDir);
  printFrameworks();
  printVariants(labels.filter((l) => AREA_MAP[l.area]), corpusDir, items);
  printMspDrafts(quiet);
}

function printFrameworks(): void {
  const s = scoreFrameworks(loadCatalog([defaultPackDir()]), readFixture());
  const per = Object.entries(s.perFramework)
    .map(([f, t]) => `${f} ${t.found}/${t.pairs}`)
    .join(', ');
  console.log(`\nFramework sentences (control statements as "The Provider shall …" obligations, test/fixtures/frameworks):`);
  console.log(`  recall: ${s.found}/${s.pairs} = ${(s.found / s.pairs).toFixed(2)} (${per})`);
  console.log(
    `  cross-requirement false positives (evidence for a requirement under another heading): ${s.falsePositives.length}/${s.unrelatedPairs} = ${((100 * s.falsePositives.length) / s.unrelatedPairs).toFixed(2)}%`,
  );
  if (!quiet) {
    for (const m of s.misses) console.log(`  miss ${m.requirement} ← ${m.control.framework} ${m.control.id}`);
    for (const m of s.falsePositives) console.log(`  false positive ${m.requirement} ← ${m.control.framework} ${m.control.id}`);
  }
}

function printVariants(positives: LabelRow[], corpusDir: string, items: Item[]): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clauselint-variants-'));
  try {
    const variants: { variant: Variant; file: string }[] = [];
    const texts = new Map<string, string>();
    for (const row of positives) {
      let text = texts.get(row.file);
      if (text === undefined) texts.set(row.file, (text = fs.readFileSync(path.join(corpusDir, row.file), 'utf8')));
      for (const variant of variantsOf(text, row, detectParties(parseDocument(text)))) {
        const file = path.join(dir, `${variants.length}-${variant.kind}-${row.area}-${row.file}`);
        fs.writeFileSync(file, variant.text);
        variants.push({ variant, file });
      }
    }
    const { report } = runCli(variants.map((v) => v.file));
    const byPath = new Map(report.files.map((f) => [path.basename(f.path), f]));
    const baseRight = new Set(items.filter((i) => i.row.label === i.predicted.label).map((i) => i.row));
    const results = variants.map(({ variant, file }) => {
      const reported = byPath.get(path.basename(file));
      const prediction = reported ? predictArea(reported, variant.row.area) : undefined;
      return { variant, predicted: prediction?.label ?? ('absent' as const), decided: prediction?.requirement, baseRight: baseRight.has(variant.row) };
    });
    const scores = scoreVariants(results);
    const right = results.filter((r) => r.predicted === r.variant.expected).length;
    console.log(`\nControlled variants of the ${positives.filter((r) => r.label !== 'absent').length} labelled positives (changed area only): ${right}/${results.length} right`);
    console.log('kind          right/total   where the original is right');
    for (const kind of VARIANT_KINDS) {
      const k = scores[kind];
      console.log(`${kind.padEnd(13)} ${`${k.right}/${k.total}`.padStart(11)}   ${`${k.rightWhereBaseRight}/${k.totalWhereBaseRight}`.padStart(9)}`);
    }
    // The clean-edit rules (eval-variants.ts header): both counts, the old one above.
    const unedited = new Map(results.map((r) => [r, r.variant.untouched ? undefined : decidedUnedited(texts.get(r.variant.row.file)!, r.variant, r.decided?.evidence[0])]));
    const clean = results.filter((r) => !r.variant.untouched && !unedited.get(r));
    const cleanScores = scoreVariants(clean);
    const byDecider = results.filter((r) => unedited.get(r));
    const deciderRight = byDecider.filter((r) => r.predicted === r.variant.expected).length;
    console.log(
      `Clean edits only (a hedged/disclaimed/moved copy is set apart when its edit left a binding clause of the labelled lines untouched, or left unchanged the labelled line that decides the area): ${clean.filter((r) => r.predicted === r.variant.expected).length}/${clean.length} right, ${results.length - clean.length} set apart (${results.filter((r) => r.variant.untouched).length} for a binding clause left; ${byDecider.length} for an unchanged deciding line, of which ${deciderRight} right and ${byDecider.length - deciderRight} wrong)`,
    );
    for (const kind of VARIANT_KINDS) {
      const k = cleanScores[kind];
      console.log(`${kind.padEnd(13)} ${`${k.right}/${k.total}`.padStart(11)}   ${`${k.rightWhereBaseRight}/${k.totalWhereBaseRight}`.padStart(9)}`);
    }
    if (!quiet) {
      for (const r of results.filter((x) => x.variant.untouched)) console.log(`  set apart: ${r.variant.kind} ${r.variant.row.file} [${r.variant.row.area}] left “${r.variant.untouched}” (got ${r.predicted})`);
      for (const r of byDecider) console.log(`  set apart: ${r.variant.kind} ${r.variant.row.file} [${r.variant.row.area}] decided by the unchanged L${r.decided!.evidence[0]!.line} “${unedited.get(r)}” (got ${r.predicted})`);
      for (const r of results.filter((x) => x.baseRight && x.predicted !== x.variant.expected)) {
        console.log(`  ${r.variant.kind} ${r.variant.row.file} [${r.variant.row.area}] expected ${r.variant.expected}, got ${r.predicted}`);
        // The sentence that decided, so a wrong variant can be read without re-running it.
        const e = r.decided?.evidence[0];
        if (r.decided && e) console.log(`      ${r.decided.id} ${e.status} L${e.line}: ${e.text.replace(/\s+/g, ' ').slice(0, 200)}`);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function printDisagreements(items: Item[], corpusDir: string): void {
  const wrong = items.filter((i) => AREA_MAP[i.row.area] && i.row.label !== i.predicted.label);
  console.log(`\nDisagreements (${wrong.length}) — label → prediction:`);
  const fileLines = new Map<string, string[]>();
  const lineOf = (file: string, n: number): string => {
    let lines = fileLines.get(file);
    if (!lines) {
      lines = fs.readFileSync(path.join(corpusDir, file), 'utf8').split(/\r?\n/);
      fileLines.set(file, lines);
    }
    return (lines[n - 1] ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
  };
  for (const { row, predicted } of wrong) {
    console.log(`\n${row.file} [${row.area}] ${row.label} → ${predicted.label}`);
    for (const r of row.lines.slice(0, 3)) console.log(`  label L${r.from}${r.to !== r.from ? `-${r.to}` : ''}: ${lineOf(row.file, r.from)}`);
    if (row.note) console.log(`  note: ${row.note.slice(0, 240)}`);
    const req = predicted.requirement;
    if (req) {
      for (const e of req.evidence.slice(0, 2)) {
        console.log(`  engine ${req.id} ${e.status} L${e.line}: ${e.text.slice(0, 200)}${e.reason ? `  — ${e.reason}` : ''}`);
      }
    }
  }
}

function printUnlabelled(files: ReportFile[]): void {
  console.log(`\nUnlabelled files (${files.length}): findings per area, to read for false alarms (S strong, w weak, n negated, . absent)`);
  const areas = Object.keys(AREA_MAP).filter((a) => AREA_MAP[a]);
  console.log(`${''.padEnd(48)} ${areas.map((a) => a.slice(0, 4)).join(' ')}`);
  for (const f of files) {
    const cells = areas.map((a) => ({ strong: 'S', weak: 'w', negated: 'n', absent: '.' })[predictArea(f, a).label].padEnd(4));
    console.log(`${path.basename(f.path).slice(0, 48).padEnd(48)} ${cells.join(' ')}`);
  }
}

try {
  main();
} catch (e) {
  console.error(`eval: ${(e as Error).message}`);
  process.exitCode = 2;
}
