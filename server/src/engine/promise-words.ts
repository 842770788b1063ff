/**
 * Lexicon words of a section declared to be promises (lexicon `promiseLeads`, read by
 * promise-lead.ts): "This section sets out what we promise to do", "These are binding commitments",
 * a "Deliverables" heading, and the statements such a declaration covers ("Our engineers use …",
 * not "we do not keep logs"). The words are data; the distance between subject and verb, "to",
 * "as follows", a party's possessive and the contraction "n't" stay in code.
 */
import { phraseAlternation } from './cell-words';

export interface PromiseLeadWords {
  /** Verbs that declare what follows a promise: "promise", "commits", "undertake". */
  declaringVerbs?: string[];
  /** What the declaration is about before its verb: "this section", "the following", "below". */
  declaringSubjects?: string[];
  /** Statements named as promises outright: "these", "the statements in this annex". */
  namedSubjects?: string[];
  /** The verbs that name them so: "are", "form", "constitute". */
  namingVerbs?: string[];
  /** Between that verb and the noun: "our", "firm", "binding", "legally binding". */
  promiseQualifiers?: string[];
  /** The nouns that make statements promises: "promises", "commitments", "undertakings". */
  promiseNouns?: string[];
  /** A heading that lists what the provider owes: "Deliverables". */
  deliverables?: string[];
  /** Before that heading word, it lists nothing owed: "no", "non" ("No deliverables"). */
  deliverablesNegators?: string[];
  /** Before "our" in an opening that names the speaker's staff: "each of", "all". */
  staffQuantifiers?: string[];
  /** The speaker's staff after "our": "engineers", "team", "consultants". */
  ownStaff?: string[];
  /** A statement with one of these denies doing the thing and is no promise: "not", "never". */
  denials?: string[];
}

export interface PromiseLeadPatterns {
  /** A sentence holds one of the declaring verbs or nouns (a cheap scan before the patterns below). */
  mayDeclare: RegExp;
  /** A sentence that says the section's statements are promises. */
  declares: RegExp;
  /** Statements named as promises outright; the match is the naming clause. */
  named: RegExp;
  /** A heading that lists deliverables, and the same heading saying there are none. */
  deliverables: RegExp;
  noDeliverables: RegExp;
  /** A sentence that opens with the speaker's staff: "Our engineers …", "Each of our technicians …". */
  ourStaffOpening: RegExp;
  /** A statement that denies doing the thing. */
  denies: RegExp;
}

export function compilePromiseLeads(words: PromiseLeadWords | undefined): PromiseLeadPatterns {
  const w = words ?? {};
  const alt = phraseAlternation;
  const verbs = alt(w.declaringVerbs);
  return {
    mayDeclare: new RegExp(alt([...(w.declaringVerbs ?? []), ...(w.promiseNouns ?? [])]), 'i'),
    declares: new RegExp(
      String.raw`\b${alt(w.declaringSubjects)}\b[^.;]{0,60}\b${verbs}\s+to\b|\b${verbs}\s+(?:to\s+(?:you|the\s+\p{Lu}\p{L}+)\s+)?(?:to\s+)?(?:as\s+follows|the\s+following)\b`,
      'iu',
    ),
    named: new RegExp(String.raw`\b${alt(w.namedSubjects)}\s+${alt(w.namingVerbs)}\s+(?:(?:the\s+\p{Lu}[\p{L}\s]{0,20}?['’]s?|${alt(w.promiseQualifiers)})\s+)*${alt(w.promiseNouns)}\b`, 'iu'),
    deliverables: new RegExp(String.raw`\b${alt(w.deliverables)}\b`, 'i'),
    noDeliverables: new RegExp(String.raw`\b${alt(w.deliverablesNegators)}[\s-]+${alt(w.deliverables)}\b`, 'i'),
    ourStaffOpening: new RegExp(String.raw`^\s*(?:${alt(w.staffQuantifiers)}\s+)?our\s+(?:[\p{L}-]+\s+)?${alt(w.ownStaff)}\b`, 'iu'),
    denies: new RegExp(String.raw`\b${alt(w.denials)}\b|n['’]t\b`, 'i'),
  };
}
