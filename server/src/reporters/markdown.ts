/**
 * A Markdown coverage report: a summary table of all files, then per contract draft its
 * requirements grouped by AA22-131A heading with status, evidence and score. Text taken from the
 * drafts is escaped so it can never turn into links, HTML or table cells in the rendered report.
 */
import type { Coverage, CoverageItem } from '../engine';
import { escapeMarkdown as mdText, markdownCode as mdCode, markdownUrl } from './escape';
import { STATUS_MARK } from './status';
import { bestEvidence, fileCoverage, formatScore, notCheckedReason, SUMMARY_COLUMNS } from './coverage-format';
import { packsOf, type FileCheck, type RunReport } from './model';

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function itemRow(item: CoverageItem): string {
  const ev = bestEvidence(item, 160);
  const evidence = ev ? `${mdText(ev.where)}: “${mdText(ev.text)}”${ev.more ? ` (+${ev.more} more)` : ''}` : '—';
  const message = item.status === 'present' ? '' : `${mdText(item.message)} · `;
  // An unverified citation reads "paraphrased from …; not a quotation" (engine/citation.ts).
  const note = `${message}Source: [${mdText(item.citation.label)}](${markdownUrl(item.citation.url)})`;
  const also = item.controls ? `<br>Also: ${mdText(item.controls)}` : '';
  return row([`${mdText(item.title)} ${mdCode(item.id)}${also}`, `${STATUS_MARK[item.status]} ${item.statusLabel}`, item.severity, evidence, note]);
}

function fileSection(file: FileCheck, cov: Coverage): string[] {
  const out = [`## ${mdText(file.path)}`, ''];
  if (file.parts?.length) out.push(`One contract in ${cov.files?.length ?? file.parts.length + 1} files: ${(cov.files ?? []).map(mdText).join(', ')}.`, '');
  out.push(`Score: **${formatScore(cov.score)}** · perspective: ${file.settings.perspective}`, '');
  for (const group of cov.groups) {
    out.push(`### ${mdText(group.title)} — ${formatScore(group.score)}`, '');
    out.push(row(['Requirement', 'Status', 'Severity', 'Evidence', 'Finding']), row(['---', '---', '---', '---', '---']));
    for (const item of group.items) out.push(itemRow(item));
    out.push('');
  }
  return out;
}

export function markdownReport(report: RunReport): string {
  const packs = packsOf(report).map((p) => `${mdText(p.title)} (${mdCode(`${p.id} ${p.version}`)})`);
  const out = ['# clauselint coverage report', '', `Checked against ${packs.join(', ') || 'no clause pack'} with clauselint ${report.toolVersion}.`, ''];
  out.push(row(['File', 'Checked', 'Score', ...SUMMARY_COLUMNS.map(([, title]) => title)]));
  out.push(row(['---', '---', '---:', ...SUMMARY_COLUMNS.map(() => '---:')]));
  const sections: string[] = [];
  for (const file of report.files) {
    const cov = fileCoverage(file);
    if (!cov) {
      out.push(row([mdText(file.path), `no: ${mdText(notCheckedReason(file))}`, '', ...SUMMARY_COLUMNS.map(() => '')]));
      continue;
    }
    out.push(row([mdText(file.path), 'yes', formatScore(cov.score), ...SUMMARY_COLUMNS.map(([status]) => String(cov.counts[status]))]));
    sections.push(...fileSection(file, cov));
  }
  out.push('', ...sections);
  out.push('Score: the share of checked requirements that are present or accepted. Hedged, negated, below-threshold and wrong-party clauses count as not met.', '');
  return out.join('\n');
}
