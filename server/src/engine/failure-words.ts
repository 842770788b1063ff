/**
 * Lexicon words of two clauses that take a duty's act elsewhere without disclaiming it (lexicon
 * `partyFailures` and `laterExclusions`): the other party's failure named before the topic ("the
 * Customer's failure to back up", "where the Client fails to apply patches", failure-of.ts) and a
 * later clause that points back and says what it named is not part of the services or a tier ("…;
 * it is not part of the Standard tier", excluded-after.ts). The words are data; the possessive,
 * "to", a party's name, "is / are not", a tier's capitalised name and the boundaries stay in code.
 */
import { phraseAlternation } from './cell-words';

export interface PartyFailureWords {
  /** "the Customer's failure to", "neglect by the Client to". */
  failureNouns?: string[];
  /** "the Customer fails to", "the Client refused to". */
  failureVerbs?: string[];
}

export interface LaterExclusionWords {
  /** What the later clause points back with: "it", "they", "this". */
  pointers?: string[];
  /** "is not part of", "are not included in". */
  notPartOf?: string[];
  /** What it is not part of: "the services", "the subscription", "the fees". */
  offerings?: string[];
  /** After a capitalised name: "the Standard tier", "the Basic plan". */
  tiers?: string[];
}

export interface PartyFailurePatterns {
  /** A sentence that names a failure at all (a cheap test first). */
  namesFailure: RegExp;
  /** At the end of the text before a topic word: a party's failure to do it. */
  failureBefore: RegExp;
}

export function compilePartyFailures(words: PartyFailureWords | undefined): PartyFailurePatterns {
  const w = words ?? {};
  const alt = phraseAlternation;
  const nouns = alt(w.failureNouns);
  return {
    namesFailure: new RegExp(String.raw`\b${alt([...(w.failureNouns ?? []), ...(w.failureVerbs ?? [])])}`, 'i'),
    failureBefore: new RegExp(String.raw`(?:['’]s?\s+${nouns}|\b${nouns}\s+(?:of|by)\s+(?:the\s+)?[\p{L}\p{N}&.-]+(?:\s+[\p{L}\p{N}&.-]+)?|\s+${alt(w.failureVerbs)})\s+to\s+(?:[\p{L}-]+\s+){0,3}$`, 'u'),
  };
}

/** A later clause that points back and excludes: group 1 the tier's name when it is a tier. */
export function compileLaterExclusions(words: LaterExclusionWords | undefined): RegExp {
  const w = words ?? {};
  const alt = phraseAlternation;
  return new RegExp(
    String.raw`^\s*(?:(?:and|but)\s+)?(?:${alt(w.pointers)}|such\s+\p{L}+)\s+(?:is|are)\s+not\s+${alt(w.notPartOf)}\s+(?:the\s+|this\s+|its\s+|our\s+)?(?:${alt(w.offerings)}\b|((?:\p{Lu}[\p{L}-]*\s+){1,2})${alt(w.tiers)}\b)`,
    'iu',
  );
}
