/**
 * Requirement matching: find the sentences that evidence each requirement, classify each, and
 * keep the best as the requirement's status.
 *
 * A sentence is evidence when every concept group of the requirement is hit by the sentence or
 * by the words that head it (section headings, the unit's caption, captions and lead-ins of its
 * outline parents), and at least one group by the sentence itself. So "(c) Cyber incident
 * reporting. … (ii) Rapidly report cyber incidents to DoD" and "2.3 Multifactor Authentication.
 * MFA must be used for …" are read with their headings.
 */
import { classifySentence, clauseSpans, type LeadIn } from './classify';
import { endsWithLeadIn, type ClauseUnit, type ParsedDocument } from './parse';
import type { Parties } from './parties';
import { termSet, type TermSet } from './terms';
import type { LineIndex } from './text';
import { squash } from './text';
import type { Evidence, Requirement, Span, Status } from './types';

export const STATUS_RANK: Record<Status, number> = {
  present: 0,
  accepted: 1,
  'below-threshold': 2,
  weak: 3,
  'wrong-party': 4,
  negated: 5,
  missing: 6,
};

const MAX_EVIDENCE = 5;

/** Heading text of a section and all its ancestors, for concept context. */
export function headingContext(doc: ParsedDocument, section: number): string {
  const parts: string[] = [];
  for (let i = section; i >= 0; i = doc.sections[i]!.parent) parts.push(doc.sections[i]!.title);
  return parts.join(' \n ');
}

/** Per-document reading aids computed once and shared by every requirement. */
interface UnitAids {
  /** Headings, caption and outline-parent captions/lead-ins: the words that head a unit. */
  context: string[];
  leadIn: (LeadIn | undefined)[];
  /** Lower-case sentence texts per unit, for the term sets' quick rejection. */
  lower: string[][];
  /** Lower-case context per unit. */
  contextLower: string[];
}

const aidsCache = new WeakMap<ParsedDocument, UnitAids>();

function unitAids(doc: ParsedDocument): UnitAids {
  let aids = aidsCache.get(doc);
  if (aids) return aids;
  const headings = new Map<number, string>();
  const heading = (section: number): string => {
    let h = headings.get(section);
    if (h === undefined) {
      h = section >= 0 ? headingContext(doc, section) : '';
      headings.set(section, h);
    }
    return h;
  };
  const heads = (u: ClauseUnit): string | undefined => {
    if (u.caption) return u.caption.text;
    const last = u.sentences[u.sentences.length - 1];
    return last && endsWithLeadIn(u) ? last.text : undefined;
  };
  aids = { context: [], leadIn: [], lower: [], contextLower: [] };
  for (const unit of doc.units) {
    const parts = [heading(unit.section)];
    for (const p of unit.parents) {
      const h = heads(doc.units[p]!);
      if (h) parts.push(h);
    }
    if (unit.caption) parts.push(unit.caption.text);
    aids.context.push(parts.filter(Boolean).join(' \n '));
    aids.leadIn.push(leadInOf(doc, unit));
    aids.lower.push(unit.sentences.map((s) => s.text.toLowerCase()));
    aids.contextLower.push(aids.context[aids.context.length - 1]!.toLowerCase());
  }
  aidsCache.set(doc, aids);
  return aids;
}

/** The sentence that governs a unit's verbless sentences: its nearest outline parent's ending "…shall:" / "…shall—". */
function leadInOf(doc: ParsedDocument, unit: ClauseUnit): LeadIn | undefined {
  for (let i = unit.parents.length - 1; i >= 0; i--) {
    const parent = doc.units[unit.parents[i]!]!;
    if (parent.sentences.length === 0) continue; // a bare title: look further up
    if (!endsWithLeadIn(parent)) return undefined;
    const last = parent.sentences[parent.sentences.length - 1]!;
    return { text: last.text, start: last.start };
  }
  return undefined;
}

/**
 * The concept position to classify: the first hit in the clause that holds the most concept
 * groups; on a tie, the clause that holds the first group (the topic: "backup" rather than its
 * qualifier "system" in "… the legacy system, and the Customer may keep a backup copy").
 */
function conceptPosition(text: string, hits: { start: number }[][], topic: { start: number }[]): number {
  const clauses = clauseSpans(text);
  let best: Span | undefined;
  let bestCount = 0;
  let bestHasTopic = false;
  for (const c of clauses) {
    const inClause = (h: { start: number }): boolean => h.start >= c.start && h.start < c.end;
    const count = hits.filter((g) => g.some(inClause)).length;
    const hasTopic = topic.some(inClause);
    if (count > bestCount || (count === bestCount && count > 0 && hasTopic && !bestHasTopic)) {
      best = c;
      bestCount = count;
      bestHasTopic = hasTopic;
    }
  }
  const all = hits.flat().map((h) => h.start);
  const inBest = best ? all.filter((p) => p >= best!.start && p < best!.end) : all;
  return Math.min(...(inBest.length ? inBest : all));
}

export function findEvidence(doc: ParsedDocument, parties: Parties, lines: LineIndex, req: Requirement): Evidence[] {
  const groups: TermSet[] = req.detect.map((g) => termSet(g));
  const exclude = req.exclude.length ? termSet(req.exclude) : undefined;
  const aids = unitAids(doc);
  const contextHits = new Map<string, boolean[]>();
  const evidence: Evidence[] = [];
  doc.units.forEach((unit, u) => {
    if (unit.kind === 'heading' || unit.sentences.length === 0) return;
    const contextText = aids.context[u]!;
    let context = contextHits.get(contextText);
    if (!context) {
      const contextLower = aids.contextLower[u]!;
      context = groups.map((g) => (contextText ? g.test(contextText, contextLower) : false));
      contextHits.set(contextText, context);
    }
    const lower = aids.lower[u]!;
    unit.sentences.forEach((s, i) => {
      const hits: { start: number }[][] = [];
      let topicHits: { start: number }[] = [];
      let satisfied = true;
      let own = 0;
      for (let g = 0; g < groups.length; g++) {
        const found = groups[g]!.find(s.text, 0, lower[i]);
        if (found.length) {
          own++;
          if (g === 0) topicHits = found;
          hits.push(found);
        } else if (!context[g]) {
          satisfied = false;
          break;
        }
      }
      if (!satisfied || own === 0) return;
      if (exclude?.test(s.text, lower[i])) return;
      const c = classifySentence(s.text, s.start, conceptPosition(s.text, hits, topicHits), req, parties, aids.leadIn[u]);
      if (c.unrelated) return;
      // A cue found in the lead-in that governs this sentence lies outside it: name it in the
      // reason, and keep the diagnostic on the sentence itself.
      const cueInside = c.cue && c.cue.start >= s.start && c.cue.end <= s.end;
      const reason = c.cue && !cueInside ? `${c.reason} (“${squash(c.cue.text, 60)}” in the clause that introduces it)` : c.reason;
      const start = lines.position(s.start);
      const end = lines.position(s.end);
      evidence.push({
        start: s.start,
        end: s.end,
        line: start.line + 1,
        endLine: end.line + 1,
        text: squash(s.text),
        status: c.status,
        reason,
        ...(c.cue && cueInside ? { cue: c.cue } : {}),
      });
    });
  });
  return bestEvidence(evidence);
}

/** The best evidence first, at most MAX_EVIDENCE (incremental.ts merges the blocks' lists with it). */
export function bestEvidence(evidence: Evidence[]): Evidence[] {
  evidence.sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || a.start - b.start);
  return evidence.slice(0, MAX_EVIDENCE);
}
