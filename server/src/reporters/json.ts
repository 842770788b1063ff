/**
 * The stable JSON report (version 1): what evaluation and other tools consume.
 * Lines in `evidence` are 1-based; `range` positions are 0-based UTF-16 (as LSP).
 */
import type { CheckResult } from '../host/service';
import { citationText, type Catalog, type ControlRefs, type Evidence, type Finding, type Status } from '../engine';
import { memberDisplay, type FileCheck } from './model';

export interface JsonEvidence {
  /** In a contract set: the file the evidence is in. */
  file?: string;
  line: number;
  endLine: number;
  text: string;
  status?: Status;
  reason?: string;
  /** How the sentence was read (party, words, disclaimer). */
  basis?: string[];
}

export interface JsonRequirement {
  id: string;
  heading: string;
  party: string;
  /** Controls of other frameworks that ask for the same measure (`controls:` of the requirement). */
  controls: ControlRefs;
  severity: string;
  status: Status;
  evidence: JsonEvidence[];
  message: string;
  /** In a contract set: the file the finding is reported in. */
  file?: string;
  /** Why the first evidence decided the status, when it is not simply the best. */
  decision?: string;
  /** A binding clause and a disclaimer or narrowing of the same duty (1-based lines). */
  conflict?: { message: string; lines: number[] };
  /** label is "paraphrased from …; not a quotation" when `verified` is false. */
  citation: { label: string; url: string; verified: boolean };
}

export interface JsonDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: string;
  code: string;
  message: string;
  /** In a Word draft: the 1-based Word paragraph (ranges are in the converted Markdown). */
  paragraph?: number;
}

export interface JsonFile {
  path: string;
  isContract: boolean;
  requirements: JsonRequirement[];
  diagnostics: JsonDiagnostic[];
  /** For the main document of a contract set: its parts and their diagnostics (requirements above cover the whole set). */
  parts?: { path: string; diagnostics: JsonDiagnostic[] }[];
}

export interface JsonReport {
  version: 1;
  packs: { id: string; version: string }[];
  files: JsonFile[];
}

export function jsonFile(file: FileCheck): JsonFile {
  const { result } = file;
  const set = result.checked ? result.set : undefined;
  const display = memberDisplay(file);
  type Located = Omit<Finding, 'evidence'> & { file?: string; evidence: (Evidence & { file?: string })[] };
  const findings: Located[] = set ? set.analysis.findings : result.checked && result.analysis ? result.analysis.findings : [];
  return {
    path: file.path,
    isContract: result.checked,
    requirements: findings.map((f) => ({
      id: f.requirement.id,
      heading: f.requirement.heading,
      party: f.requirement.party,
      controls: f.requirement.controls,
      severity: f.severity,
      status: f.status,
      evidence: f.evidence.map((e) => ({ ...(set ? { file: display(e.file) } : {}), line: e.line, endLine: e.endLine, text: e.text, status: e.status, reason: e.reason, ...(e.basis ? { basis: e.basis } : {}) })),
      message: f.message,
      ...(set ? { file: display(f.file) } : {}),
      ...(f.decision ? { decision: f.decision } : {}),
      ...(f.conflict ? { conflict: { message: f.conflict.message, lines: f.conflict.related.map((r) => r.line) } } : {}),
      citation: { label: citationText(f.requirement), url: f.requirement.citation.url, verified: f.requirement.citation.verified },
    })),
    diagnostics: diagnosticsOf(result).map((d) => (file.word ? { ...d, paragraph: file.word.paragraphOfLine[d.range.start.line] ?? 1 } : d)),
    ...(file.parts ? { parts: file.parts.map((p) => ({ path: p.path, diagnostics: diagnosticsOf(p.result) })) } : {}),
  };
}

function diagnosticsOf(result: CheckResult): JsonDiagnostic[] {
  const pos = (offset: number): { line: number; character: number } => result.lines.position(offset);
  return [
    ...result.notices.map((n) => ({ range: { start: pos(n.start), end: pos(n.end) }, severity: n.severity, code: n.code, message: n.message })),
    ...result.problems.map((f) => ({ range: { start: pos(f.range.start), end: pos(f.range.end) }, severity: f.severity, code: f.requirement.id, message: f.message })),
  ];
}

export function jsonReport(catalog: Catalog, files: JsonFile[]): JsonReport {
  return { version: 1, packs: catalog.packs.map((p) => ({ id: p.id, version: p.version })), files };
}
