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
import { lexiconFor } from './catalog/lexicon-file';
import type { AsideMentionPatterns } from './no-duty-words';
import { TextReadings } from './recent-answers';
import { termSet } from './terms';
import type { Requirement, Span } from './types';

// "This may require …", "It may also involve …", "This will assist with reducing …": a
// demonstrative or pronoun subject and a verb of consequence or effect ("it will assist" is left
// alone: "it" may be a party); "… may make it more difficult to …"; "In addition to the roles and
// responsibilities stated earlier, …": the words point at other text. The words are the lexicon's
// (`asideMentions`, no-duty-words.ts).

/** The span of `text` that states no act about what it names, if any. */
function asideSpan(text: string, words: AsideMentionPatterns): Span | undefined {
  const consequence = words.possibleConsequence.exec(text);
  if (consequence) return { start: 0, end: text.length };
  const hard = words.makesItHard.exec(text);
  if (hard) return { start: hard.index, end: clauseEnd(text, hard.index) };
  const back = words.backReference.exec(text);
  if (back) return { start: back.index, end: back.index + back[0].length };
  return undefined;
}

function clauseEnd(text: string, from: number): number {
  const stop = text.slice(from).search(/[;:]|\.\s/);
  return stop < 0 ? text.length : from + stop;
}

/** Every requirement that classifies a sentence asks for the same span (its lexicon's patterns decide: they own the reading). */
const asides: TextReadings<AsideMentionPatterns, AsideMentionPatterns, Span | undefined> = new TextReadings((text, _from, _to, words) => asideSpan(text, words));

/** Every topic word of `req` in `text` stands in a possibility or a back-reference. */
export function onlyMentionedAside(text: string, req: Requirement): boolean {
  const words = lexiconFor(req).asideMentions;
  const span = asides.get(words, words, text);
  if (!span) return false;
  const hits = termSet(req.detect[0] ?? []).find(text);
  return hits.length > 0 && hits.every((h) => h.start >= span.start && h.start < span.end);
}
