/**
 * Coverage (engine/coverage.ts: requirements grouped by AA22-131A heading, with a score) as the
 * CLI's Markdown, HTML and CSV reports show it, per file.
 */
import { coverageOf, coverageOfSet, type Coverage, type CoverageItem, type Score } from '../engine';
import { squash } from '../engine';
import type { Status } from '../engine';
import { memberDisplay, type FileCheck } from './model';

/**
 * Coverage of a file that was checked as a contract; undefined for any other file. For the main
 * document of a contract set, the coverage of the whole set, each evidence naming its file as the
 * report shows it.
 */
export function fileCoverage(file: FileCheck): Coverage | undefined {
  if (!file.result.checked) return undefined;
  if (file.result.set) {
    const display = memberDisplay(file);
    const cov = coverageOfSet(file.result.set.analysis);
    for (const item of cov.groups.flatMap((g) => g.items)) for (const e of item.evidence) e.file = display(e.file);
    return { ...cov, files: (cov.files ?? []).map((f) => display(f)!) };
  }
  return file.result.analysis ? coverageOf(file.result.analysis) : undefined;
}

export function formatScore(score: Score): string {
  return score.percent === undefined ? 'n/a' : `${score.percent}% (${score.met} of ${score.total} met)`;
}

/** The best evidence of an item in one line, or undefined when there is none. */
export function bestEvidence(item: CoverageItem, max: number): { line: number; text: string; more: number; file?: string; where: string } | undefined {
  const best = item.evidence[0];
  if (!best) return undefined;
  // In a contract set, say which file: "schedule-3.md line 37".
  const where = best.file ? `${best.file} line ${best.line}` : `line ${best.line}`;
  return { line: best.line, text: squash(best.text, max), more: item.evidence.length - 1, where, ...(best.file ? { file: best.file } : {}) };
}

/** Why a file has no coverage: its notice (binary, too large, unreadable) or the selection reason. */
export function notCheckedReason(file: FileCheck): string {
  return file.result.notices[0]?.message ?? file.result.reason;
}

/** Summary columns, the statuses that need action first. */
export const SUMMARY_COLUMNS: readonly [Status, string][] = [
  ['missing', 'Missing'],
  ['negated', 'Negated'],
  ['wrong-party', 'Wrong party'],
  ['below-threshold', 'Below threshold'],
  ['weak', 'Hedged'],
  ['accepted', 'Accepted'],
  ['present', 'Present'],
];
