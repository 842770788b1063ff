/** What every reporter receives: one CheckResult per file, with the settings and catalog used. */
import type { Catalog, PackHeading, PackManifest, Requirement, Severity } from '../engine';
import type { CheckResult } from '../host/service';
import type { Settings } from '../host/settings';

export interface FileCheck {
  /** As shown in reports: relative to the working folder, with forward slashes. */
  path: string;
  absolutePath: string;
  /** Named on the command line (always checked). */
  explicit: boolean;
  result: CheckResult;
  settings: Settings;
  catalog: Catalog;
  /** For the main document of a contract set: its parts, each with its own findings. */
  parts?: FileCheck[];
  /** A Word draft checked as converted Markdown: the Word paragraph of each 0-based Markdown line. */
  word?: { paragraphOfLine: number[] };
}

/** Where a finding is, as the reader of the file finds it: "12:5", or "¶7" in a Word draft. */
export function positionLabel(file: FileCheck, offset: number): string {
  const p = file.result.lines.position(offset);
  if (file.word) return `¶${file.word.paragraphOfLine[p.line] ?? file.word.paragraphOfLine[file.word.paragraphOfLine.length - 1] ?? 1}`;
  return `${p.line + 1}:${p.character + 1}`;
}

/** Every file a report covers: each main document followed by its parts. */
export function allFileChecks(report: RunReport): FileCheck[] {
  return report.files.flatMap((f) => [f, ...(f.parts ?? [])]);
}

/** How a report names a member of a contract set (given by the path or URI the check used). */
export function memberDisplay(file: FileCheck): (member: string | undefined) => string | undefined {
  const byId = new Map<string, string>([[file.absolutePath, file.path]]);
  for (const p of file.parts ?? []) byId.set(p.absolutePath, p.path);
  return (member) => (member === undefined ? undefined : byId.get(member) ?? member);
}

export interface RunReport {
  files: FileCheck[];
  toolVersion: string;
  /** The working folder the CLI ran in. */
  cwd: string;
}

/** Every pack used by any file, first use first, without duplicates. */
export function packsOf(report: RunReport): PackManifest[] {
  const seen = new Map<string, PackManifest>();
  for (const f of report.files) for (const p of f.catalog.packs) if (!seen.has(`${p.id}@${p.version}`)) seen.set(`${p.id}@${p.version}`, p);
  return [...seen.values()];
}

/** Every requirement of the catalogs used, in catalog order, by id. */
export function requirementsOf(report: RunReport): Requirement[] {
  const seen = new Map<string, Requirement>();
  for (const f of report.files) for (const r of f.catalog.requirements) if (!seen.has(r.id)) seen.set(r.id, r);
  return [...seen.values()];
}

/** Every heading of the catalogs used, in catalog order, by id. */
export function headingsOf(report: RunReport): PackHeading[] {
  const seen = new Map<string, PackHeading>();
  for (const f of report.files) for (const h of f.catalog.headings) if (!seen.has(h.id)) seen.set(h.id, h);
  return [...seen.values()];
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

/** Reported problems and notices per severity, over all files. */
export function countBySeverity(report: RunReport): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const f of allFileChecks(report)) {
    for (const p of f.result.problems) counts[p.severity]++;
    for (const n of f.result.notices) counts[n.severity]++;
  }
  return counts;
}

/** The notice code of a draft on which the engine failed (the batch goes on without it). */
export const CHECK_FAILED = 'document-check-failed';

export const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };
