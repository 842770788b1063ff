/**
 * A self-contained HTML coverage report (one file, inline CSS, no scripts, no external resources;
 * a Content-Security-Policy forbids loading any). Every piece of text is HTML-escaped: drafts are
 * untrusted input and may contain markup.
 */
import type { Finding, Status } from '../engine/types';
import { bestEvidence, fileCoverage, formatScore, statusCounts, STATUS_LABELS, type FileCoverage } from './coverage-model';
import { packsOf, type RunReport } from './model';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STATUS_CLASS: Record<Status, string> = {
  present: 'ok',
  suppressed: 'ok',
  weak: 'warn',
  'below-threshold': 'warn',
  'wrong-party': 'warn',
  negated: 'bad',
  missing: 'bad',
};

const CSS = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1f24;background:#fff}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.5rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}h3{font-size:1.05rem;margin-top:1.5rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.num{text-align:right}code{font-size:.85em;background:#f6f8fa;padding:0 .2em;border-radius:3px}
.status{display:inline-block;border-radius:1em;padding:0 .6em;font-weight:600;white-space:nowrap}
.ok{background:#dafbe1;color:#116329}.warn{background:#fff8c5;color:#7d4e00}.bad{background:#ffebe9;color:#a40e26}
.muted{color:#57606a}blockquote{margin:0;color:#57606a}
@media print{body{margin:0;max-width:none}h2{break-before:page}}
`;

function findingRow(f: Finding): string {
  const ev = bestEvidence(f, 240);
  const evidence = ev
    ? `<span class="muted">line ${ev.line}</span><blockquote>${escapeHtml(ev.text)}</blockquote>${ev.more ? `<span class="muted">+${ev.more} more</span>` : ''}`
    : '<span class="muted">—</span>';
  const note = f.status === 'present' ? '' : escapeHtml(f.message);
  return (
    `<tr><td>${escapeHtml(f.requirement.title)}<br><code>${escapeHtml(f.requirement.id)}</code></td>` +
    `<td><span class="status ${STATUS_CLASS[f.status]}">${escapeHtml(STATUS_LABELS[f.status])}</span></td>` +
    `<td>${escapeHtml(f.severity)}</td><td>${evidence}</td><td>${note}</td></tr>`
  );
}

function fileSection(cov: FileCoverage): string {
  const parts = [
    `<section><h2>${escapeHtml(cov.file.path)}</h2>`,
    `<p>Score: <strong>${escapeHtml(formatScore(cov.score))}</strong> · perspective: ${escapeHtml(cov.file.settings.perspective)}</p>`,
  ];
  for (const h of cov.headings) {
    parts.push(`<h3>${escapeHtml(h.title)} <span class="muted">— ${escapeHtml(formatScore(h.score))}</span></h3>`);
    parts.push('<table><thead><tr><th>Requirement</th><th>Status</th><th>Severity</th><th>Evidence</th><th>Finding</th></tr></thead><tbody>');
    for (const f of h.findings) parts.push(findingRow(f));
    parts.push('</tbody></table>');
  }
  parts.push('</section>');
  return parts.join('\n');
}

export function htmlReport(report: RunReport): string {
  const packs = packsOf(report).map((p) => `${escapeHtml(p.title)} (<code>${escapeHtml(`${p.id} ${p.version}`)}</code>)`);
  const rows: string[] = [];
  const coverages: FileCoverage[] = [];
  for (const file of report.files) {
    const cov = fileCoverage(file);
    if (!cov) {
      const why = file.result.notices[0]?.message ?? file.result.reason;
      rows.push(`<tr><td>${escapeHtml(file.path)}</td><td colspan="9" class="muted">not checked: ${escapeHtml(why)}</td></tr>`);
      continue;
    }
    coverages.push(cov);
    const c = statusCounts(cov.headings.flatMap((h) => h.findings));
    const counts = [c.missing, c.negated, c['wrong-party'], c['below-threshold'], c.weak, c.suppressed, c.present].map((n) => `<td class="num">${n}</td>`).join('');
    rows.push(`<tr><td>${escapeHtml(file.path)}</td><td>yes</td><td class="num">${escapeHtml(formatScore(cov.score))}</td>${counts}</tr>`);
  }
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>clauselint coverage report</title>
<style>${CSS}</style>
</head>
<body>
<h1>clauselint coverage report</h1>
<p>Checked against ${packs.join(', ') || 'no clause pack'} with clauselint ${escapeHtml(report.toolVersion)}.</p>
<table><thead><tr><th>File</th><th>Checked</th><th>Score</th><th>Missing</th><th>Negated</th><th>Wrong party</th><th>Below threshold</th><th>Hedged</th><th>Accepted</th><th>Present</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>
${coverages.map(fileSection).join('\n')}
<p class="muted">Score: the share of checked requirements that are present or accepted. Hedged, negated, below-threshold and wrong-party clauses count as not met.</p>
</body>
</html>
`;
}
