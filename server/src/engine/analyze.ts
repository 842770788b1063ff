/**
 * The engine's entry point: text → parsed blocks → sections/sentences → findings.
 * No editor or protocol code here; the language server, the CLI and the tests share it.
 */
import { decideContract } from './contract';
import { decide } from './decide';
import { applyDenialsBeside } from './denial-beside';
import { findEvidence, prepareMatching, STATUS_RANK } from './match';
import { describeFinding } from './messages';
import { parseDocument, type ParsedDocument } from './parse';
import { catalogLexicon } from './lexicon-of';
import { insertionAnchors } from './placement';
import { OVER_COMMITMENT_SEVERITY, overCommitment, providerSeverity } from './perspective';
import { detectParties, type Parties } from './parties';
import { readSuppressions, suppressionFor, type Suppressions } from './suppress';
import { LineIndex } from './text';
import type { Catalog, Evidence, Finding, PackHeading, Perspective, Requirement, Severity, Span } from './types';

export interface AnalyzeOptions {
  catalog: Catalog;
  perspective?: Perspective;
  /** Per requirement id: a severity, or "off" to skip it. */
  severityOverrides?: Record<string, Severity | 'off'>;
  /** Treat the document as a contract whatever its shape (explicit opt-in). */
  force?: boolean;
}

export interface AnalysisResult {
  isContract: boolean;
  contractReason: string;
  parties: Parties;
  findings: Finding[];
  doc: ParsedDocument;
  lines: LineIndex;
  /** clauselint-disable comments and their problems (missing reason, unknown id). */
  suppressions: Suppressions;
  /** The catalog's headings, in order: coverage groups findings under them. */
  headings: readonly PackHeading[];
}

export function analyze(text: string, options: AnalyzeOptions): AnalysisResult {
  const doc = parseDocument(text);
  return analyzeParsed(doc, options);
}

/** Finds one requirement's evidence; incremental.ts passes one that reuses the matches of unchanged blocks. */
export type EvidenceFinder = (doc: ParsedDocument, parties: Parties, lines: LineIndex, req: Requirement) => Evidence[];

/** What incremental.ts already has at hand when it calls analyzeParsed. */
export interface Precomputed {
  evidenceFor?: EvidenceFinder;
  parties?: Parties;
  lines?: LineIndex;
}

export function analyzeParsed(doc: ParsedDocument, options: AnalyzeOptions, precomputed: Precomputed = {}): AnalysisResult {
  const evidenceFor = precomputed.evidenceFor ?? findEvidence;
  prepareMatching(options.catalog.requirements);
  const parties = precomputed.parties ?? detectParties(doc, catalogLexicon(options.catalog));
  const lines = precomputed.lines ?? new LineIndex(doc.text);
  const decision = decideContract(doc, parties, options.force, catalogLexicon(options.catalog).contractSignals);
  const suppressions = readSuppressions(doc, new Set(options.catalog.requirements.map((r) => r.id)));
  const result: AnalysisResult = { isContract: decision.isContract, contractReason: decision.reason, parties, findings: [], doc, lines, suppressions, headings: options.catalog.headings };
  if (!decision.isContract) return result;
  const perspective = options.perspective ?? 'customer';
  const anchor = missingAnchor(doc);
  const checked = options.catalog.requirements.filter((req) => req.perspectives.includes(perspective) && options.severityOverrides?.[req.id] !== 'off');
  const evidenceOf = new Map(checked.map((req) => [req, evidenceFor(doc, parties, lines, req)]));
  // A denial in the same sentence decides for the topic's other requirements (denial-beside.ts).
  applyDenialsBeside(evidenceOf);
  for (const req of checked) {
    const override = options.severityOverrides?.[req.id];
    if (override === 'off') continue;
    const decision = decide(evidenceOf.get(req)!, req);
    const evidence = decision.evidence;
    const best = evidence[0];
    const status = best ? best.status : 'missing';
    const range: Span = best ? (best.cue && best.status !== 'present' ? { start: best.cue.start, end: best.cue.end } : { start: best.start, end: best.end }) : anchor;
    const suppression = status === 'present' ? undefined : suppressionFor(suppressions, req.id, status, range);
    const finding: Finding = {
      requirement: req,
      status: suppression ? 'accepted' : status,
      evidence,
      message: '',
      range,
      severity: override ?? (perspective === 'provider' ? providerSeverity(status, req.severity) : req.severity),
      ...(suppression ? { suppression: { reason: suppression.reason, span: suppression.comment } } : {}),
      ...(decision.why ? { decision: decision.why } : {}),
      ...(decision.conflict ? { conflict: decision.conflict } : {}),
    };
    const over = perspective === 'provider' ? overCommitment(finding) : undefined;
    if (over) {
      finding.overCommits = true;
      finding.range = { start: over.start, end: over.end };
      finding.severity = override ?? OVER_COMMITMENT_SEVERITY;
    }
    finding.message = describeFinding(finding, parties, perspective);
    result.findings.push(finding);
  }
  anchorMissing(result, anchor);
  result.findings.sort((a, b) => STATUS_RANK[b.status] - STATUS_RANK[a.status] || a.range.start - b.range.start);
  return result;
}

/**
 * A missing clause is reported where it belongs: on the heading of the article its insert fix
 * extends, so the Problems panel takes the reader there; on the title only when the fix would add
 * a new section.
 */
function anchorMissing(result: AnalysisResult, title: Span): void {
  const missing = result.findings.filter((f) => f.evidence.length === 0);
  if (!missing.length) return;
  const anchors = insertionAnchors(result, missing.map((f) => f.requirement));
  for (const f of missing) f.range = anchors.get(f.requirement.id) ?? title;
}

/** Where a "missing" diagnostic sits when no article takes the clause: the document title, else the first line. */
export function missingAnchor(doc: ParsedDocument): Span {
  const title = doc.sections.find((s) => s.depth === 1) ?? doc.sections[0];
  if (title) return { start: title.headingSpan.start, end: title.headingSpan.end };
  const firstLineEnd = doc.text.search(/\r?\n|$/);
  return { start: 0, end: Math.max(0, firstLineEnd) };
}

/** Findings that should be shown as problems (everything that is not present or accepted). */
export function problemFindings(result: AnalysisResult): Finding[] {
  return result.findings.filter((f) => (f.status !== 'present' && f.status !== 'accepted') || f.overCommits);
}
