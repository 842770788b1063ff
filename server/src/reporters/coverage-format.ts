/**
 * Coverage (engine/coverage.ts: requirements grouped by AA22-131A heading, with a score) as the
 * CLI's Markdown, HTML and CSV reports show it, per file.
 */
import { coverageOf, type Coverage, type CoverageItem, type Score } from '../engine';
import { squash } from '../engine';
import type { Status } from '../engine';
import type { FileCheck } from './model';

/** Coverage of a file that was checked as a contract; undefined for any other file. */
export function fileCoverage(file: FileCheck): Coverage | undefined {
  const analysis = file.result.checked ? file.result.analysis : undefined;
  return analysis ? coverageOf(analysis) : undefined;
}

export function formatScore(score: Score): string {
  return score.percent === undefined ? 'n/a' : `${score.percent}% (${score.met} of ${score.total} met)`;
}

/** The best evidence of an item in one line, or undefined when there is none. */
export function bestEvidence(item: CoverageItem, max: number): { line: number; text: string; more: number } | undefined {
  const best = item.evidence[0];
  if (!best) return undefined;
  return { line: best.line, text: squash(best.text, max), more: item.evidence.length - 1 };
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
  ['suppressed', 'Accepted'],
  ['present', 'Present'],
];
