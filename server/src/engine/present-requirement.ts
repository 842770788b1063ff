/**
 * A requirement stated by the thing that needs it, in the present tense and with no modal:
 * "Remote access to the Customer Systems requires multi-factor authentication", "Administrative
 * connections require a second factor". Security annexes and standards write requirements this way,
 * as they write "backups are encrypted" (the present passive). Read only when
 * - the subject opens with no party, pronoun or possessive of one: "The Provider requires its staff
 *   to …" and "Our platform requires …" report a practice;
 * - the measure (the requirement's first term group) comes after the verb and heads its object: "Restoring from backup requires the Customer's approval"
 *   requires an approval, not a backup.
 * The verbs are the lexicon's (`presentPassive.requirementVerbs`).
 */
import type { Parties } from './parties';
import { partyMentions } from './subjects';
import { termSet } from './terms';
import type { Requirement, Span } from './types';

/**
 * The measure heads the object: the clause ends after it, or punctuation or a preposition or
 * conjunction follows ("requires multi-factor authentication for all users"), not another noun
 * ("requires a backup job number" requires a number). Grammar words, not vocabulary.
 */
const HEADS_OBJECT = /^(?:\s*$|\s*[.,;:)\]]|\s+(?:for|to|in|on|of|at|by|from|with|within|before|after|when|where|whenever|and|or|that|which|as|under|during|across|against|using|via)\b)/i;
/**
 * At most a determiner and two modifiers stand between the verb and the measure ("requires a second
 * authentication factor"); "The Act requires Federal agencies to manage supply chain risks" names
 * whom it requires, in a recital of the law, and is read (if at all) by the mandative readers.
 */
const NEAR_OBJECT = /^\s*(?:[\p{L}\d-]+\s+){0,3}$/u;
const INFINITIVE = /\bto\b/i;
const PRONOUN_OPENING = /^\s*(?:[(\[]?[\w.]+[)\].]\s+)?(?:we|our|us|you|your|it|its|they|their|he|she|his|her|i|my)\b/i;

/** The verb that states the requirement, or undefined. The measure is the requirement's first term group. */
export function presentRequirement(text: string, clause: Span, req: Requirement, parties: Parties, verbs: RegExp): string | undefined {
  const scope = text.slice(clause.start, clause.end);
  const verb = verbs.exec(scope);
  if (!verb) return undefined;
  const verbAt = clause.start + verb.index;
  const after = verbAt + verb[0].length;
  if (!req.detect[0] || !termSet(req.detect[0]).find(text).some((m) => m.start >= after && m.end <= clause.end && NEAR_OBJECT.test(text.slice(after, m.start)) && !INFINITIVE.test(text.slice(after, m.start)) && HEADS_OBJECT.test(text.slice(m.end, clause.end)))) return undefined;
  const subject = text.slice(clause.start, verbAt);
  // A finite verb after a subject of its own: "…, but not the obligation, to require …" is an
  // infinitive of the clause before (a right, read there).
  if (!/\p{L}/u.test(subject) || /\bto\s*$/i.test(subject) || PRONOUN_OPENING.test(subject)) return undefined;
  const opening = partyMentions(text, parties, clause.start, verbAt).find((m) => /^[\s("'“‘]*(?:the\s+|each\s+)?$/i.test(text.slice(clause.start, m.start)));
  return opening ? undefined : verb[0];
}
