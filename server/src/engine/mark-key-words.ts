/**
 * Lexicon words of a responsibility matrix's key (lexicon `markKeys`, read by mark-key.ts): the
 * marks a drafter puts in a party's column ("X", "✓", "tick"), the verbs that say what a mark
 * means, the words that make the meaning a duty ("shall", "is obliged to"), and the connectors of
 * a key that spells out initials ("CG = Contract Giver", "CA stands for Contract Acceptor"). The
 * words are data; the frame (quotes around a mark, "in / under a party's column" and the distance
 * between the parts, the capitals of initials and names) stays in code.
 */
import { phraseAlternation } from './cell-words';

export interface MarkKeyWords {
  /** What is put in a party's column: "X", "✓", "R", "tick". */
  marks?: string[];
  /** The optional noun after the mark: "an X mark in …". */
  markNouns?: string[];
  /** The column, after "in / under a / the / each": "party's column". */
  columns?: string[];
  /** What the key says a mark does: "means", "indicates", "denotes". */
  meaningVerbs?: string[];
  /** What makes the meaning a duty: "shall", "must", "is obliged to". */
  bindingWords?: string[];
  /** Between initials and the name they stand for: "=", ":", "means", "stands for" (read as written: case matters). */
  initialsLinks?: string[];
}

export interface MarkKeyPatterns {
  /** A key sentence that says a mark in a party's column binds that party; matched up to its binding word. */
  binds: RegExp;
  /** Global: initials (group 1) and the name they stand for (group 2). */
  initials: RegExp;
}

export function compileMarkKeys(words: MarkKeyWords | undefined): MarkKeyPatterns {
  const w = words ?? {};
  const alt = phraseAlternation;
  return {
    binds: new RegExp(
      String.raw`(?:^|[\s(“"'*])(?:an?\s+)?[*“"']*${alt(w.marks)}[*”"']*\s+(?:${alt(w.markNouns)}\s+)?(?:in|under)\s+(?:a|the|each)\s+${alt(w.columns)}\b[^.;]{0,40}?\b${alt(w.meaningVerbs)}\b[^.;]{0,120}?\b${alt(w.bindingWords)}\b`,
      'i',
    ),
    initials: new RegExp(String.raw`(?<![\p{L}\p{N}])(\p{Lu}{2,5})\s*${alt(w.initialsLinks)}\s*(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})`, 'gu'),
  };
}
