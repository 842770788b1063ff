/**
 * A list item that opens with "not" or "never" under a lead-in that binds ("The Provider will:",
 * "The Contractor shall—") reads as the lead-in's verb negated: "will: … - not back up the
 * servers" is "will not back up the servers", a refusal of that act, not a duty to do it. The
 * lead-in's modal would otherwise make the item binding.
 */
import type { Span } from './types';

/** A lead-in whose last words bind: "will:", "shall—", "must:", "agrees to:", "undertakes to:". */
const BINDING_LEAD = /\b(?:will|shall|must|is\s+to|are\s+to|agrees?\s+to|undertakes?\s+to)\s*[:—–-]?\s*$/i;
/** "not"/"never" + a word, but not a limit ("not later than", "not less than", "not only", "not exceeding"). */
const OPENS_NEGATED = /^[\s(]*(?:[-*•]\s+)?(not|never)\s+(?!(?:later|less|more|fewer|only|exceeding|before|after|to\s+exceed)\b)\p{L}/iu;
/** At most this many words between the opening "not" and the requirement's words: it negates their act. */
const REACH = 6;
/**
 * Or the words between are one act and a series of short objects, the concept the last of them:
 * "not provide a responsibility matrix, security lead or security reports" refuses each object.
 * Not a second act after "and" ("not charge extra for the first twelve months, and back up …").
 */
const OBJECT = String.raw`[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,3}`;
const SERIES_BETWEEN = new RegExp(String.raw`^\s*\p{L}+\s+${OBJECT}(?:\s*,\s*${OBJECT})*\s*,?\s+(?:or|and)\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}$`, 'iu');

/** The opening "not" of a list item under a binding lead-in, when it bears on the concept at `conceptAt`. */
export function refusedItem(text: string, leadIn: { text: string } | undefined, conceptAt: number): Span | undefined {
  if (!leadIn || !BINDING_LEAD.test(leadIn.text)) return undefined;
  const m = OPENS_NEGATED.exec(text);
  if (!m) return undefined;
  const start = m.index + m[0].indexOf(m[1]!);
  const end = start + m[1]!.length;
  if (conceptAt < end) return undefined;
  const between = text.slice(end, conceptAt);
  if (/[;:]/.test(between) || ((between.match(/[\p{L}\p{N}]+/gu) ?? []).length > REACH && !SERIES_BETWEEN.test(between))) return undefined;
  return { start, end };
}

export const REFUSED_ITEM_REASON = 'a list item that opens with “not” under a binding lead-in refuses the act (“will: not …” is “will not …”)';
