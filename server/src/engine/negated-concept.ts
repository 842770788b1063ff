/**
 * A clause that says the duty's own act or object is not done, without a disclaiming verb of the
 * lexicon: the negation sits around the requirement's words, not on a modal.
 *
 * - "The Contractor does not patch Client systems": "does not" right before the act; also with
 *   the act's own verbs and object between ("we do not collect, keep or review the security logs",
 *   "we do not keep your systems separate"). Not a negated verb that bears on another clause or
 *   duty ("does not limit the Supplier's obligation to patch", "does not relieve …"); but "does not
 *   restrict the access rights" negates the limiting that least privilege is.
 * - "Client data is not backed up", "the systems are not separated", "logs will not be retained":
 *   a negated passive right before the act. Not in a relative clause ("backups that are not
 *   encrypted shall be deleted" states a duty about such backups).
 * - "No restriction of administrative privileges is required", "no backups are provided": the
 *   object negated by "no" and then said not to be required, provided, included or performed;
 *   "no retention period applies to the logs".
 * - "The Supplier has no supply-chain risk management obligations", "bears no responsibility for
 *   patching": a party that has no duty named by the requirement's words.
 * - "Security event logging and monitoring are not part of Northwind's services": the object said
 *   not to be part of the services, whatever the provider is called; also "… is not a Managed
 *   Service", "… are not one of the services".
 * - "MFA is not provided", "backups are not included", "access rights are not restricted": the
 *   object said not to be provided, required, included, performed, enabled, enforced or restricted
 *   (not "restricted to", which narrows); "the Provider provides no MFA"; and the object said not
 *   to be done ("security patches are not applied", "the logs will not be reviewed").
 */
import { bundledLexicon } from './catalog/lexicon-file';
import type { NegatedConceptPatterns } from './denial-words';
import type { Span } from './types';

// The grammar of negation is here; the words around it (which verbs bear on another clause, which
// passives say a thing is not done, which acts a refusal refuses) are the lexicon's
// (`negatedConcept`, denial-words.ts).
const DOES_NOT = /\b(?:(?:does|do|did)\s+not|doesn['’]t|don['’]t|didn['’]t)\s+(?:\p{L}+ly\s+)?$/iu;
const PASSIVE_NOT = /(?<!\b(?:that|which|who)\s+)\b(?:(?:is|are)\s+not|isn['’]t|aren['’]t|(?:will|shall)\s+not\s+be|won['’]t\s+be)\s+(?:\p{L}+ly\s+)?$/iu;
const NO_OBJECT = /(?:^|[\s(—–-])no\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const WILL_NOT = /\b(?:will\s+not|won['’]t|(?:will\s+|shall\s+)?never)\s+(?:\p{L}+ly\s+)?$/iu;

/**
 * What each pattern on the words before a concept contains (same flags, so the same letters match):
 * "no", "not" or "never" as a word followed by white space, or "n't". A bare "no" would also pass "monitor",
 * "notify" and "technology", which most security clauses contain.
 */
const NEGATING_WORD = /\bnot?\s|n['’]t|\bnever\s/iu;

/**
 * "… to use credentials that it does not use for any other customer": a relative clause with its
 * own subject describes the object of the duty; its negation says nothing is left undone. Its verb
 * has no object of its own (the noun before "that" is its object), so a preposition follows it;
 * "acknowledges that the Provider does not install patches" has one, and is a disclaimer.
 */
const RELATIVE_SUBJECT = /\b(?:that|which)\s+(?:it|they|we|you|(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\s+$/u;
const NEGATED_VERB_THEN_PREPOSITION = /^(?:\p{L}+\s+not|\p{L}+n['’]t)\s+\p{L}+\s+(?:for|with|on|in|across|by)\s/iu;
/**
 * "… protocols that do not support multi-factor authentication are disabled" (ISM-1504's wording):
 * the relative pronoun is the subject, and the clause picks out which objects the duty is about,
 * as the passive's "backups that are not encrypted" does; it leaves nothing undone.
 */
const RELATIVE_PRONOUN_SUBJECT = /\b(?:that|which|who)\s+$/i;
function inRelativeClause(text: string, negationAt: number): boolean {
  if (RELATIVE_PRONOUN_SUBJECT.test(text.slice(Math.max(0, negationAt - 12), negationAt))) return true;
  return RELATIVE_SUBJECT.test(text.slice(Math.max(0, negationAt - 40), negationAt)) && NEGATED_VERB_THEN_PREPOSITION.test(text.slice(negationAt, negationAt + 40));
}

export interface NegatedConcept {
  /** Where the negating words start (relative to the text). */
  start: number;
  /** Where the concept ends. */
  end: number;
}

/** The first concept in `region` that the clause says is not done, with the words that say so. */
export function negatedConcept(text: string, concepts: readonly Span[], region: Span, words: NegatedConceptPatterns = bundledLexicon().negatedConcept): NegatedConcept | undefined {
  for (const c of concepts) {
    if (c.start < region.start || c.end > region.end) continue;
    // Wide enough for "does not collect, retain or monitor security event logs": three verbs and an adjective.
    const from = Math.max(region.start, c.start - 64);
    const before = text.slice(from, c.start);
    const after = text.slice(c.end, region.end);
    // Every pattern on `before` needs "no", "not" or "n't": most clauses have none near the concept.
    const negating = NEGATING_WORD.test(before);
    const m = !negating ? null : DOES_NOT.exec(before) ?? words.doesNotAct.exec(before) ?? (words.startsWithVerb.test(text.slice(c.start, c.end)) ? words.doesNotSeries.exec(before) : null) ?? words.doesNotLimit.exec(before) ?? words.doesNotState.exec(before) ?? PASSIVE_NOT.exec(before) ?? words.responsibilityFor.exec(before) ?? (words.holdsNo.test(before) && words.dutyAfter.test(after) ? words.holdsNo.exec(before) : null) ?? (words.notRequiredAfter.test(after) ? NO_OBJECT.exec(before) : null);
    if (m && !inRelativeClause(text, from + m.index + m[0].search(/\S/))) return { start: from + m.index + m[0].search(/\S/), end: c.end };
    const refused = negating ? words.willNotAct.exec(before) ?? (words.startsWithDutyAct.test(text.slice(c.start, c.end)) ? WILL_NOT.exec(before) : null) : null;
    if (refused && !words.protective.test(text.slice(region.start, region.end))) return { start: from + refused.index, end: c.end };
    const p = negating ? words.providesNo.exec(before) : null;
    if (p) return { start: from + p.index, end: c.end };
    // A relative clause ("MFA that is not enforced …") describes the object; it says nothing is done.
    const relative = /\b(?:that|which)\s+$/i.test(text.slice(Math.max(region.start, c.start - 12), c.start));
    const n = relative ? null : words.notProvidedAfter.exec(after) ?? words.notPartAfter.exec(after) ?? words.notDoneAfter.exec(after);
    if (n) return { start: c.start, end: c.end + n[0].length };
  }
  return undefined;
}
