/**
 * Lexicon words of an allocation that gives a duty to the holder named after it (lexicon
 * `allocatedHolders`, read by allocated-holder.ts): the words that negate it ("does not fall to"),
 * the allocation words that need an act after the holder ("is for the Client to arrange"), the
 * "-ing" nouns that name a thing and not an act ("the building remains with …"), and the words
 * between a party's name and its people ("the Client's own IT team"). The words are data; the
 * grammar (an adverb in "-ly", the gerund and act-noun endings, a possessive) stays in code.
 */
import { phraseAlternation } from './cell-words';

export interface AllocatedHolderWords {
  /** Before the allocation words, they give nothing: "not", "never", "no longer". */
  negators?: string[];
  /** Allocation words that allocate only with an act for the holder to do: "is for", "are for". */
  needsAct?: string[];
  /** Words in "-ing" that name a thing, not an act: "building", "pricing", "everything". */
  notActs?: string[];
  /** Between a party's name and its people: "own", "internal", "in-house". */
  staffModifiers?: string[];
}

export interface AllocatedHolderPatterns {
  /** Tested on the text before the allocation words: they are negated. */
  negatedBefore: RegExp;
  /** Tested on the allocation words found: they need an act after the holder. */
  needsAct: RegExp;
  /** A subject that is an act: a gerund or an act noun with its object. */
  actSubject: RegExp;
  /** The words between a party's possessive and its people, as a pattern source: "(?:own\s+)*". */
  staffModifiers: string;
  /** The nouns of a party's people (lexicon `staffWords`), as a pattern source: "team", "engineers". */
  peopleNoun: string;
  /** The rest of a subject after the customer's name: "'s (own) security team", ending there. */
  peopleRest: RegExp;
}

export function compileAllocatedHolders(words: AllocatedHolderWords | undefined, peopleNoun: string): AllocatedHolderPatterns {
  const w = words ?? {};
  const alt = phraseAlternation;
  const staffModifiers = String.raw`(?:${alt(w.staffModifiers)}\s+)*`;
  return {
    negatedBefore: new RegExp(String.raw`\b${alt(w.negators)}\s+(?:\p{L}+ly\s+)?$`, 'iu'),
    needsAct: new RegExp(String.raw`^${alt(w.needsAct)}$`, 'i'),
    actSubject: new RegExp(String.raw`^(?:(?!${alt(w.notActs)}\b)\p{L}{3,}ing\b|(?:the\s+)?\p{L}+(?:ing|tion|ment|al|ance|ence)\s+of\b)`, 'iu'),
    staffModifiers,
    peopleNoun,
    peopleRest: new RegExp(String.raw`^['’]s?\s+${staffModifiers}(?:[\p{L}-]+\s+){0,3}?${peopleNoun}$`, 'iu'),
  };
}
