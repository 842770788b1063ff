/**
 * A Markdown coverage report: a summary table of all files, then per contract draft its
 * requirements grouped by AA22-131A heading with status, evidence and score. Text taken from the
 * drafts is escaped so it can never turn into links, HTML or table cells in the rendered report.
 */
import type { Finding, Status } from '../engine/types';
import { bestEvidence, fileCoverage, formatScore, statusCounts, STATUS_LABELS, type FileCoverage } from './coverage-model';
import { packsOf, type RunReport } from './model';

const STATUS_MARK: Record<Status, string> = {
  present: '✅',
  suppressed: '☑️',
  weak: '⚠️',
  'below-threshold': '⚠️',
  'wrong-party': '⚠️',
  negated: '❌',
  missing: '❌',
};

/** Escapes Markdown punctuation (and line breaks) so the text renders literally in a table cell. */
export function mdText(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(/[\\`*_[\]<>|~&#!]/g, (c) => `\\${c}`);
}

/** A code span that survives any backticks inside. */
function mdCode(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${longest ? ` ${text} ` : text}${fence}`;
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function findingRow(f: Finding): string {
  const ev = bestEvidence(f, 160);
  const evidence = ev ? `line ${ev.line}: “${mdText(ev.text)}”${ev.more ? ` (+${ev.more} more)` : ''}` : '—';
  const note = f.status === 'present' ? '' : mdText(f.message);
  return row([`${mdText(f.requirement.title)} ${mdCode(f.requirement.id)}`, `${STATUS_MARK[f.status]} ${STATUS_LABELS[f.status]}`, f.severity, evidence, note]);
}

function fileSection(cov: FileCoverage): string[] {
  const out = [`## ${mdText(cov.file.path)}`, '', `Score: **${formatScore(cov.score)}** · perspective: ${cov.file.settings.perspective}`, ''];
  for (const h of cov.headings) {
    out.push(`### ${mdText(h.title)} — ${formatScore(h.score)}`, '');
    out.push(row(['Requirement', 'Status', 'Severity', 'Evidence', 'Finding']), row(['---', '---', '---', '---', '---']));
    for (const f of h.findings) out.push(findingRow(f));
    out.push('');
  }
  return out;
}

export function markdownReport(report: RunReport): string {
  const packs = packsOf(report).map((p) => `${mdText(p.title)} (${mdCode(`${p.id} ${p.version}`)})`);
  const out = ['# clauselint coverage report', '', `Checked against ${packs.join(', ') || 'no clause pack'} with clauselint ${report.toolVersion}.`, ''];
  out.push(row(['File', 'Checked', 'Score', 'Missing', 'Negated', 'Wrong party', 'Below threshold', 'Hedged', 'Accepted', 'Present']));
  out.push(row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  const coverages: FileCoverage[] = [];
  for (const file of report.files) {
    const cov = fileCoverage(file);
    if (!cov) {
      const why = file.result.notices[0]?.message ?? file.result.reason;
      out.push(row([mdText(file.path), `no: ${mdText(why)}`, '', '', '', '', '', '', '', '']));
      continue;
    }
    coverages.push(cov);
    const c = statusCounts(cov.headings.flatMap((h) => h.findings));
    out.push(row([mdText(file.path), 'yes', formatScore(cov.score), ...[c.missing, c.negated, c['wrong-party'], c['below-threshold'], c.weak, c.suppressed, c.present].map(String)]));
  }
  out.push('');
  for (const cov of coverages) out.push(...fileSection(cov));
  out.push('Score: the share of checked requirements that are present or accepted. Hedged, negated, below-threshold and wrong-party clauses count as not met.', '');
  return out.join('\n');
}
