/**
 * Lexicon words of a later clause that narrows an earlier one (lexicon `clauseNarrowing`, read by
 * narrowing.ts): the verbs of a sentence whose subject is the cited clause ("Clause 6.1 applies
 * only …", "Section 3.7 has effect subject to …"), the aside that may open it ("For the avoidance
 * of doubt, …"), the words of a time that opens a transitional derogation ("Until 30 June 2027, …"),
 * and the words that cut an exception out of the cited clause ("does not apply to", "applies save
 * that"). The words are data; the clause numbers, the part nouns shared with cited-clause.ts
 * (section, clause, article), the openers of qualifying-opener.ts and the sentence's shape stay in code.
 */
import { phraseAlternation } from './cell-words';
import { QUALIFYING_OPENER } from './qualifying-opener';

export interface ClauseNarrowingWords {
  /** What the cited clause as subject does: "applies", "does not apply", "has effect", "must be read". */
  subjectVerbs?: string[];
  /** An aside before the cited clause, followed by a comma: "for the avoidance of doubt". */
  subjectAsides?: string[];
  /** A party's assent that may lead the cited clause as subject: "we accept that", "the parties agree that". */
  subjectLeads?: string[];
  /** The duty of a clause named as the subject: "the obligations (in) clause 6.1", "the duty (under) …". */
  dutyNouns?: string[];
  /** Between such a duty and its clause: "in", "under", "set out in". */
  dutyLinks?: string[];
  /** Open a time before the qualification, up to a comma: "until", "during", "pending". */
  openingTimes?: string[];
  /** A clause said not to apply: "does not apply", "shall not apply". */
  notApplyVerbs?: string[];
  /** After those: what it does not apply to or when: "to", "where", "in respect of". */
  notApplyObjects?: string[];
  /** A clause said to apply with a saving: "applies", "shall apply". */
  applyVerbs?: string[];
  /** After those: the saving that cuts an exception out: "save that", "except where". */
  applySavings?: string[];
}

export interface ClauseNarrowingPatterns {
  /** A sentence whose subject is the cited clause itself ("Clause 6.1 applies only …"). */
  citedClauseSubject: RegExp;
  /** A sentence that opens by qualifying another clause (tested after narrowing.ts's cheap word test). */
  qualifiesAnother: RegExp;
  /** An exception cut out of the cited clause: "does not apply to", "applies save that". */
  doesNotApply: RegExp;
}

/** A sentence's own number before it, in any style: "12.3", "(b)", "G1.4", "B.11.2", "5.3A". */
const OWN_NUMBER = String.raw`(?:(?:\p{L}{0,4}[.-]?\d{1,3}(?:\.\d{1,3})*\p{Lu}?\.?|\(?[a-z0-9]{1,4}[.)])\s*)?`;

export function compileClauseNarrowing(words: ClauseNarrowingWords | undefined): ClauseNarrowingPatterns {
  const w = words ?? {};
  const alt = phraseAlternation;
  // "Clause 6.1 applies only …", "The obligations in clause 6.1 …", "For the avoidance of doubt, clause 6.1 is …".
  // "We accept that paragraph 11 applies only to …": the same, after a party's assent.
  const clauseAsSubject = String.raw`(?:${alt(w.subjectLeads)}\s+)?(?:${alt(w.subjectAsides)}\s*,\s*)?(?:the\s+${alt(w.dutyNouns)}\s+${alt(w.dutyLinks)}\s+)?(?:section|clause|paragraph|article|sub-?clause)\s+\d{1,3}(?:\.\d{1,3})*(?:\([a-z0-9]{1,4}\))*\s+${alt(w.subjectVerbs)}\b`;
  // "Until 30 June 2027, clause 19.1 applies only to …": a transitional derogation.
  const openingTime = String.raw`(?:${alt(w.openingTimes)}\s+(?:the\s+)?[\p{L}\p{N} ]{1,50},\s*)?`;
  return {
    citedClauseSubject: new RegExp(String.raw`^\s*${OWN_NUMBER}${openingTime}${clauseAsSubject}`, 'iu'),
    qualifiesAnother: new RegExp(
      String.raw`^\s*${OWN_NUMBER}${openingTime}(?:${QUALIFYING_OPENER}|(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s?\s+${alt(w.dutyNouns)}\s+(?:under|in)\s+(?:section|clause|paragraph|article)\s|(?:the\s+)?[\p{L}\s,'’-]{1,80}?\bunder\s+(?:section|clause|paragraph|article)\s+[\p{L}\d.()-]+\s+(?:is|are|shall|will)\b|${clauseAsSubject})`,
      'iu',
    ),
    doesNotApply: new RegExp(String.raw`\b${alt(w.notApplyVerbs)}\s+${alt(w.notApplyObjects)}\b|\b${alt(w.applyVerbs)}\s+${alt(w.applySavings)}\b`, 'i'),
  };
}
