/**
 * Qualifications that narrow a duty without an object or hedge word of their own: a sentence
 * that opens by qualifying another clause ("Notwithstanding clause 2.1, …") and a bare
 * "only where / only if / only to the extent" condition ("…, but only where the system allows").
 * A duty that holds only under a condition the provider does not control cannot be relied on.
 */
import type { OnlyConditionPatterns } from './only-words';
import { QUALIFYING_OPENER } from './qualifying-opener';
import { idAsSubject, qualifiesRequirementId } from './requirement-ids';
import type { Span } from './types';

/**
 * The cited clause as the subject: "Clause 6.1 applies only …", "Clause 6.1 does not apply to …",
 * "The obligations in clause 6.1 …" (or the undertaking, commitment or covenant of a deed), "For the avoidance of doubt, clause 6.1 is …"; also "Clause 4 has
 * effect subject to this paragraph", "Section 3.7 is read subject to …": a later clause that
 * subjects the duty's clause to itself qualifies it.
 */
const CLAUSE_AS_SUBJECT = String.raw`(?:for\s+the\s+avoidance\s+of\s+doubt\s*,\s*)?(?:the\s+(?:obligations?|duty|duties|undertakings?|commitments?|covenants?)\s+(?:in|under|set\s+out\s+in|given\s+in)\s+)?(?:section|clause|paragraph|article|sub-?clause)\s+\d{1,3}(?:\.\d{1,3})*(?:\([a-z0-9]{1,4}\))*\s+(?:applies|apply|shall\s+apply|will\s+apply|does\s+not\s+apply|shall\s+not\s+apply|will\s+not\s+apply|is|are|shall\s+be|will\s+be|extends|covers|has\s+effect|shall\s+have\s+effect|takes\s+effect|operates|shall\s+operate|must\s+be\s+read)\b`;
/** A sentence's own number before it, in any style: "12.3", "(b)", "G1.4", "B.11.2", "5.3A". */
const OWN_NUMBER = String.raw`(?:(?:\p{L}{0,4}[.-]?\d{1,3}(?:\.\d{1,3})*\p{Lu}?\.?|\(?[a-z0-9]{1,4}[.)])\s*)?`;
/**
 * A time that opens the qualification: "Until 30 June 2027, clause 19.1 applies only to …",
 * "During the first year of the term, notwithstanding clause 6, …": a transitional derogation.
 */
const OPENING_TIME = String.raw`(?:(?:until|during|for|from|pending|before)\s+(?:the\s+)?[\p{L}\p{N} ]{1,50},\s*)?`;
/** A sentence whose subject is the cited clause itself ("Clause 6.1 applies only …"). */
const CITED_CLAUSE_SUBJECT_PATTERN = new RegExp(String.raw`^\s*${OWN_NUMBER}${OPENING_TIME}${CLAUSE_AS_SUBJECT}`, 'iu');
/** The same with a requirement id as the subject: "SEC-08 does not apply to …" (requirement-ids.ts). */
export const CITED_CLAUSE_SUBJECT = { test: (text: string): boolean => CITED_CLAUSE_SUBJECT_PATTERN.test(text) || idAsSubject(text) };
/** A word that every reading of QUALIFIES_ANOTHER contains: the cheap test that spares most sentences the costly one (same flags, so the same case folding). */
const QUALIFYING_WORD = /notwithstanding|despite|derogation|section|clause|paragraph|article/iu;
const QUALIFIES_ANOTHER_PATTERN = new RegExp(String.raw`^\s*${OWN_NUMBER}${OPENING_TIME}(?:${QUALIFYING_OPENER}|(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s?\s+(?:obligations?|duty|duties)\s+(?:under|in)\s+(?:section|clause|paragraph|article)\s|(?:the\s+)?[\p{L}\s,'’-]{1,80}?\bunder\s+(?:section|clause|paragraph|article)\s+[\p{L}\d.()-]+\s+(?:is|are|shall|will)\b|${CLAUSE_AS_SUBJECT})`, 'iu');
/**
 * A sentence that opens by qualifying another clause: "Notwithstanding clause 2.1, …", a subject
 * that cites its clause ("The removal of accounts under section 4.1 is carried out only if …"),
 * or whose subject is a duty of another clause ("The Provider's obligation under Section 6.2 to … applies …").
 */
export const QUALIFIES_ANOTHER = { test: (text: string): boolean => (QUALIFYING_WORD.test(text) && QUALIFIES_ANOTHER_PATTERN.test(text)) || qualifiesRequirementId(text) };

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
export function onlyConditionNarrowing(text: string, clauses: Span[], conceptAt: number, isConcept: (hit: Span) => boolean, only: OnlyConditionPatterns): Span | undefined {
  const ci = clauses.findIndex((c) => conceptAt >= c.start && conceptAt < c.end);
  if (ci < 0) return undefined;
  const own = clauses[ci]!;
  const next = clauses[ci + 1];
  const butAfter = next && only.butOnly.test(text.slice(own.end, next.start + 40)) ? next : undefined;
  if (!QUALIFIES_ANOTHER.test(text) && !butAfter && !only.butOnly.test(text.slice(own.start, own.end))) return undefined;
  const end = (butAfter ?? own).end;
  const condition = only.condition;
  condition.lastIndex = own.start;
  for (let m = condition.exec(text); m && m.index < end; m = condition.exec(text)) {
    const hit = { start: m.index, end: m.index + m[0].length };
    if (!isConcept(hit)) return hit;
  }
  return undefined;
}

/**
 * "does not apply to / where / in respect of": an exception cut out of the cited clause; so is
 * "applies save that / except that / except where" ("Clause 7.1 applies save that the Provider
 * need only notify …").
 */
export const DOES_NOT_APPLY = /\b(?:does|do|shall|will)\s+not\s+apply\s+(?:to|where|if|when|in\s+respect\s+of|in\s+relation\s+to|during)\b|\b(?:applies|apply|shall\s+apply|will\s+apply)\s+(?:save|except)\s+(?:that|where|as|for|in)\b/i;

/** "only for / only to" limits what the duty covers; "only where / if / when …" limits when it holds. */
export function narrowingReason(cue: string, only: OnlyConditionPatterns): string {
  return only.coverageCue.test(cue.trim())
    ? `the duty is narrowed to part of what it covers (“${cue} …”)`
    : `the duty is narrowed to when a condition holds (“${cue} …”)`;
}
