/**
 * npx tsx scripts/variant-causes.ts [--all] [--kind K] [--area A] [--file SUBSTR]
 *
 * A diagnostic for the controlled variants of `npm run eval` (scripts/eval-variants.ts): runs the
 * engine in-process over every variant (as the CLI does for a file named on the command line:
 * forced), and for each one it gets wrong prints the sentence that decided the area's status
 * after the edit, where it sits (heading path, topical or not, inside or outside the edited
 * lines) and the engine's reason. Used to sort the failures into causes; it scores nothing that
 * `npm run eval` does not, and changes neither the variants nor the scoring.
 *
 * --summary: instead of the list, one count per cause, where the cause is read from where the
 * deciding sentence lies relative to the edit (no judgement of the text):
 *   no evidence            the engine finds nothing for the area (in the original too, mostly)
 *   decided elsewhere      the deciding sentence is outside the labelled lines (unlabelled text
 *                          that may carry the duty too, or a passing mention)
 *   left untouched         the deciding sentence is inside the labelled lines but the edit did not
 *                          change its line (another binding verb the generator does not edit:
 *                          passive "is required to", "each party will", an imperative)
 *   edited, misread        the edit changed the deciding sentence's line and the engine still
 *                          reads the old status (an engine reading problem)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, defaultPackDir, loadCatalog } from '../server/src/engine';
import { headingContext } from '../server/src/engine/unit-aids';
import { parseDocument } from '../server/src/engine/parse';
import { detectParties } from '../server/src/engine/parties';
import { AREA_MAP, f1, parseLabels, precision, predictArea, recall, score, total, type Item, type LabelRow, type ReportFile } from './eval-lib';
import { variantsOf, VARIANT_KINDS } from './eval-variants';

const evalDir = path.resolve(process.env['CLAUSELINT_EVAL_DIR'] ?? path.join(__dirname, '../../shared/eval'));
const opt = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const showAll = process.argv.includes('--all');
const summary = process.argv.includes('--summary');
const CAUSES = ['no evidence', 'decided elsewhere', 'left untouched', 'edited, misread'] as const;
const causes: Record<string, Record<(typeof CAUSES)[number], number>> = Object.fromEntries(VARIANT_KINDS.map((k) => [k, Object.fromEntries(CAUSES.map((c) => [c, 0]))])) as never;
const catalog = loadCatalog([defaultPackDir()]);

function report(text: string): { file: ReportFile; result: ReturnType<typeof analyze> } {
  const result = analyze(text, { catalog, force: true });
  const file: ReportFile = {
    path: '',
    isContract: result.isContract,
    requirements: result.findings.map((f) => ({
      id: f.requirement.id,
      heading: f.requirement.heading,
      status: f.status,
      message: f.message,
      evidence: f.evidence.map((e) => ({ line: e.line, endLine: e.endLine, text: e.text, status: e.status, reason: e.reason })),
    })),
  };
  return { file, result };
}

function inRow(row: LabelRow, line: number): boolean {
  return row.lines.some((r) => line >= r.from && line <= r.to);
}

/** The development set's presence and agreement, in-process (the numbers `npm run eval` prints first). */
function baseScores(corpus: string, labels: LabelRow[]): void {
  const reports = new Map<string, ReportFile>();
  const items: Item[] = labels.map((row) => {
    let file = reports.get(row.file);
    if (!file) reports.set(row.file, (file = report(fs.readFileSync(path.join(corpus, row.file), 'utf8')).file));
    return { row, predicted: predictArea(file, row.area) };
  });
  const scores = score(items, [...new Set(labels.map((l) => l.area))]);
  const f = (n: number | undefined): string => (n === undefined ? '—' : n.toFixed(2));
  for (const s of scores) console.log(`${s.area.padEnd(20)} TP ${s.tp} FP ${s.fp} FN ${s.fn} F1 ${f(f1(s))} agree ${s.classAgree}/${s.classTotal}`);
  const all = total(scores);
  console.log(`ALL P ${f(precision(all))} R ${f(recall(all))} F1 ${f(f1(all))} agree ${all.classAgree}/${all.classTotal} exact ${all.exact}/${all.total}`);
  for (const i of items.filter((x) => x.row.label !== x.predicted.label)) console.log(`  wrong ${i.row.file} [${i.row.area}] ${i.row.label} → ${i.predicted.label}`);
}

function main(): void {
  const corpus = path.join(evalDir, 'corpus');
  const labels = parseLabels(fs.readFileSync(path.join(evalDir, 'labels.csv'), 'utf8')).filter((l) => AREA_MAP[l.area]);
  if (process.argv.includes('--base')) return baseScores(corpus, labels);
  const texts = new Map<string, string>();
  const baseLabel = new Map<string, string>();
  const tally: Record<string, [number, number]> = Object.fromEntries(VARIANT_KINDS.map((k) => [k, [0, 0]]));
  for (const row of labels) {
    if (row.label === 'absent') continue;
    if (opt('--area') && row.area !== opt('--area')) continue;
    if (opt('--file') && !row.file.includes(opt('--file')!)) continue;
    let text = texts.get(row.file);
    if (text === undefined) {
      texts.set(row.file, (text = fs.readFileSync(path.join(corpus, row.file), 'utf8')));
    }
    const key = `${row.file}|${row.area}`;
    if (!baseLabel.has(key)) baseLabel.set(key, predictArea(report(text).file, row.area).label);
    for (const v of variantsOf(text, row, detectParties(parseDocument(text)))) {
      if (opt('--kind') && v.kind !== opt('--kind')) continue;
      const { file, result } = report(v.text);
      const p = predictArea(file, row.area);
      const right = p.label === v.expected;
      tally[v.kind]![1]++;
      if (right) tally[v.kind]![0]++;
      if (right && !showAll) continue;
      if (summary) {
        if (right) continue;
        const finding = p.requirement && result.findings.find((f) => f.requirement.id === p.requirement!.id);
        const decisive = finding?.evidence[0];
        const before = text.split(/\r?\n/);
        const after = v.text.split(/\r?\n/);
        const cause: (typeof CAUSES)[number] = !decisive
          ? 'no evidence'
          : !inRow(row, decisive.line)
            ? 'decided elsewhere'
            : before[decisive.line - 1] === after[decisive.line - 1]
              ? 'left untouched'
              : 'edited, misread';
        causes[v.kind]![cause]++;
        if (opt('--cause') !== cause) continue;
        console.log(`\n${v.kind} ${row.file} [${row.area}] label ${row.label} expected ${v.expected}, got ${p.label}: L${decisive?.line} ${decisive?.status} — ${decisive?.reason}`);
        if (decisive) console.log(`    ${decisive.text.slice(0, 300)}`);
        continue;
      }
      console.log(`\n${right ? 'OK  ' : 'FAIL'} ${v.kind} ${row.file} [${row.area}] label ${row.label} (base ${baseLabel.get(key)}) expected ${v.expected}, got ${p.label}`);
      console.log(`  edited lines: ${row.lines.map((r) => (r.from === r.to ? r.from : `${r.from}-${r.to}`)).join(';')}`);
      const finding = p.requirement && result.findings.find((f) => f.requirement.id === p.requirement!.id);
      if (!finding) continue;
      const doc = result.doc;
      for (const e of finding.evidence.slice(0, 3)) {
        const unit = doc.units.find((u) => e.start >= u.start && e.start < u.end);
        const heading = unit && unit.section >= 0 ? headingContext(doc, unit.section).replace(/\s*\n\s*/g, ' < ') : '';
        const where = inRow(row, e.line) ? 'EDITED' : 'elsewhere';
        console.log(`  ${finding.requirement.id} ${e.status}${e.topical ? ' topical' : ''}${e.express ? ` ${e.express}` : ''} L${e.line} ${where} [${heading.slice(0, 80)}]`);
        console.log(`    ${e.text.slice(0, 260)}`);
        console.log(`    — ${e.reason}`);
      }
      if (finding.decision) console.log(`  decision: ${finding.decision}`);
    }
  }
  if (summary) {
    console.log(`${'wrong variants by cause'.padEnd(24)}${CAUSES.map((c) => c.padStart(18)).join('')}`);
    for (const k of VARIANT_KINDS) console.log(`${k.padEnd(24)}${CAUSES.map((c) => String(causes[k]![c]).padStart(18)).join('')}`);
  }
  console.log('\n' + VARIANT_KINDS.map((k) => `${k} ${tally[k]![0]}/${tally[k]![1]}`).join('  '));
}

main();
