/** Engine findings → LSP diagnostics (0-based UTF-16 positions, as LSP wants). */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { CheckResult } from './service';
import type { Settings } from './settings';
import type { Severity } from './engine/types';
import { findPlaceholders } from './engine/placeholders';

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
  if (result.checked && result.analysis) {
    const { analysis } = result;
    const range = (s: { start: number; end: number }) => ({ start: result.lines.position(s.start), end: result.lines.position(s.end) });
    // Suppressions that need attention (no reason, unknown id): warnings on the comment itself.
    for (const p of analysis.suppressions.problems) {
      out.push({ range: range(p), severity: DiagnosticSeverity.Warning, source: 'clauselint', code: p.code, message: p.message });
    }
    // Bracketed template values the drafter still has to confirm (rule in engine/placeholders.ts).
    for (const p of findPlaceholders(analysis)) {
      out.push({
        range: range(p),
        severity: DiagnosticSeverity.Information,
        source: 'clauselint',
        code: 'placeholder',
        message: `Confirm or replace the bracketed value “[${p.value}]”: it is a placeholder from a clause template.`,
      });
    }
  }
  return out;
}
