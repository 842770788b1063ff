/**
 * Coverage of one analysed document: every checked requirement grouped under the twelve AA22-131A
 * headings, with its status, evidence (lines and text) and a score. Plain JSON, so the language
 * server can send it to the editor's coverage view and the CLI's reporters can print it.
 *
 * Score: met / checked, where met means present or accepted (suppressed in the document). Hedged,
 * negated, below-threshold and wrong-party clauses are not met: each needs work, like a missing one.
 */
import type { AnalysisResult } from './analyze';
import { citationText } from './citation';
import { describeControls } from './controls';
import type { AdvisoryHeading, Finding, PackHeading, Party, Severity, Status } from './types';

/** Words for a status that a reader of a coverage report understands. */
export const STATUS_LABELS: Record<Status, string> = {
  present: 'present',
  weak: 'hedged',
  negated: 'negated',
  'below-threshold': 'below threshold',
  'wrong-party': 'wrong party',
  missing: 'missing',
  accepted: 'accepted',
};

export function isMet(status: Status): boolean {
  return status === 'present' || status === 'accepted';
}

export interface Score {
  met: number;
  total: number;
  /** Whole percent; undefined when nothing was checked. */
  percent: number | undefined;
}

export interface CoverageEvidence {
  /** 1-based lines. */
  line: number;
  endLine: number;
  start: number;
  end: number;
  text: string;
  status: Status;
  reason: string;
}

export interface CoverageItem {
  id: string;
  title: string;
  status: Status;
  statusLabel: string;
  severity: Severity;
  party: Party;
  message: string;
  rationale: string;
  /** label: the advisory heading, or for an unverified citation the words "paraphrased from …; not a quotation". */
  citation: { label: string; url: string; verified: boolean };
  /** The controls of other frameworks the requirement maps to, in words ("NIST SP 800-53 IA-2(1); …"), or "". */
  controls: string;
  evidence: CoverageEvidence[];
  /** Set when the requirement is accepted in the document with a clauselint-disable comment. */
  suppression?: { reason: string; line: number };
}

export interface CoverageGroup {
  heading: AdvisoryHeading;
  title: string;
  items: CoverageItem[];
  score: Score;
}

export interface Coverage {
  isContract: boolean;
  parties: { provider: string; customer: string };
  score: Score;
  counts: Record<Status, number>;
  /** Headings with at least one checked requirement, in the advisory's order. */
  groups: CoverageGroup[];
}

export function scoreOf(statuses: readonly Status[]): Score {
  const met = statuses.filter(isMet).length;
  return { met, total: statuses.length, percent: statuses.length ? Math.round((100 * met) / statuses.length) : undefined };
}

function itemOf(f: Finding, result: AnalysisResult): CoverageItem {
  const req = f.requirement;
  return {
    id: req.id,
    title: req.title,
    status: f.status,
    statusLabel: STATUS_LABELS[f.status],
    severity: f.severity,
    party: req.party,
    message: f.message,
    rationale: req.rationale,
    citation: { label: citationText(req), url: req.citation.url, verified: req.citation.verified },
    controls: describeControls(req.controls),
    evidence: f.evidence.map((e) => ({ line: e.line, endLine: e.endLine, start: e.start, end: e.end, text: e.text, status: e.status, reason: e.reason })),
    ...(f.suppression ? { suppression: { reason: f.suppression.reason, line: result.lines.position(f.suppression.span.start).line + 1 } } : {}),
  };
}

/** Coverage of an analysed document (empty groups when it was not read as a contract). */
export function coverageOf(result: AnalysisResult): Coverage {
  const counts: Record<Status, number> = { present: 0, weak: 0, 'below-threshold': 0, 'wrong-party': 0, negated: 0, missing: 0, accepted: 0 };
  for (const f of result.findings) counts[f.status]++;
  const groups: CoverageGroup[] = [];
  for (const heading of headingOrder(result)) {
    const own = result.findings.filter((f) => f.requirement.heading === heading.id).sort((a, b) => a.requirement.id.localeCompare(b.requirement.id));
    if (!own.length) continue;
    groups.push({ heading: heading.id, title: heading.title, items: own.map((f) => itemOf(f, result)), score: scoreOf(own.map((f) => f.status)) });
  }
  return {
    isContract: result.isContract,
    parties: { provider: result.parties.provider, customer: result.parties.customer },
    score: scoreOf(result.findings.map((f) => f.status)),
    counts,
    groups,
  };
}

/** The packs' headings in their order, then any heading a requirement names that no pack declares (titled by its id). */
function headingOrder(result: AnalysisResult): PackHeading[] {
  const order = [...result.headings];
  for (const f of result.findings) if (!order.some((h) => h.id === f.requirement.heading)) order.push({ id: f.requirement.heading, title: f.requirement.heading });
  return order;
}

/** The title of a heading id among a catalog's headings (the id itself when no pack declares it). */
export function headingTitle(headings: readonly PackHeading[], id: AdvisoryHeading): string {
  return headings.find((h) => h.id === id)?.title ?? id;
}
