/**
 * Qualifications that narrow a duty without an object or hedge word of their own: a sentence
 * that opens by qualifying another clause ("Notwithstanding clause 2.1, …") and a bare
 * "only where / only if / only to the extent" condition ("…, but only where the system allows").
 * A duty that holds only under a condition the provider does not control cannot be relied on.
 */
import type { OnlyConditionPatterns } from './only-words';
import { bundledLexicon } from './catalog/lexicon-file';
import type { ClauseNarrowingPatterns } from './narrowing-words';
import { idAsSubject, qualifiesRequirementId } from './requirement-ids';
import type { Span } from './types';

/** The bundled words (`clauseNarrowing`, narrowing-words.ts) for readers that have no requirement's pack at hand. */
const bundled = (): ClauseNarrowingPatterns => bundledLexicon().clauseNarrowing;

/**
 * A sentence whose subject is the cited clause itself: "Clause 6.1 applies only …", "Clause 6.1
 * does not apply to …", "The obligations in clause 6.1 …", "For the avoidance of doubt, clause 6.1
 * is …"; also "Clause 4 has effect subject to this paragraph", "Section 3.7 is read subject to …":
 * a later clause that subjects the duty's clause to itself qualifies it. The same with a
 * requirement id as the subject: "SEC-08 does not apply to …" (requirement-ids.ts).
 */
export const CITED_CLAUSE_SUBJECT = { test: (text: string, words: ClauseNarrowingPatterns = bundled()): boolean => words.citedClauseSubject.test(text) || idAsSubject(text) };
/**
 * A word that every reading of QUALIFIES_ANOTHER contains (the openers of qualifying-opener.ts and
 * the part nouns stay in code): the cheap test that spares most sentences the costly one (same
 * flags, so the same case folding).
 */
const QUALIFYING_WORD = /notwithstanding|despite|derogation|section|clause|paragraph|article/iu;
/**
 * A sentence that opens by qualifying another clause: "Notwithstanding clause 2.1, …", a subject
 * that cites its clause ("The removal of accounts under section 4.1 is carried out only if …"),
 * or whose subject is a duty of another clause ("The Provider's obligation under Section 6.2 to …
 * applies …"); a time may open it ("Until 30 June 2027, clause 19.1 applies only to …").
 */
export const QUALIFIES_ANOTHER = {
  test: (text: string, words: ClauseNarrowingPatterns = bundled()): boolean => (QUALIFYING_WORD.test(text) && words.qualifiesAnother.test(text)) || qualifiesRequirementId(text),
};

/**
 * "only where …", "only if …", "only to the extent …": a condition that limits when the duty holds;
 * "only for …" and "only to …" limit what it covers ("Notwithstanding clause 4, MFA is required only
 * for remote access", "the obligation under clause 7 applies only to confirmed incidents"), and so
 * does "only those …" ("Despite clause 4, the Provider is required to install only those patches that …"),
 * "only of …" ("… to notify the Customer only of incidents it classifies as severe") and "only on …";
 * "only at / during / in / once / twice / every …" limit when or where ("Despite clause 6, the
 * Provider is required to patch the branch routers only at its half-yearly visits").
 * "need only …" says the same of the act itself ("Despite clause 6, the Provider need only patch the
 * tills at its quarterly visit"): whatever follows is all that is owed. The words are the lexicon's
 * (`onlyConditions`, only-words.ts); "but only …" sets the condition off from the clause before it.
 *
 * The "only where …" condition that narrows the duty at `conceptAt` in `text`, if the sentence is
 * a later qualification of another clause or sets the condition off with "but". The condition
 * must sit in the concept's own clause or be the "but only …" clause right after it; `isConcept`
 * tells a condition that is the requirement's own words ("access only to the extent necessary").
 */
export function onlyConditionNarrowing(text: string, clauses: Span[], conceptAt: number, isConcept: (hit: Span) => boolean, only: OnlyConditionPatterns, narrowing: ClauseNarrowingPatterns): Span | undefined {
  const ci = clauses.findIndex((c) => conceptAt >= c.start && conceptAt < c.end);
  if (ci < 0) return undefined;
  const own = clauses[ci]!;
  const next = clauses[ci + 1];
  const butAfter = next && only.butOnly.test(text.slice(own.end, next.start + 40)) ? next : undefined;
  if (!QUALIFIES_ANOTHER.test(text, narrowing) && !butAfter && !only.butOnly.test(text.slice(own.start, own.end))) return undefined;
  const end = (butAfter ?? own).end;
  const condition = only.condition;
  condition.lastIndex = own.start;
  for (let m = condition.exec(text); m && m.index < end; m = condition.exec(text)) {
    const hit = { start: m.index, end: m.index + m[0].length };
    if (!isConcept(hit)) return hit;
  }
  return undefined;
}

/** "only for / only to" limits what the duty covers; "only where / if / when …" limits when it holds. */
export function narrowingReason(cue: string, only: OnlyConditionPatterns): string {
  return only.coverageCue.test(cue.trim())
    ? `the duty is narrowed to part of what it covers (“${cue} …”)`
    : `the duty is narrowed to when a condition holds (“${cue} …”)`;
}
