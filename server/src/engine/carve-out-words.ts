/**
 * Lexicon words of carve-outs and conditions inside a clause (lexicon `carveOuts`, read by
 * clauses.ts): the words that open one ("except", "unless", "to the extent"), those that are a
 * condition only where they open the clause ("where", "when"), and the words after an exclusion
 * word that make it a condition rather than an excluded object ("except as required by law"). The
 * quick fix that removes a trailing carve-out takes the same opening words with it (fix-words.ts).
 */
import { phraseAlternation } from './cell-words';

export interface CarveOutWords {
  openers?: string[];
  leadingOnly?: string[];
  conditionsAfter?: string[];
}

export interface CarveOutPatterns {
  /** Every opener in a text, as whole words (global: set lastIndex before exec). */
  opener: RegExp;
  /** An opener that is a condition only at the start of its clause (the whole opener). */
  leadingOnly: RegExp;
  /** The words right after an exclusion word that make it a condition. */
  conditionAfter: RegExp;
}

export function compileCarveOuts(words: CarveOutWords | undefined): CarveOutPatterns {
  const w = words ?? {};
  return {
    opener: new RegExp(`\\b${phraseAlternation(w.openers)}\\b`, 'gi'),
    leadingOnly: new RegExp(`^${phraseAlternation(w.leadingOnly)}$`, 'i'),
    conditionAfter: new RegExp(`^\\s*${phraseAlternation(w.conditionsAfter)}\\b`, 'i'),
  };
}
