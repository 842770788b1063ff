/**
 * Sentence splitting for legal prose. A full stop, question or exclamation mark followed by
 * space and an upper-case letter, digit, quote or bracket ends a sentence, unless it belongs
 * to a known abbreviation ("e.g.", "i.e.", "Sec.", "No.", "Inc.", "Ltd.", "U.S.") or a
 * clause number ("7.2."). Semicolons do not end sentences: clause scope is handled later.
 */
import type { Span } from './types';

const ABBREVIATIONS = new Set(
  [
    'e.g', 'i.e', 'etc', 'viz', 'cf', 'vs', 'v', 'al', 'approx', 'incl', 'excl', 'esp',
    'sec', 'secs', 'no', 'nos', 'art', 'arts', 'para', 'paras', 'cl', 'sch', 'p', 'pp', 'ch', 'fig', 'vol',
    'inc', 'ltd', 'llc', 'llp', 'corp', 'co', 'plc', 'pty', 'gmbh', 'bv', 'nv', 'sa', 'ag', 'pte',
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'u.s', 'u.k', 'e.u', 'u.s.a', 'n.a',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'cfr', 'usc', 'u.s.c', 'c.f.r', 'ref', 'min', 'max', 'dept', 'est', 'govt',
  ].map((a) => a.toLowerCase()),
);

/** Split text into sentence spans (offsets relative to `text`), trimmed of surrounding space. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const re = /[.!?](?:["'”’)\]]*)(?=\s+["'“‘(\[]?[\p{Lu}\p{N}]|\s*$|\s*\n\s*\n)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const dot = m.index;
    if (text[dot] === '.' && isAbbreviation(text, dot)) continue;
    const end = dot + m[0].length;
    push(spans, text, start, end);
    start = end;
  }
  push(spans, text, start, text.length);
  return spans;
}

function isAbbreviation(text: string, dot: number): boolean {
  // The token before the dot, e.g. "e.g" in "e.g." or "Inc" in "Acme Inc.".
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  const token = text.slice(i, dot).toLowerCase().replace(/^\.+/, '');
  if (!token) return false;
  if (ABBREVIATIONS.has(token)) return true;
  // Single capital letters (initials, "A.", list letters) and dotted acronyms.
  if (/^\p{Lu}$/u.test(text.slice(i, dot))) return true;
  return /^(\p{L}\.)+\p{L}$/u.test(token);
}

function push(spans: Span[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) spans.push({ start: s, end: e });
}
