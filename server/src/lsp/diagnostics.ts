/** Engine findings → LSP diagnostics (0-based UTF-16 positions, as LSP wants). */
import * as path from 'node:path';
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver/node';
import type { CheckResult, SetCheck } from '../host/service';
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

/** `uri`: the document's, for the related information of conflicts (omitted, they carry none). */
export function toDiagnostics(result: CheckResult, _settings: Settings, uri?: string): Diagnostic[] {
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
      ...(f.status === 'missing' && result.set ? { relatedInformation: partsRead(result.set) } : {}),
    });
  }
  // Conflicts, suppression problems and placeholders: shared with the CLI (document-notices.ts). A
  // conflict names both clauses as related information.
  for (const n of analysisNotices(result)) {
    const range = (s: { start: number; end: number }) => ({ start: result.lines.position(s.start), end: result.lines.position(s.end) });
    const f = n.conflictOf;
    if (!f) {
      out.push({ range: range(n), severity: SEVERITY[n.severity], source: 'clauselint', code: n.code, message: n.message });
      continue;
    }
    const data: DiagnosticData = { requirement: f.requirement.id, status: 'conflict' };
    out.push({
      range: range(n),
      severity: SEVERITY[n.severity],
      source: 'clauselint',
      code: n.code,
      codeDescription: { href: f.requirement.citation.url },
      message: n.message,
      data,
      ...(uri && f.conflict ? { relatedInformation: f.conflict.related.map((r) => ({ location: { uri, range: range(r.range) }, message: `${r.label} (line ${r.line})` })) } : {}),
    });
  }
  return out;
}

/** For a missing clause of a contract set: the parts that were read, so the reader sees it is missing from all of them. */
function partsRead(set: SetCheck): DiagnosticRelatedInformation[] {
  return set.parts.map((p) => ({
    location: { uri: p.file, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
    message: `read as part of this contract: ${path.basename(p.path)} (no clause there either)`,
  }));
}
