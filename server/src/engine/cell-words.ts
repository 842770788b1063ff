/**
 * Word lists of the lexicon that name a whole table cell or open an answer: a requirement table's
 * headers and answers ("Bidder response", "Partially compliant"), a priority ("Should"). They are
 * phrases like every lexicon entry, compiled here into one anchored pattern per list: a cell
 * matches when it is one of the phrases (a closing full stop or question mark allowed), or opens
 * with a phrase written with a trailing "…" ("Does not comply …" also reads "Does not comply with
 * item 4"). "{provider}" and "{customer}" stand for that side's role words, as in the hedges.
 */
import type { PartyWords, VerdictWords } from './lexicon';
import { escapeRegExp } from './term-patterns';

const escapeRe = escapeRegExp;

const SLOT = /(\{(?:provider|customer)\})/;

/** One phrase as a pattern source: spaces stretch, "/" and brackets may be spaced, either apostrophe reads. */
export function phraseSource(phrase: string, parties: Pick<Required<PartyWords>, 'provider' | 'customer'>): string {
  return phrase
    .trim()
    .split(SLOT)
    .map((part) => {
      if (part === '{provider}' || part === '{customer}') {
        const words = (part === '{provider}' ? parties.provider : parties.customer).slice().sort((a, b) => b.length - a.length);
        return `(?:${words.map((w) => escapeRe(w).replace(/\s+/g, '\\s+')).join('|') || '(?!)'})`;
      }
      return escapeRe(part)
        .replace(/\s+/g, '\\s+')
        .replace(/'/g, "['’]")
        .replace(/(?:\\s\+)?\\\/(?:\\s\+)?/g, '\\s*\\/\\s*')
        .replace(/\\\((?:\\s\+)?/g, '\\(\\s*')
        .replace(/(?:\\s\+)?\\\)/g, '\\s*\\)');
    })
    .join('');
}

/** The whole-cell pattern of a phrase list (a closing stop of `closing` allowed); one that matches nothing when the list is empty. */
export function cellPattern(phrases: readonly string[] | undefined, parties: Required<PartyWords>, closing = '[.?!]'): RegExp {
  const opening = (p: string): boolean => /\s*…$/.test(p);
  const whole = (phrases ?? []).filter((p) => !opening(p)).map((p) => phraseSource(p, parties));
  const opens = (phrases ?? []).filter(opening).map((p) => phraseSource(p.replace(/\s*…$/, ''), parties));
  const parts = [...(whole.length ? [`(?:${whole.join('|')})\\s*${closing}?\\s*$`] : []), ...(opens.length ? [`(?:${opens.join('|')})(?![\\p{L}\\p{N}])`] : [])];
  return parts.length ? new RegExp(`^\\s*(?:${parts.join('|')})`, 'iu') : /(?!)/;
}

const NO_PARTIES = { provider: [], customer: [] };

/** Phrases that open a text and end at a word boundary ("NTD: …", "Yes, we …"); longest first. */
export function openingPattern(phrases: readonly string[] | undefined): RegExp {
  const sorted = [...(phrases ?? [])].sort((a, b) => b.length - a.length).map((p) => phraseSource(p, NO_PARTIES));
  return sorted.length ? new RegExp(`^\\s*(?:${sorted.join('|')})\\b`, 'i') : /(?!)/;
}

/**
 * A phrase list as one alternation, longest first, for a pattern whose frame (boundaries, flags)
 * is code's; a phrase written with a trailing "…" is followed by `open` ("warrant…" with `\w*`
 * also reads "warranties"). Matches nothing when the list is empty.
 */
export function phraseAlternation(phrases: readonly string[] | undefined, open = '', parties: Pick<Required<PartyWords>, 'provider' | 'customer'> = NO_PARTIES): string {
  const source = (p: string): string => (/\s*…$/.test(p) ? phraseSource(p.replace(/\s*…$/, ''), parties) + open : phraseSource(p, parties));
  const sorted = [...(phrases ?? [])].sort((a, b) => b.length - a.length).map(source);
  return sorted.length ? `(?:${sorted.join('|')})` : '(?!)';
}

export type Verdict = 'yes' | 'no' | 'partial' | 'planned' | 'not-applicable';
/** Verdicts in the order they are tried: "not applicable" and "not yet" before a bare "no". */
export type VerdictPatterns = [Verdict, RegExp][];

export function verdictPatterns(words: VerdictWords | undefined): VerdictPatterns {
  const w = words ?? {};
  return [
    ['not-applicable', openingPattern(w.notApplicable)],
    ['partial', openingPattern(w.partial)],
    ['planned', openingPattern(w.planned)],
    ['yes', openingPattern(w.yes)],
    ['no', openingPattern(w.no)],
  ];
}
