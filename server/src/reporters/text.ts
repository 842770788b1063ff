/**
 * The human report: findings grouped by file, one line each, `line:column severity requirement
 * message` (1-based line and column, as editors show them), then a one-line summary.
 */
import type { Severity } from '../engine';
import { countBySeverity, positionLabel, type FileCheck, type RunReport } from './model';

type Style = (text: string) => string;

export interface Palette {
  file: Style;
  position: Style;
  code: Style;
  severity: Record<Severity, Style>;
  summaryFail: Style;
  summaryPass: Style;
}

const plain: Style = (t) => t;
const sgr = (open: number, close: number): Style => (t) => `\u001b[${open}m${t}\u001b[${close}m`;

export function palette(color: boolean): Palette {
  if (!color) return { file: plain, position: plain, code: plain, severity: { error: plain, warning: plain, info: plain }, summaryFail: plain, summaryPass: plain };
  const bold = sgr(1, 22);
  const dim = sgr(2, 22);
  const red = sgr(31, 39);
  const yellow = sgr(33, 39);
  const cyan = sgr(36, 39);
  const green = sgr(32, 39);
  return {
    file: (t) => bold(sgr(4, 24)(t)),
    position: dim,
    code: dim,
    severity: { error: red, warning: yellow, info: cyan },
    summaryFail: (t) => bold(red(t)),
    summaryPass: (t) => bold(green(t)),
  };
}

interface Row {
  position: string;
  severity: Severity;
  code: string;
  message: string;
}

function rowsOf(file: FileCheck): Row[] {
  const { result } = file;
  const row = (start: number, severity: Severity, code: string, message: string): Row => ({ position: positionLabel(file, start), severity, code, message });
  // In document order, as a reader goes through the draft.
  return [
    ...result.notices.map((n) => ({ at: n.start, row: row(n.start, n.severity, n.code, n.message) })),
    ...result.problems.map((f) => ({ at: f.range.start, row: row(f.range.start, f.severity, f.requirement.id, f.message) })),
  ]
    .sort((a, b) => a.at - b.at || a.row.code.localeCompare(b.row.code))
    .map((r) => r.row);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function textReport(report: RunReport, color: boolean): string {
  const c = palette(color);
  const out: string[] = [];
  for (const file of report.files) {
    // A contract set: the main document's findings (missing clauses among them), then each part's.
    const groups = [{ file, title: file.parts?.length ? `${file.path} (contract with ${file.parts.map((p) => p.path).join(', ')})` : file.path }];
    for (const part of file.parts ?? []) groups.push({ file: part, title: `${part.path} (part of ${file.path})` });
    for (const group of groups) {
      const rows = rowsOf(group.file);
      if (!rows.length) continue;
      const pw = Math.max(...rows.map((r) => r.position.length));
      const cw = Math.max(...rows.map((r) => r.code.length));
      out.push(c.file(group.title));
      for (const r of rows) {
        out.push(`  ${c.position(r.position.padEnd(pw))}  ${c.severity[r.severity](r.severity.padEnd(7))}  ${c.code(r.code.padEnd(cw))}  ${r.message}`);
      }
      out.push('');
    }
  }
  out.push(summary(report, c));
  return out.join('\n') + '\n';
}

function summary(report: RunReport, c: Palette): string {
  const counts = countBySeverity(report);
  const total = counts.error + counts.warning + counts.info;
  const checked = report.files.filter((f) => f.result.checked).length;
  const skipped = report.files.length - checked;
  const parts = report.files.reduce((n, f) => n + (f.parts?.length ?? 0), 0);
  const scope = `${plural(checked, 'contract draft')} checked` + (parts ? ` (with ${plural(parts, 'part')} in other files)` : '') + (skipped ? `, ${plural(skipped, 'file')} skipped (not a contract draft, excluded, or not readable)` : '');
  if (!total) return c.summaryPass(`✔ no findings`) + ` · ${scope}`;
  const bySeverity = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), `${counts.info} info`];
  return c.summaryFail(`✖ ${plural(total, 'finding')}`) + ` (${bySeverity.join(', ')}) · ${scope}`;
}
