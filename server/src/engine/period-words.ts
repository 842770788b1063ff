/**
 * Lexicon words around a stated period that say what the period is for (thresholds-check.ts,
 * lexicon `periodContexts`): "three months' prior written notice" is a notice period, not a period
 * of keeping, and "thirty days on the Standard tier" holds only for that tier. The words are data;
 * the grammar around them (a possessive, a bracketed figure, one or two capitalised tier names)
 * stays here.
 */
import { phraseAlternation } from './cell-words';

export interface PeriodContextWords {
  /** "notice": a period followed by one is a notice period. */
  notices?: string[];
  /** "prior", "written": words that may stand between the period and the notice word. */
  noticeModifiers?: string[];
  /** "on", "under": the preposition before a tier's name ("on the Premium tier"). */
  tierPrepositions?: string[];
  /** "tier", "plan", "service level": the noun after a tier's name. */
  tiers?: string[];
  /** "a day", "per week": a period followed by one is a rate or hours of cover ("24 hours a day"). */
  rates?: string[];
  /** "within", "no later than": a period after one is a deadline for some act. */
  deadlines?: string[];
  /**
   * "retained", "kept": the words of keeping that may stand between what is kept and its period,
   * with auxiliaries and "for" ("firewall logs shall be retained for thirty (30) days").
   */
  keeping?: string[];
}

export interface PeriodContextPatterns {
  /** What follows a duration that makes it a notice period. */
  noticeAfter: RegExp;
  /** What follows a duration stated for one tier; group 1 is the tier's name. */
  tierAfter: RegExp;
  /** What follows a duration that makes it a rate or hours of cover. */
  rateAfter: RegExp;
  /** What stands before a duration that makes it a deadline. */
  deadlineBefore: RegExp;
  /**
   * The whole stretch between what is kept and its period when it says no more than that it is
   * kept for the period ("… logs shall be retained for …", "… logs for …"): the period is theirs.
   */
  keptFor: RegExp;
}

export function compilePeriodContexts(words: PeriodContextWords | undefined): PeriodContextPatterns {
  const w = words ?? {};
  const alt = (list: string[] | undefined): string => phraseAlternation(list);
  return {
    noticeAfter: new RegExp(String.raw`^\s*(?:['’]s?\s*)?(?:\(\s*[\d\w]+\s*\)\s*)?(?:${alt(w.noticeModifiers)}\s+)*${alt(w.notices)}\b`, 'i'),
    // Tier names are capitalised ("Standard", "Premium Plus"), so the words are matched as written.
    tierAfter: new RegExp(String.raw`^\s*(?:\([^)]{1,20}\)\s*)?${alt(w.tierPrepositions)}\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+){1,2})${alt(w.tiers)}\b`, 'u'),
    rateAfter: new RegExp(String.raw`^\s*(?:\(\s*[\d\w]+\s*\)\s*)?${alt(w.rates)}\b`, 'i'),
    deadlineBefore: new RegExp(String.raw`\b${alt(w.deadlines)}\s+$`, 'i'),
    // Grammar only: an auxiliary or two, the keeping word, "for", "a period of".
    keptFor: new RegExp(String.raw`^\s*(?:(?:shall|will|must|should|are|is|to)\s+)?(?:be\s+)?(?:${alt(w.keeping)}\s+)?(?:for\s+)?(?:a\s+period\s+of\s+)?$`, 'i'),
  };
}
