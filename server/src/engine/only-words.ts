/**
 * Lexicon words of a bare "only" condition that narrows a duty (lexicon `onlyConditions`, read by
 * narrowing.ts): "only where …" limits when the duty holds, "only for …" what it covers, "only at …"
 * when or where; "need only …" says the same of the act itself. The words are data; "only" and
 * "but", the word boundaries and the sentence's shape (a later qualification of another clause)
 * stay in code.
 */
import { phraseAlternation } from './cell-words';

export interface OnlyConditionWords {
  /** After "only": a condition on when the duty holds ("where", "if", "to the extent"); also after "but only". */
  conditions?: string[];
  /** After "only": a limit on what the duty covers ("for", "to", "those"). */
  coverage?: string[];
  /** After "only": a limit on when, where or of what ("at", "during", "once", "of"). */
  limits?: string[];
  /** After "but only", with the conditions: the restriction of the clause before ("…, but only for …"); read after "only" too. */
  afterBut?: string[];
  /** The act itself limited: "need only", "needs only" (whatever follows is all that is owed). */
  actOnly?: string[];
}

export interface OnlyConditionPatterns {
  /** Global: every "only …" condition and "need only"; reset lastIndex before use. */
  condition: RegExp;
  /** "but " before "only where …": the restriction of the clause before it. */
  butOnly: RegExp;
  /** A whole cue that narrows what the duty covers rather than when it holds. */
  coverageCue: RegExp;
}

export function compileOnlyConditions(words: OnlyConditionWords | undefined): OnlyConditionPatterns {
  const w = words ?? {};
  const alt = phraseAlternation;
  return {
    condition: new RegExp(String.raw`\bonly\s+${alt([...(w.conditions ?? []), ...(w.coverage ?? []), ...(w.limits ?? []), ...(w.afterBut ?? [])])}\b|\b${alt(w.actOnly)}\b`, 'gi'),
    butOnly: new RegExp(String.raw`\bbut\s+(?=only\s+${alt([...(w.conditions ?? []), ...(w.afterBut ?? [])])}\b)`, 'i'),
    coverageCue: new RegExp(String.raw`^(?:only\s+${alt(w.coverage)}|${alt(w.actOnly)})$`, 'i'),
  };
}
