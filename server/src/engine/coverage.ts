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
import type { ContractSetAnalysis } from './contract-set';
import { describeControls } from './controls';
import type { Parties } from './parties';
import type { AdvisoryHeading, Evidence, Finding, PackHeading, Party, Severity, Status } from './types';

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
  /** In a contract set: the file the evidence is in. */
  file?: string;
  /** The title of the section the evidence is in ("7. Information Security"), if any. */
  section?: string;
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
  /** In a contract set: the main document first, then the parts read. */
  files?: string[];
}

export function scoreOf(statuses: readonly Status[]): Score {
  const met = statuses.filter(isMet).length;
  return { met, total: statuses.length, percent: statuses.length ? Math.round((100 * met) / statuses.length) : undefined };
}

/** Where an offset of a file is (the analysed document, or a member of a set). */
interface Locator {
  /** 1-based line. */
  line(offset: number, file: string | undefined): number;
  section(offset: number, file: string | undefined): string | undefined;
}

function locator(resultOf: (file: string | undefined) => AnalysisResult): Locator {
  return {
    line: (offset, file) => resultOf(file).lines.position(offset).line + 1,
    section: (offset, file) => {
      const doc = resultOf(file).doc;
      let found: string | undefined;
      for (const s of doc.sections) if (s.start <= offset && offset < s.end && s.depth > 1) found = [s.number, s.title].filter(Boolean).join(' ');
      return found;
    },
  };
}

function itemOf(f: Finding & { file?: string }, at: Locator): CoverageItem {
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
    evidence: f.evidence.map((e: Evidence & { file?: string }) => {
      const section = at.section(e.start, e.file);
      return {
        line: e.line, endLine: e.endLine, start: e.start, end: e.end, text: e.text, status: e.status, reason: e.reason,
        ...(e.file !== undefined ? { file: e.file } : {}),
        ...(section ? { section } : {}),
      };
    }),
    ...(f.suppression ? { suppression: { reason: f.suppression.reason, line: at.line(f.suppression.span.start, f.file) } } : {}),
  };
}

/** Coverage of an analysed document (empty groups when it was not read as a contract). */
export function coverageOf(result: AnalysisResult): Coverage {
  return coverageOfFindings(result.isContract, result.parties, result.headings, result.findings, locator(() => result));
}

/** Coverage of a contract set: one contract, each evidence naming its file. */
export function coverageOfSet(set: ContractSetAnalysis): Coverage {
  const at = locator((file) => (set.members.find((m) => m.file === file) ?? set.members[0]!).own);
  return { ...coverageOfFindings(set.isContract, set.parties, set.members[0]!.own.headings, set.findings, at), files: set.members.map((m) => m.file) };
}

function coverageOfFindings(isContract: boolean, parties: Parties, headings: readonly PackHeading[], findings: readonly (Finding & { file?: string })[], at: Locator): Coverage {
  const counts: Record<Status, number> = { present: 0, weak: 0, 'below-threshold': 0, 'wrong-party': 0, negated: 0, missing: 0, accepted: 0 };
  for (const f of findings) counts[f.status]++;
  const groups: CoverageGroup[] = [];
  for (const heading of headingOrder(headings, findings)) {
    const own = findings.filter((f) => f.requirement.heading === heading.id).sort((a, b) => a.requirement.id.localeCompare(b.requirement.id));
    if (!own.length) continue;
    groups.push({ heading: heading.id, title: heading.title, items: own.map((f) => itemOf(f, at)), score: scoreOf(own.map((f) => f.status)) });
  }
  return {
    isContract,
    parties: { provider: parties.provider, customer: parties.customer },
    score: scoreOf(findings.map((f) => f.status)),
    counts,
    groups,
  };
}

/** The packs' headings in their order, then any heading a requirement names that no pack declares (titled by its id). */
function headingOrder(headings: readonly PackHeading[], findings: readonly Finding[]): PackHeading[] {
  const order = [...headings];
  for (const f of findings) if (!order.some((h) => h.id === f.requirement.heading)) order.push({ id: f.requirement.heading, title: f.requirement.heading });
  return order;
}

/** The title of a heading id among a catalog's headings (the id itself when no pack declares it). */
export function headingTitle(headings: readonly PackHeading[], id: AdvisoryHeading): string {
  return headings.find((h) => h.id === id)?.title ?? id;
}
