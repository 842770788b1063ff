/**
 * Requirement matching: find the sentences that evidence each requirement (every concept group
 * hit by the sentence or by its section headings, at least one by the sentence itself), classify
 * each, and keep the best as the requirement's status.
 */
import { classifySentence } from './classify';
import type { ParsedDocument } from './parse';
import type { Parties } from './parties';
import { termSet } from './terms';
import type { LineIndex } from './text';
import { squash } from './text';
import type { Evidence, Requirement, Status } from './types';

export const STATUS_RANK: Record<Status, number> = {
  present: 0,
  suppressed: 1,
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

export function findEvidence(doc: ParsedDocument, parties: Parties, lines: LineIndex, req: Requirement): Evidence[] {
  const groups = req.detect.map((g) => termSet(g));
  const exclude = req.exclude.length ? termSet(req.exclude) : undefined;
  const evidence: Evidence[] = [];
  const contextCache = new Map<number, boolean[]>();
  for (const unit of doc.units) {
    if (unit.kind === 'heading') continue;
    let context = contextCache.get(unit.section);
    if (!context) {
      const headings = unit.section >= 0 ? headingContext(doc, unit.section) : '';
      context = groups.map((g) => (headings ? g.test(headings) : false));
      contextCache.set(unit.section, context);
    }
    for (const s of unit.sentences) {
      let first = -1;
      let satisfied = true;
      let own = 0;
      for (let g = 0; g < groups.length; g++) {
        const hit = groups[g]!.find(s.text)[0];
        if (hit) {
          own++;
          if (first === -1 || hit.start < first) first = hit.start;
        } else if (!context[g]) {
          satisfied = false;
          break;
        }
      }
      if (!satisfied || own === 0) continue;
      if (exclude?.test(s.text)) continue;
      const c = classifySentence(s.text, s.start, first, req, parties);
      const start = lines.position(s.start);
      const end = lines.position(s.end);
      evidence.push({
        start: s.start,
        end: s.end,
        line: start.line + 1,
        endLine: end.line + 1,
        text: squash(s.text),
        status: c.status,
        reason: c.reason,
        ...(c.cue ? { cue: c.cue } : {}),
      });
    }
  }
  evidence.sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || a.start - b.start);
  return evidence.slice(0, MAX_EVIDENCE);
}
