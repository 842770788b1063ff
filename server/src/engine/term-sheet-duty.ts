/**
 * The term-sheet infinitive: heads of terms, term sheets and their tables state each side's duty
 * as a party word and "to" with no finite verb ("Provider to keep the logs for twelve months",
 * "Customer to provide access; the Supplier to install the agents"). It is "the Provider is to
 * keep …" with the copula left out, and binds as "is to" does. Only at the head of a sentence,
 * a table cell or a clause after ";" or ":", and only with a lower-case verb after "to": "from the
 * Customer to the Provider" and "Provider to Customer transfers" stay topics.
 */
import type { Lexicon } from './lexicon';
import { escapeRegExp } from './term-patterns';
import type { TermHit } from './terms';

const patterns = new WeakMap<Lexicon, RegExp>();

function patternFor(lex: Lexicon): RegExp {
  let re = patterns.get(lex);
  if (!re) {
    const p = lex.parties;
    const words = [...p.provider, ...p.customer, ...p.both].sort((a, b) => b.length - a.length).map(escapeRegExp);
    const head = String.raw`(?:^|[.;:|]\s*(?:and\s+)?|\n\s*)`;
    re = new RegExp(String.raw`${head}\s*(?:the\s+)?(?:${words.join('|')})\s+(to)\s+(?=\p{Ll})`, 'giu');
    patterns.set(lex, re);
  }
  return re;
}

/** The "to" of each term-sheet duty in `text[from, to)`, as a binding hit with offsets in `text`. */
export function termSheetDuties(text: string, from: number, to: number, lex: Lexicon): TermHit[] {
  const re = patternFor(lex);
  const hits: TermHit[] = [];
  // Start a little before the region, for the head (";", "|", a line start) and the party word before its "to".
  re.lastIndex = Math.max(0, from - 80);
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const start = m.index + m[0].lastIndexOf('to');
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 1);
    if (next === next.toUpperCase()) continue;
    if (start >= from && start + 2 <= to) hits.push({ term: 'to', start, end: start + 2, index: 0 });
  }
  return hits;
}
