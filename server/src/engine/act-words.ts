/**
 * Lexicon words of acts whose kind changes how a clause reads (lexicon `actVerbs`): deleting a thing
 * ("purge copies held in backups": not having to do it says the thing may be kept,
 * removal-disclaimer.ts) and switching a feature on ("you may enable MFA": leave to do so says the
 * feature exists, obliging no one, classify.ts). The words are data; each is read at the start of
 * the act after the clause's verb, as a whole word.
 */
import { phraseAlternation } from './cell-words';

export interface ActVerbWords {
  /** "purge", "dispose of": deleting or destroying something. */
  removal?: string[];
  /** "enable", "turn on": switching on a feature of the service. */
  featureUse?: string[];
}

export interface ActVerbPatterns {
  removal: RegExp;
  featureUse: RegExp;
}

export function compileActVerbs(words: ActVerbWords | undefined): ActVerbPatterns {
  const w = words ?? {};
  const opening = (list: string[] | undefined): RegExp => new RegExp(`^${phraseAlternation(list)}\\b`, 'i');
  return { removal: opening(w.removal), featureUse: opening(w.featureUse) };
}
