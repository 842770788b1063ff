/**
 * Lexicon words that mark where a duty's act ends and what a modal inside it belongs to (lexicon
 * `actReading`, read by sentence-kinds.ts): the verbs of a check whose "can" is what the check
 * establishes ("test that backups can be restored"), the words that open a subordinate clause after
 * the act ("… when the Provider notifies the Client"), and the verbs of a party that only intends
 * something ("each supplier the Provider proposes to use"). The words are data; the grammar ("that",
 * a capitalised name, "to") stays in code.
 */
import { phraseAlternation } from './cell-words';

export interface ActReadingWords {
  /** Before "that": a check whose object may hold a "can" ("verify", "make sure", "demonstrates"). */
  checkingVerbs?: string[];
  /** Open a subordinate clause after the act ("when", "unless", "as soon as"). */
  subordinators?: string[];
  /** Before "to": a party that only intends or proposes ("proposes", "intends", "elects"). */
  intentVerbs?: string[];
}

export interface ActReadingPatterns {
  /** Tested on the words before a modal: "check that we " (up to five words after "that"). */
  checkedThat: RegExp;
  /** The first subordinate clause in an act, with the comma or space before it. */
  subordinate: RegExp;
  /** A party named in a relative clause that only intends the act: " the Provider proposes to ". */
  intent: RegExp;
}

export function compileActReading(words: ActReadingWords | undefined): ActReadingPatterns {
  const w = words ?? {};
  const alt = phraseAlternation;
  return {
    checkedThat: new RegExp(String.raw`\b${alt(w.checkingVerbs)}\s+that\s+(?:[\p{L}'’-]+\s+){0,5}$`, 'iu'),
    subordinate: new RegExp(String.raw`(?:,\s*|\s)${alt(w.subordinators)}\s`, 'i'),
    intent: new RegExp(String.raw`\s(?:(?:that|which|whom)\s+)?(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+${alt(w.intentVerbs)}\s+to\s`, 'u'),
  };
}
