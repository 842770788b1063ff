/**
 * Coverage as files for procurement: a Markdown table per advisory heading, and a CSV with one
 * row per requirement. Pure functions over the Coverage JSON, shared by the editor's export
 * button and anything else that has a Coverage.
 */
import type { Coverage } from '../engine';
import { csvField as field, escapeMarkdown as cell } from './escape';

export function coverageMarkdown(coverage: Coverage, documentName: string): string {
  const lines: string[] = [];
  const score = coverage.score.percent === undefined ? 'n/a' : `${coverage.score.percent}% (${coverage.score.met} of ${coverage.score.total} met)`;
  lines.push(`# AA22-131A coverage: ${cell(documentName)}`, '');
  lines.push(`Parties: provider “${cell(coverage.parties.provider)}”, customer “${cell(coverage.parties.customer)}”. Score: ${score}. Met means present or accepted with a reason.`, '');
  for (const group of coverage.groups) {
    lines.push(`## ${cell(group.title)} (${group.score.met}/${group.score.total})`, '');
    lines.push('| requirement | id | status | severity | evidence | source | also |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const item of group.items) {
      const evidence = item.suppression
        ? `accepted (line ${item.suppression.line}): ${cell(item.suppression.reason || 'no reason given')}`
        : item.evidence.length ? item.evidence.map((e) => `line ${e.line}: ${cell(e.text)}`).join('<br>') : '—';
      lines.push(`| ${cell(item.title)} | \`${item.id}\` | ${item.statusLabel} | ${item.severity} | ${evidence} | [${cell(item.citation.label)}](${item.citation.url}) | ${item.controls ? cell(item.controls) : '—'} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

export function coverageCsv(coverage: Coverage): string {
  const rows: (string | number)[][] = [['heading', 'id', 'requirement', 'status', 'severity', 'party', 'lines', 'evidence', 'reason', 'citation', 'url', 'controls']];
  for (const group of coverage.groups) {
    for (const item of group.items) {
      const lines = item.suppression ? String(item.suppression.line) : item.evidence.map((e) => (e.line === e.endLine ? `${e.line}` : `${e.line}-${e.endLine}`)).join(' ');
      const evidence = item.evidence.map((e) => e.text).join(' | ');
      const reason = item.suppression ? `accepted: ${item.suppression.reason || 'no reason given'}` : item.evidence[0]?.reason ?? '';
      rows.push([group.title, item.id, item.title, item.statusLabel, item.severity, item.party, lines, evidence, reason, item.citation.label, item.citation.url, item.controls]);
    }
  }
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
