/** Engine findings → LSP diagnostics (0-based UTF-16 positions, as LSP wants). */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { CheckResult } from '../host/service';
import type { Settings } from '../host/settings';
import type { Severity } from '../engine';
import { analysisNotices } from '../host/document-notices';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export interface DiagnosticData {
  requirement: string;
  status: string;
}

export function toDiagnostics(result: CheckResult, _settings: Settings): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const notice of result.notices) {
    out.push({
      range: { start: result.lines.position(notice.start), end: result.lines.position(notice.end) },
      severity: SEVERITY[notice.severity],
      source: 'clauselint',
      code: notice.code,
      message: notice.message,
    });
  }
  for (const f of result.problems) {
    const data: DiagnosticData = { requirement: f.requirement.id, status: f.status };
    out.push({
      range: { start: result.lines.position(f.range.start), end: result.lines.position(f.range.end) },
      severity: SEVERITY[f.severity],
      source: 'clauselint',
      code: f.requirement.id,
      codeDescription: { href: f.requirement.citation.url },
      message: f.message,
      data,
    });
  }
  // Suppression problems and placeholders: shared with the CLI (document-notices.ts).
  for (const n of analysisNotices(result)) {
    out.push({ range: { start: result.lines.position(n.start), end: result.lines.position(n.end) }, severity: SEVERITY[n.severity], source: 'clauselint', code: n.code, message: n.message });
  }
  return out;
}
