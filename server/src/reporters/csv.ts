/**
 * A compliance matrix for spreadsheets: one row per file, one column per requirement, each cell
 * the requirement's status in that file. RFC 4180 (CRLF, fields quoted when needed, quotes
 * doubled). A cell that a spreadsheet would read as a formula (= + - @, tab, CR) gets a leading
 * apostrophe, so a file name or a draft can never run a formula on the reviewer's machine.
 */
import { csvField } from './escape';
import { fileCoverage, notCheckedReason } from './coverage-format';
import { requirementsOf, type RunReport } from './model';

export function csvReport(report: RunReport): string {
  const requirements = requirementsOf(report);
  const lines = [['file', 'checked', 'score', 'met', 'total', ...requirements.map((r) => r.id)]];
  for (const file of report.files) {
    const cov = fileCoverage(file);
    if (!cov) {
      lines.push([file.path, `no: ${notCheckedReason(file)}`, '', '', '', ...requirements.map(() => '')]);
      continue;
    }
    const status = new Map(cov.groups.flatMap((g) => g.items).map((item) => [item.id, item.status]));
    const { met, total, percent } = cov.score;
    lines.push([
      file.path,
      'yes',
      percent === undefined ? '' : String(percent),
      String(met),
      String(total),
      // An empty cell: the requirement is not checked for this file (other perspective, "off", other pack).
      ...requirements.map((r) => status.get(r.id) ?? ''),
    ]);
  }
  return lines.map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}
