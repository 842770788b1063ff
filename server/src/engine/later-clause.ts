/**
 * The clause that carries the act decides, not the sentence. "Logs are exported to the
 * Customer's storage; the Customer is responsible for retaining them" names the topic in its first
 * clause and gives the act (retaining) to the Customer in the second; "the Provider shall notify
 * the Customer of patches; the Provider does not install patches" disclaims the act after a duty
 * that only mentions it. classify.ts reads the clause that holds most of the requirement's words;
 * this module then reads the later clauses of the same sentence and lets one decide when it takes
 * the act away from the obligated party (a disclaimer, or the duty pushed onto the other party)
 * and is about the same thing: it points back ("them", "those logs", "doing so") or names at
 * least as many of the requirement's word groups as the clause read first.
 */
import { lexiconFor } from './catalog/lexicon-file';
import { classifySentence, clauseSpans, type Classification, type LeadIn } from './classify';
import { carveOuts } from './clauses';
import { excludedByLaterClause, exclusionReason } from './excluded-after';
import { onlyInPurposeClause } from './purpose-clause';
import { onlyMentionedAside } from './aside-mentions';
import { statesOpinion } from './opinion-statements';
import { statesLaw } from './law-statements';
import { onlyInPossibleContents } from './possible-contents';
import { permittedWithout } from './permitted-without';
import type { Parties } from './parties';
import { termSet } from './terms';
import type { Requirement, Span } from './types';

export { clauseSpans, type LeadIn };

/** A word that points back to what an earlier clause named. A dummy "it is …" opening does not. */
const POINTS_BACK = /\b(?:them|they|those|these|such|(?:doing|do|does)\s+so|the\s+same|its\s+copies|copies)\b|\bit\b(?!\s+is\b)/i;

/** A comparative after "no": a floor or ceiling on the duty ("no shorter period", "no later than"). */
const REINFORCES = /\bno\s+(?:shorter|longer|less|lower|fewer|later|earlier|more)\b/i;

/** Readings that take the act away from the obligated party. */
const TAKES_AWAY: ReadonlySet<Classification['status']> = new Set(['negated', 'wrong-party']);

/** classifySentence, then the later clause that takes the act away, when there is one (and no evidence when the words only state a purpose, purpose-clause.ts). */
export function classifyWithLaterClauses(text: string, base: number, conceptAt: number, req: Requirement, parties: Parties, leadIn?: LeadIn): Classification {
  if (onlyInPurposeClause(text, req, parties)) return { status: 'weak', reason: 'its words only say why another act is done (“so that …”)', unrelated: true };
  if (onlyMentionedAside(text, req)) return { status: 'weak', reason: 'its words only say what could happen or point at other text', unrelated: true };
  if (statesLaw(text, req, parties)) return { status: 'weak', reason: 'it states what a law requires; no party takes it on here', unrelated: true };
  if (onlyInPossibleContents(text, req)) return { status: 'weak', reason: 'it lists what may be covered; no one is bound to provide it', unrelated: true };
  const read = classifySentence(text, base, conceptAt, req, parties, leadIn);
  // "The best way to stay secure is to patch promptly": "is to" after a way or a belief binds no one.
  if (read.status === 'present' && statesOpinion(text, lexiconFor(req).opinionStatements)) return { ...read, status: 'weak', reason: 'it states a view of what works best, not a duty', form: 'statement' };
  // "may use any subcontractor without the Customer's approval": the permission waives the duty (permitted-without.ts).
  const first = permittedWithout(read, text, base, req) ?? read;
  if (first.unrelated || first.express || TAKES_AWAY.has(first.status)) return first;
  const clauses = clauseSpans(text);
  if (clauses.length < 2) return first;
  const ci = clauses.findIndex((c) => conceptAt >= c.start && conceptAt < c.end);
  if (ci < 0) return first;
  const groups = req.detect.map((g) => termSet(g).find(text));
  const groupsIn = (c: Span): number => groups.filter((hits) => hits.some((h) => h.start >= c.start && h.start < c.end)).length;
  const firstCount = groupsIn(clauses[ci]!);
  for (let j = ci + 1; j < clauses.length; j++) {
    const c = clauses[j]!;
    const at = groups.flat().filter((h) => h.start >= c.start && h.start < c.end).sort((a, b) => a.start - b.start)[0];
    // "…; it is not part of the Standard tier": points back and excludes it (excluded-after.ts).
    const excluded = j === ci + 1 ? excludedByLaterClause(text, c, lexiconFor(req).laterExclusions) : undefined;
    if (excluded) {
      const words = text.slice(excluded.start, excluded.end);
      return { ...first, status: 'negated', reason: exclusionReason(excluded, words), cue: { text: words, start: base + excluded.start, end: base + excluded.end }, express: 'disclaimer' };
    }
    // "… other than X": an object carved out of a later list narrows that list, not the act.
    if (!at || carveOuts(text, c, lexiconFor(req)).some((k) => k.excludes && at.start >= k.start && at.start < k.end)) continue;
    // "no shorter retention period applies to them": a floor reinforces the duty, it takes nothing away.
    if (REINFORCES.test(text.slice(c.start, c.end))) continue;
    const pointsBack = POINTS_BACK.test(text.slice(c.start, c.end));
    // A bare duty of the other party ("the Customer shall patch its own laptops") splits the
    // work unless it points back to the act the first clause named.
    const later = classifySentence(text, base, at.start, req, parties, leadIn);
    // "Provider handles patching: Provider shall deploy security updates …": a description, then
    // the binding clause that spells it out; the duty decides.
    if (!later.unrelated && later.status === 'present' && !later.form && first.status === 'weak' && first.form === 'statement' && !first.cue && groupsIn(c) >= firstCount) return later;
    if (later.unrelated || !TAKES_AWAY.has(later.status)) continue;
    if (pointsBack || (later.status === 'negated' && groupsIn(c) >= firstCount)) {
      return { ...later, reason: `${later.reason} (a later clause of the sentence deals with the act)` };
    }
  }
  return first;
}
