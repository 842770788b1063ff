/**
 * The stable JSON report (version 1): what evaluation and other tools consume.
 * Lines in `evidence` are 1-based; `range` positions are 0-based UTF-16 (as LSP).
 */
import type { CheckResult } from '../host/service';
import type { Catalog, Status } from '../engine';

export interface JsonEvidence {
  line: number;
  endLine: number;
  text: string;
  status?: Status;
  reason?: string;
}

export interface JsonRequirement {
  id: string;
  heading: string;
  party: string;
  severity: string;
  status: Status;
  evidence: JsonEvidence[];
  message: string;
}

export interface JsonDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: string;
  code: string;
  message: string;
}

export interface JsonFile {
  path: string;
  isContract: boolean;
  requirements: JsonRequirement[];
  diagnostics: JsonDiagnostic[];
}

export interface JsonReport {
  version: 1;
  packs: { id: string; version: string }[];
  files: JsonFile[];
}

export function jsonFile(path: string, result: CheckResult): JsonFile {
  const findings = result.checked && result.analysis ? result.analysis.findings : [];
  const pos = (offset: number): { line: number; character: number } => result.lines.position(offset);
  return {
    path,
    isContract: result.checked,
    requirements: findings.map((f) => ({
      id: f.requirement.id,
      heading: f.requirement.heading,
      party: f.requirement.party,
      severity: f.severity,
      status: f.status,
      evidence: f.evidence.map((e) => ({ line: e.line, endLine: e.endLine, text: e.text, status: e.status, reason: e.reason })),
      message: f.message,
    })),
    diagnostics: [
      ...result.notices.map((n) => ({ range: { start: pos(n.start), end: pos(n.end) }, severity: n.severity, code: n.code, message: n.message })),
      ...result.problems.map((f) => ({ range: { start: pos(f.range.start), end: pos(f.range.end) }, severity: f.severity, code: f.requirement.id, message: f.message })),
    ],
  };
}

export function jsonReport(catalog: Catalog, files: JsonFile[]): JsonReport {
  return { version: 1, packs: catalog.packs.map((p) => ({ id: p.id, version: p.version })), files };
}
