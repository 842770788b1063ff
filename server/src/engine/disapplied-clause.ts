/**
 * "GCC Sub-Clause 22.10 (Separation from Other Customers) is deleted.", "Clause 7.3 (Backups) does
 * not apply.": an amendment (special conditions, a variation, an order form over standard terms)
 * that deletes or disapplies a cited clause releases the party from what that clause required. The
 * caption in brackets names the measure, so the sentence is an express disclaimer of it, not a
 * mention of another clause's title (sentence-kinds.ts `citedTitles`). Only a sentence whose subject
 * is the cited clauses themselves and whose verb is the lexicon's `clauseDisapplied` counts:
 * "Clause 7.3 (Backups) applies to the Hosted Services" and "the Supplier shall comply with clause
 * 7.3 (Backups)" disapply nothing.
 */
import type { TermSet } from './terms';

export interface DisappliedClauses {
  /** The captions of the clauses deleted (offsets in the sentence). */
  captions: { start: number; end: number }[];
  /** The words that delete or disapply them. */
  cue: { text: string; start: number; end: number };
}

const NUMBER = String.raw`\d{1,3}(?:\.\d{1,3})*(?:\s?\([a-z]{1,4}\))?`;
const CAPTION = String.raw`\(([^()\n]{2,80})\)`;
/** One cited clause with its caption: "Sub-Clause 22.3 (Security Monitoring)", "22.4 (Retention of Logs)". */
const CITED = new RegExp(String.raw`(?:(?:sub-?)?(?:clause|section|article|paragraph|condition)s?\s+)?${NUMBER}\s*${CAPTION}`, 'iuy');
/** What may open the sentence before the first cited clause: an enumerator, "The", a conditions' initials ("GCC"). */
const OPENING = /^\s*(?:\(?[a-z0-9]{1,4}[.)]\s+|\d{1,3}(?:\.\d{1,3})+\.?\s+)?(?:[Tt]he\s+)?(?:[A-Z]{2,6}\s+)?/uy;
/** After the verb: the deleted clause is replaced, substituted or restated, so a duty remains. */
const REPLACED = /^\s*,?\s*(?:and|or)\s+(?:is\s+|are\s+|shall\s+be\s+)?(?:hereby\s+)?(?:replaced|substituted|restated|amended|superseded)\b|^\s*(?:by|with)\b/iu;
const JOINER = /\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)/uy;

/** The cited clauses `text` deletes or disapplies, with their captions; undefined when it does not. */
export function disappliedClauses(text: string, verbs: TermSet): DisappliedClauses | undefined {
  OPENING.lastIndex = 0;
  if (!OPENING.exec(text)) return undefined;
  let at = OPENING.lastIndex;
  const captions: DisappliedClauses['captions'] = [];
  for (;;) {
    CITED.lastIndex = at;
    const m = CITED.exec(text);
    if (!m) break;
    const start = m.index + m[0].lastIndexOf(m[1]!);
    captions.push({ start, end: start + m[1]!.length });
    at = CITED.lastIndex;
    JOINER.lastIndex = at;
    if (!JOINER.exec(text)) break;
    at = JOINER.lastIndex;
  }
  if (!captions.length) return undefined;
  const rest = text.slice(captions[captions.length - 1]!.end + 1);
  const hit = verbs.find(rest).find((h) => /^\s*$/.test(rest.slice(0, h.start)));
  // "Clause 15 (Security Monitoring) is deleted and replaced with: …": a new text takes its place.
  if (!hit || REPLACED.test(rest.slice(hit.end))) return undefined;
  const offset = text.length - rest.length;
  return { captions, cue: { text: hit.term, start: offset + hit.start, end: offset + hit.end } };
}
