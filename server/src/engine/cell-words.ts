/**
 * Word lists of the lexicon that name a whole table cell or open an answer: a requirement table's
 * headers and answers ("Bidder response", "Partially compliant"), a priority ("Should"). They are
 * phrases like every lexicon entry, compiled here into one anchored pattern per list: a cell
 * matches when it is one of the phrases (a closing full stop or question mark allowed), or opens
 * with a phrase written with a trailing "…" ("Does not comply …" also reads "Does not comply with
 * item 4"). "{provider}" and "{customer}" stand for that side's role words, as in the hedges.
 */
import type { PartyWords } from './lexicon';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const SLOT = /(\{(?:provider|customer)\})/;

/** One phrase as a pattern source: spaces stretch, "/" and brackets may be spaced, either apostrophe reads. */
function phraseSource(phrase: string, parties: Required<PartyWords>): string {
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

/** The whole-cell pattern of a phrase list; one that matches nothing when the list is empty. */
export function cellPattern(phrases: readonly string[] | undefined, parties: Required<PartyWords>): RegExp {
  const opening = (p: string): boolean => /\s*…$/.test(p);
  const whole = (phrases ?? []).filter((p) => !opening(p)).map((p) => phraseSource(p, parties));
  const opens = (phrases ?? []).filter(opening).map((p) => phraseSource(p.replace(/\s*…$/, ''), parties));
  const parts = [...(whole.length ? [`(?:${whole.join('|')})\\s*[.?!]?\\s*$`] : []), ...(opens.length ? [`(?:${opens.join('|')})(?![\\p{L}\\p{N}])`] : [])];
  return parts.length ? new RegExp(`^\\s*(?:${parts.join('|')})`, 'iu') : /(?!)/;
}
