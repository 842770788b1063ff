/**
 * Lexicon words the quick fixes rewrite (fixes.ts, lexicon `quickFixes` and `negationRewrites`):
 * the verb before an effort standard ("use all reasonable efforts to"), the modal a fix keeps, the
 * permissive modals "shall" replaces, the denials whose positive form is known. Hedges, carve-out
 * words and maxima the fixes read from the lists detection reads (`hedges`, `exclusions`,
 * `durationQualifiers`); these lists say how a cue is rewritten. Permissive modals that "shall"
 * replaces are also read as permissive by detection (lexicon.ts), so a modal added here is both
 * found and fixed. The grammar (a cue's "to", a clause's commas) stays in code.
 */
import { phraseAlternation } from './cell-words';

export interface QuickFixWords {
  /** A requirement's weakening phrase that ends with one of these is a carve-out to delete ("servers only"). */
  carveOutsAfter?: string[];
  /** "use", "make": the verb of an effort standard ("use reasonable efforts to"), removed with it. */
  effortVerbs?: string[];
  /** "all", "its": words between that verb and the standard ("use all its reasonable efforts"). */
  effortDeterminers?: string[];
  /** "shall", "will", "must": a modal in another sentence of the paragraph, which still binds someone. */
  modals?: string[];
  /** Permissive modals that "shall" replaces word for word ("may monitor" → "shall monitor"). */
  permissiveToShall?: string[];
  /** "has no obligation": a denial that, with the "to" after it, "shall" replaces. */
  noObligation?: string[];
  /** "no obligation to": the same with its "to" inside the cue. */
  noObligationTo?: string[];
  /** "is under": before "no obligation to", replaced with it. */
  underBefore?: string[];
  /** "but", "however": the word that joins a trailing carve-out to the clause, removed with it (with the carve-out openers). */
  connectors?: string[];
  /** "allow", "permit": a condition on what something enables ("in so far as its tools allow it")… */
  enablingVerbs?: string[];
  /** …whose pronoun object ("it", "them") goes with the condition. Matched as written (lower case). */
  conditionObjects?: string[];
  /** "at", "on": a preposition left dangling before a deleted discretion cue ("back up the data at intervals it decides")… */
  timingPrepositions?: string[];
  /** …with the noun of when that the cue qualifies ("intervals", "a schedule"): both go with the cue. */
  timingNouns?: string[];
}

/** Negation cues with a direct positive rewrite: the rewrite, then the cues it replaces ("shall": [is not required to]). */
export type NegationRewriteWords = Record<string, string[]>;

export interface QuickFixPatterns {
  carveOutAfter: RegExp;
  /** The effort verb (and its determiners) at the end of the text before an effort standard. */
  effortVerbBefore: RegExp;
  /** A whole cue that is a permissive modal. */
  permissiveToShall: RegExp;
  noObligation: RegExp;
  noObligationTo: RegExp;
  underBefore: RegExp;
  /** The connector (and punctuation) at the end of the text before a trailing carve-out; matches the empty string at least. */
  connectorBefore: RegExp;
  /** A deleted condition that ends with an enabling verb… */
  enablingVerbEnd: RegExp;
  /** …and the pronoun object after it. */
  conditionObject: RegExp;
  /** The words before a cue that open its phrase of when ("at", "on a schedule"); group 1 is the noun of when, if any. */
  timingLeadBefore: RegExp;
  /** A cue that opens with a noun of when ("intervals it decides"). */
  timingNounFirst: RegExp;
  /** A modal anywhere in a sentence: the paragraph still binds someone. */
  modal: RegExp;
  /** Whole negation cues and the positive text that replaces each. */
  negationRewrites: [RegExp, string][];
}

const alt = (list: string[] | undefined): string => phraseAlternation(list);
const whole = (list: string[] | undefined): RegExp => new RegExp(`^${alt(list)}$`, 'i');

/** `carveOutOpeners`: detection's carve-out words (lexicon `carveOuts`), taken with a trailing carve-out like the connectors. */
export function compileQuickFixWords(words: QuickFixWords | undefined, rewrites: NegationRewriteWords | undefined, carveOutOpeners: string[] = []): QuickFixPatterns {
  const w = words ?? {};
  return {
    carveOutAfter: new RegExp(`\\b${alt(w.carveOutsAfter)}$`, 'i'),
    effortVerbBefore: new RegExp(`\\b${alt(w.effortVerbs)}\\s+(?:${alt(w.effortDeterminers)}\\s+)*$`, 'i'),
    permissiveToShall: whole(w.permissiveToShall),
    noObligation: whole(w.noObligation),
    noObligationTo: whole(w.noObligationTo),
    underBefore: new RegExp(`\\b${alt(w.underBefore)}\\s+$`, 'i'),
    connectorBefore: new RegExp(`(?:[\\s,;:]*\\b${alt([...(w.connectors ?? []), ...carveOutOpeners])})?[\\s,;:]*$`, 'i'),
    enablingVerbEnd: new RegExp(`${alt(w.enablingVerbs)}\\w*$`, 'i'),
    conditionObject: new RegExp(`^\\s+${alt(w.conditionObjects)}(?=\\s*[.,;:)]|\\s*$)`),
    timingLeadBefore: new RegExp(`(?<=^|\\s)${alt(w.timingPrepositions)}\\s+(?:(?:a|an|the|such)\\s+)?(${alt(w.timingNouns)}\\s+(?:of\\s+)?)?$`, 'i'),
    timingNounFirst: new RegExp(`^${alt(w.timingNouns)}\\b`, 'i'),
    modal: new RegExp(`\\b${alt(w.modals)}\\b`, 'i'),
    negationRewrites: Object.entries(rewrites ?? {}).map(([rewrite, cues]) => [whole(cues), rewrite]),
  };
}
