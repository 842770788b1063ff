/**
 * Passive terms read every auxiliary (terms.ts). A term that names an act in the passive voice
 * ("access is logged", "logs are reviewed", "access will be recorded") spells one auxiliary, but
 * a contract states the same act with any of them ("access shall be logged", "logs must be
 * reviewed"), and a hedge or a disclaimer goes between the auxiliary and the participle without
 * changing which act is named: "access will, where possible, be recorded", "logs shall not be
 * required to be reviewed", "access is not logged". The term must still be found there, or the
 * hedge or disclaimer is never read and the clause disappears instead of turning weak or negated.
 *
 * So in a term, "is", "are" or "will/shall/must/should be" between a first word and a past
 * participle (a word in -ed, or a common irregular one) reads any of those auxiliaries, with an
 * optional "not", one comma-enclosed qualification after the auxiliary, and "(be) required /
 * obliged to be". Nothing else in the term changes; the classifier reads the hedge or negation.
 */

import { WORD } from './term-patterns';

/** One comma-enclosed qualification: ", where possible,", ", to the extent practicable,". */
const QUALIFICATION = String.raw`(?:\s*,\s*[^,.;:]{1,60}?,)?`;

/** The auxiliary of a passive, as a pattern that starts with the white space before it. */
const PASSIVE_AUXILIARY = String.raw`\s+(?:(?:is|are)(?:\s+not)?${QUALIFICATION}|(?:will|shall|must|should)(?:\s+not)?${QUALIFICATION}\s+(?:not\s+)?(?:(?:be\s+)?(?:required|obliged|obligated)\s+to\s+)?be${QUALIFICATION})`;

const COPULA = new Set(['is', 'are']);
const MODAL = new Set(['will', 'shall', 'must', 'should']);
const IRREGULAR_PARTICIPLES = new Set(['kept', 'held', 'made', 'done', 'given', 'taken', 'sent', 'shown', 'written', 'run', 'set', 'built', 'met']);

function isParticiple(word: string | undefined): boolean {
  if (!word) return false;
  const w = word.toLowerCase();
  return /^[a-z]{2,}ed$/.test(w) || IRREGULAR_PARTICIPLES.has(w);
}

export interface PassiveTerm {
  /** The words before the auxiliary ("access", "security events"). */
  subject: string[];
  /** The participle and what follows it, as a term ("logged", "transferred or terminated"). */
  rest: string;
}

/**
 * A passive term split at its auxiliary, or undefined: "is", "are" or "will/shall/must/should be"
 * between a first word and a participle. A term that starts with the auxiliary is not split.
 */
export function splitPassive(words: readonly string[]): PassiveTerm | undefined {
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i]!.toLowerCase();
    const after = COPULA.has(w) ? i + 1 : MODAL.has(w) && words[i + 1]!.toLowerCase() === 'be' ? i + 2 : -1;
    if (after > 0 && isParticiple(words[after])) return { subject: words.slice(0, i), rest: words.slice(after).join(' ') };
  }
  return undefined;
}

/**
 * The pattern of a passive term: its subject, then (looked ahead at, not taken into the match)
 * any auxiliary and the participle. The match is the subject alone, so the classifier reads the
 * auxiliary, a hedge or a negation between it and the participle as it reads them for any term
 * ("access is not logged" is a denial, not a term that contains "not").
 */
export function passiveSource(subject: string, rest: string): string {
  return `${subject}(?=${PASSIVE_AUXILIARY}\\s+${rest}${END_OF_PARTICIPLE})`;
}

/**
 * The word boundary after the participle. It lies inside the lookahead, past the match, where
 * term-patterns.ts's fast ASCII pattern would miss a non-ASCII letter ("terminatedé"); the literal
 * "·" (never after a participle) keeps the source non-ASCII, so only the exact pattern is used.
 */
const END_OF_PARTICIPLE = `(?!${WORD}|·)`;
