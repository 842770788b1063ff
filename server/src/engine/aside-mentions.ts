/**
 * Sentences that name a requirement's topic only in passing, in a part of the sentence that states
 * no act about it. Two drafting patterns, both common in guidance and policy text:
 *
 * - a possibility or an effect: "This may require updating the contingency plan", "Proprietary
 *   formats may make it harder to restore backups", "This will help to reduce the number of
 *   unpatched systems". The modal says what could happen or what something achieves (an epistemic
 *   may, a predictive will), not what a party is allowed or bound to do, and the subject is no party
 *   ("this", "it", a thing);
 * - a back-reference: "In addition to the roles and responsibilities stated above, staff shall
 *   follow the acceptable use policy". The topic words point at text elsewhere; the sentence's own
 *   act is another one.
 *
 * Such a sentence is no evidence when every hit of the topic words (the first detect list) lies in
 * that part. A duty stated elsewhere in the sentence keeps its other words as evidence.
 */
import { TextReadings } from './recent-answers';
import { termSet } from './terms';
import type { Requirement, Span } from './types';

/**
 * "This may require …", "It may also involve …", "This will assist with reducing …": a
 * demonstrative or pronoun subject and a verb of consequence or effect ("it will assist" is left
 * alone: "it" may be a party).
 */
const POSSIBLE_CONSEQUENCE = /^\s*(?:\(?[a-z0-9]{1,4}[.)]\s*)?(?:(?:this|that|it|these|those|doing\s+so|such\s+(?:a\s+|an\s+)?[\p{L}-]+)\s+(?:may|might|could|can)\s+(?:also\s+|well\s+|sometimes\s+)?(?:require|involve|entail|necessitate|mean|result\s+in|lead\s+to|call\s+for)|(?:this|that|these|those|doing\s+so|such\s+(?:a\s+|an\s+)?[\p{L}-]+)\s+(?:will|would|should|may|can)\s+(?:also\s+)?(?:assist|help|contribute|serve)\s+(?:not\s+only\s+)?(?:to|in|with)\b)/iu;

/** "… may make it more difficult to …", "can make it impossible for an organisation to …". */
const MAKES_IT_HARD = /\b(?:may|might|could|can|will|would)\s+(?:also\s+)?make\s+it\s+(?:(?:much|far|more|less|very)\s+)?(?:difficult|hard|harder|easier|easy|impossible|impracticable|costly|costlier)\b/iu;

/** "In addition to the roles and responsibilities stated earlier, …": the words point at other text. */
const BACK_REFERENCE = /\b(?:in\s+addition\s+to|as\s+well\s+as|apart\s+from|besides)\s+(?:the|any|all)\s+[^,.;:]{1,80}?\b(?:stated|described|set\s+out|set\s+forth|mentioned|listed|defined|outlined|discussed)\s+(?:earlier|above|previously|before|elsewhere)\b/iu;

/** The span of `text` that states no act about what it names, if any. */
function asideSpan(text: string): Span | undefined {
  const consequence = POSSIBLE_CONSEQUENCE.exec(text);
  if (consequence) return { start: 0, end: text.length };
  const hard = MAKES_IT_HARD.exec(text);
  if (hard) return { start: hard.index, end: clauseEnd(text, hard.index) };
  const back = BACK_REFERENCE.exec(text);
  if (back) return { start: back.index, end: back.index + back[0].length };
  return undefined;
}

function clauseEnd(text: string, from: number): number {
  const stop = text.slice(from).search(/[;:]|\.\s/);
  return stop < 0 ? text.length : from + stop;
}

/** Every requirement that classifies a sentence asks for the same span (the module's own patterns decide: the owner is the cache itself). */
const asides: TextReadings<object, object, Span | undefined> = new TextReadings((text) => asideSpan(text));

/** Every topic word of `req` in `text` stands in a possibility or a back-reference. */
export function onlyMentionedAside(text: string, req: Requirement): boolean {
  const span = asides.get(asides, asides, text);
  if (!span) return false;
  const hits = termSet(req.detect[0] ?? []).find(text);
  return hits.length > 0 && hits.every((h) => h.start >= span.start && h.start < span.end);
}
