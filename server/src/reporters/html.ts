/**
 * A self-contained HTML coverage report (one file, inline CSS, no scripts, no external resources;
 * a Content-Security-Policy forbids loading any). Every piece of text is HTML-escaped: drafts are
 * untrusted input and may contain markup.
 */
import type { Coverage, CoverageItem } from '../engine';
import { escapeHtml } from './escape';
import { htmlPage } from './html-page';
import { STATUS_CLASS } from './status';
import { bestEvidence, fileCoverage, formatScore, notCheckedReason, SUMMARY_COLUMNS } from './coverage-format';
import { packsOf, type FileCheck, type RunReport } from './model';

const CSS = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1f24;background:#fff}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.5rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}h3{font-size:1.05rem;margin-top:1.5rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}table.requirements{table-layout:fixed}table.requirements td{overflow-wrap:anywhere}td.num{text-align:right;white-space:nowrap}code{font-size:.85em;background:#f6f8fa;padding:0 .2em;border-radius:3px}
.status{display:inline-block;border-radius:1em;padding:0 .6em;font-weight:600;white-space:nowrap}
.ok,.accepted{background:#dafbe1;color:#116329}.warn{background:#fff8c5;color:#7d4e00}.bad{background:#ffebe9;color:#a40e26}
.muted{color:#57606a}blockquote{margin:0;color:#57606a}
@media print{body{margin:0;max-width:none}h2{break-before:page}}
`;

function itemRow(item: CoverageItem): string {
  const ev = bestEvidence(item, 240);
  const evidence = ev
    ? `<span class="muted">${escapeHtml(ev.where)}</span><blockquote>${escapeHtml(ev.text)}</blockquote>${ev.more ? `<span class="muted">+${ev.more} more</span>` : ''}`
    : '<span class="muted">—</span>';
  const message = item.status === 'present' ? '' : escapeHtml(item.message);
  // An unverified citation reads "paraphrased from …; not a quotation" (engine/citation.ts).
  const source = `<div class="muted">Source: <a href="${escapeHtml(item.citation.url)}">${escapeHtml(item.citation.label)}</a></div>`;
  const note = message + source;
  return (
    `<tr><td>${escapeHtml(item.title)}<br><code>${escapeHtml(item.id)}</code>${item.controls ? `<br><span class="muted">Also: ${escapeHtml(item.controls)}</span>` : ''}</td>` +
    `<td><span class="status ${STATUS_CLASS[item.status]}">${escapeHtml(item.statusLabel)}</span></td>` +
    `<td>${escapeHtml(item.severity)}</td><td>${evidence}</td><td>${note}</td></tr>`
  );
}

function fileSection(file: FileCheck, cov: Coverage): string {
  const parts = [
    `<section><h2>${escapeHtml(file.path)}</h2>`,
    file.parts?.length ? `<p>One contract in ${(cov.files ?? []).length} files: ${(cov.files ?? []).map(escapeHtml).join(', ')}.</p>` : '',
    `<p>Score: <strong>${escapeHtml(formatScore(cov.score))}</strong> · perspective: ${escapeHtml(file.settings.perspective)}</p>`,
  ];
  for (const group of cov.groups) {
    parts.push(`<h3>${escapeHtml(group.title)} <span class="muted">— ${escapeHtml(formatScore(group.score))}</span></h3>`);
    // Fixed column widths, so the tables under every heading line up.
    parts.push(
      '<table class="requirements"><colgroup><col style="width:26%"><col style="width:12%"><col style="width:8%"><col style="width:30%"><col style="width:24%"></colgroup>' +
        '<thead><tr><th>Requirement</th><th>Status</th><th>Severity</th><th>Evidence</th><th>Finding</th></tr></thead><tbody>',
    );
    for (const item of group.items) parts.push(itemRow(item));
    parts.push('</tbody></table>');
  }
  parts.push('</section>');
  return parts.join('\n');
}

export function htmlReport(report: RunReport): string {
  const packs = packsOf(report).map((p) => `${escapeHtml(p.title)} (<code>${escapeHtml(`${p.id} ${p.version}`)}</code>)`);
  const rows: string[] = [];
  const sections: string[] = [];
  for (const file of report.files) {
    const cov = fileCoverage(file);
    if (!cov) {
      rows.push(`<tr><td>${escapeHtml(file.path)}</td><td colspan="${2 + SUMMARY_COLUMNS.length}" class="muted">not checked: ${escapeHtml(notCheckedReason(file))}</td></tr>`);
      continue;
    }
    const counts = SUMMARY_COLUMNS.map(([status]) => `<td class="num">${cov.counts[status]}</td>`).join('');
    rows.push(`<tr><td>${escapeHtml(file.path)}</td><td>yes</td><td class="num">${escapeHtml(formatScore(cov.score))}</td>${counts}</tr>`);
    sections.push(fileSection(file, cov));
  }
  return htmlPage({
    title: 'clauselint coverage report',
    csp: "default-src 'none'; style-src 'unsafe-inline'",
    css: CSS,
    body: `<h1>clauselint coverage report</h1>
<p>Checked against ${packs.join(', ') || 'no clause pack'} with clauselint ${escapeHtml(report.toolVersion)}.</p>
<table><thead><tr><th>File</th><th>Checked</th><th>Score</th>${SUMMARY_COLUMNS.map(([, title]) => `<th>${title}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>
${sections.join('\n')}
<p class="muted">Score: the share of checked requirements that are present or accepted. Hedged, negated, below-threshold and wrong-party clauses count as not met.</p>`,
  });
}
