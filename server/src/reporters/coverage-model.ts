/**
 * Coverage of one checked file for the Markdown, HTML and CSV reports: its requirements grouped
 * by the twelve AA22-131A headings, and a score.
 *
 * Score: the share of checked requirements that are met, where met means present or accepted
 * (suppressed with a reason). Hedged, negated, below-threshold and wrong-party clauses are not met:
 * a reviewer has to act on each of them, just as on a missing one.
 */
import { ADVISORY_HEADINGS, type AdvisoryHeading, type Finding, type Status } from '../engine/types';
import { squash } from '../engine/text';
import type { FileCheck } from './model';

/** The advisory's own titles for its twelve recommendation headings. */
export const HEADING_TITLES: Record<AdvisoryHeading, string> = {
  'initial-compromise': 'Prevent initial compromise',
  'monitoring-logging': 'Enable/improve monitoring and logging processes',
  mfa: 'Enforce multifactor authentication (MFA)',
  segregation: 'Manage internal architecture risks and segregate internal networks',
  'least-privilege': 'Apply the principle of least privilege',
  'deprecate-accounts': 'Deprecate obsolete accounts and infrastructure',
  updates: 'Apply updates',
  backup: 'Backup systems and data',
  'incident-response': 'Develop and exercise incident response and recovery plans',
  'supply-chain': 'Understand and proactively manage supply chain risk',
  transparency: 'Promote transparency',
  'account-authentication': 'Manage account authentication and authorization',
};

/** Words for a status that a reader of a coverage report understands. */
export const STATUS_LABELS: Record<Status, string> = {
  present: 'present',
  weak: 'hedged',
  negated: 'negated',
  'below-threshold': 'below threshold',
  'wrong-party': 'wrong party',
  missing: 'missing',
  suppressed: 'accepted',
};

export function isMet(status: Status): boolean {
  return status === 'present' || status === 'suppressed';
}

export interface Score {
  met: number;
  total: number;
  /** Whole percent, or undefined when nothing was checked. */
  percent: number | undefined;
}

export interface HeadingCoverage {
  heading: AdvisoryHeading;
  title: string;
  findings: Finding[];
  score: Score;
}

export interface FileCoverage {
  file: FileCheck;
  /** Only headings with at least one checked requirement, in the advisory's order. */
  headings: HeadingCoverage[];
  score: Score;
}

export function scoreOf(findings: readonly Finding[]): Score {
  const met = findings.filter((f) => isMet(f.status)).length;
  return { met, total: findings.length, percent: findings.length ? Math.round((100 * met) / findings.length) : undefined };
}

/** Coverage of a file that was checked as a contract; undefined for any other file. */
export function fileCoverage(file: FileCheck): FileCoverage | undefined {
  const analysis = file.result.checked ? file.result.analysis : undefined;
  if (!analysis) return undefined;
  const findings = analysis.findings;
  const headings = ADVISORY_HEADINGS.map((heading) => {
    const own = findings.filter((f) => f.requirement.heading === heading).sort((a, b) => a.requirement.id.localeCompare(b.requirement.id));
    return { heading, title: HEADING_TITLES[heading], findings: own, score: scoreOf(own) };
  }).filter((h) => h.findings.length > 0);
  return { file, headings, score: scoreOf(findings) };
}

export function formatScore(score: Score): string {
  return score.percent === undefined ? 'n/a' : `${score.percent}% (${score.met} of ${score.total} met)`;
}

/** The best evidence of a finding in one line: "line 42: …text…", or undefined when missing. */
export function bestEvidence(f: Finding, max = 200): { line: number; text: string; more: number } | undefined {
  const best = f.evidence[0];
  if (!best) return undefined;
  return { line: best.line, text: squash(best.text, max), more: f.evidence.length - 1 };
}

/** Per status, how many findings of checked files have it (for summary tables). */
export function statusCounts(findings: readonly Finding[]): Record<Status, number> {
  const counts: Record<Status, number> = { present: 0, weak: 0, negated: 0, 'below-threshold': 0, 'wrong-party': 0, missing: 0, suppressed: 0 };
  for (const f of findings) counts[f.status]++;
  return counts;
}

/** Statuses in the order reports list them: the ones that need action first. */
export const STATUS_ORDER: readonly Status[] = ['missing', 'negated', 'wrong-party', 'below-threshold', 'weak', 'suppressed', 'present'];
