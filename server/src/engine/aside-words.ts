/**
 * Lexicon words of asides about a noun (asides.ts, lexicon `asides`): the verbs of a versioning
 * phrase ("as amended from time to time"), of another act after the concept ("… and made available
 * on request", "storage that the Customer can search") and of a relative clause that says what a
 * noun's holders may do ("functions that users are permitted to run"). The words are data; the
 * grammar around them ("as … from time to time", "that the Customer", "and shall") stays here.
 */
import { phraseAlternation } from './cell-words';

export interface AsideWords {
  /** "as amended / updated / revised from time to time". */
  versionVerbs?: string[];
  /** After "that the Customer": the party's own modal ("can", "may", "is able to"). */
  partyModals?: string[];
  /** After "and": a second predicate of giving the thing ("made available", "sent", "shared"). */
  givingVerbs?: string[];
  /** "… available to the Customer": the thing offered to a named party. */
  offeredWords?: string[];
  /** "are permitted to", "is authorised to" in a relative clause about a noun's holders. */
  permissions?: string[];
}

export interface AsidePatterns {
  versioning: RegExp;
  anotherAct: RegExp;
  permittedTerm: RegExp;
}

export function compileAsides(words: AsideWords | undefined): AsidePatterns {
  const w = words ?? {};
  const alt = (list: string[] | undefined): string => phraseAlternation(list);
  return {
    versioning: new RegExp(String.raw`\bas\s+(?:may\s+be\s+|it\s+may\s+be\s+|they\s+may\s+be\s+)?${alt(w.versionVerbs)}(?:\s+(?:and|or)\s+\p{L}+)?(?:\s+\p{L}+){0,3}?\s+from\s+time\s+to\s+time\b`, 'giu'),
    // A named party (capitalised) is matched by case, so the words are as written (lower case).
    // The giving act may be a second infinitive of one modal: "shall be required to keep the logs … and to produce them … on request".
    anotherAct: new RegExp(
      String.raw`\b(?:that|which)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+${alt(w.partyModals)}\b|\band\s+(?:(?:shall|will|must|is\s+to|are\s+to|to)\s+)?(?:(?:is|are|be)\s+)?${alt(w.givingVerbs)}\b|\b${alt(w.offeredWords)}\s+to\s+(?:the\s+)?\p{Lu}`,
      'u',
    ),
    permittedTerm: new RegExp(String.raw`^(?:are|is)\s+${alt(w.permissions)}\s+to$`, 'i'),
  };
}
