/**
 * Sentence splitting for legal prose. A full stop, question or exclamation mark followed by
 * space and an upper-case letter, a digit, a quote, a bracket or an enumerator such as "(b)"
 * (or "b." at the start of a new line) ends a sentence, unless the full stop belongs to a known abbreviation ("e.g.", "i.e.",
 * "Sec.", "No.", "Inc.", "Ltd.", "U.S."), an initial or list letter ("J.", "a."), or a dotted
 * acronym. Semicolons do not end sentences: clause scope is handled by the classifier.
 *
 * A hand-written splitter rather than an NLP library: legal abbreviations and clause numbers
 * are what general-purpose splitters get wrong, and this one runs in one pass with no model.
 */
import type { Span } from './types';

const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'viz', 'cf', 'vs', 'v', 'al', 'approx', 'incl', 'excl', 'esp', 'n.b', 'nb', 'ibid', 'id', 'seq',
  'sec', 'secs', 'ss', 'no', 'nos', 'art', 'arts', 'para', 'paras', 'cl', 'cls', 'sch', 'p', 'pp', 'ch', 'fig', 'vol', 'reg', 'regs',
  'subpara', 'subsec', 'pt', 'ex', 'exh', 'attach', 'amend',
  'inc', 'ltd', 'llc', 'llp', 'lp', 'corp', 'co', 'plc', 'pty', 'gmbh', 'bv', 'nv', 'sa', 'ag', 'pte', 'bhd', 'sarl', 'srl', 'spa', 'oy',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'u.s', 'u.k', 'e.u', 'u.s.a', 'n.a', 'a.m', 'p.m',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'cfr', 'usc', 'u.s.c', 'c.f.r', 'ref', 'min', 'max', 'dept', 'est', 'govt', 'hrs', 'hr', 'yr', 'yrs', 'mos',
]);

/**
 * A sentence end: terminal punctuation, optional closing quotes/brackets, then either the end of
 * the text, a blank line, or space followed by something that can start a sentence.
 */
const END = /[.!?](?:["'”’)\]]*)(?=\s+(?:["'“‘(\[]?[\p{Lu}\p{N}]|\{\{|\((?:[a-z]{1,4}|\d{1,3})\)\s)|\s*\n\s*(?:[a-z]{1,4}|\d{1,3})[.)]\s|\s*$|\s*\n\s*\n)/gu;

/** Split text into sentence spans (offsets relative to `text`), trimmed of surrounding space. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    const dot = m.index;
    if (text[dot] === '.' && (isAbbreviation(text, dot) || isEllipsisInside(text, dot) || isInlineEnumerator(text, dot))) continue;
    const end = dot + m[0].length;
    push(spans, text, start, end);
    start = end;
  }
  push(spans, text, start, text.length);
  return spans;
}

function isLetterOrDot(c: string): boolean {
  // ASCII first: a Unicode property test per character is slow, and nearly every character is ASCII.
  const code = c.charCodeAt(0);
  if (code < 0x80) return code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /\p{L}/u.test(c);
}

function isAbbreviation(text: string, dot: number): boolean {
  // The token before the dot, e.g. "e.g" in "e.g." or "Inc" in "Acme Inc.".
  let i = dot;
  while (i > 0 && isLetterOrDot(text[i - 1]!)) i--;
  const raw = text.slice(i, dot).replace(/^\.+/, '');
  if (!raw) return false;
  const token = raw.toLowerCase();
  if (ABBREVIATIONS.has(token)) return true;
  // Single letters: initials ("J. Smith") and list letters ("a. Periodic Tests").
  if (/^\p{L}$/u.test(raw)) return true;
  // Dotted acronyms: "U.S.C", "N.B".
  return /^(\p{L}\.)+\p{L}$/u.test(token);
}

/**
 * "…is terminated: 01. Disable access …, and 02. Revoke …": a number after a colon, comma,
 * semicolon, "and" or "or" numbers an item of a run-in list (as control catalogs and the
 * contracts that copy them write it); its full stop does not end the sentence.
 */
function isInlineEnumerator(text: string, dot: number): boolean {
  const m = /(?:[:;,]|\b(?:and|or))\s+(\d{1,3})$/.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!m) return false;
  const n = Number(m[1]);
  // The first item follows a colon; a later one needs its predecessor ("clauses 3, 4 and 5." is no list).
  if (n === 1) return /:\s+\d{1,3}$/.test(m[0]);
  return new RegExp(`(?:[:;,]|\\b(?:and|or))\\s+0*${n - 1}\\.\\s`).test(text.slice(Math.max(0, dot - 1500), dot));
}

/** "..." inside a sentence is an ellipsis, not three sentence ends. */
function isEllipsisInside(text: string, dot: number): boolean {
  return text[dot + 1] === '.' || (dot > 0 && text[dot - 1] === '.' && text[dot - 2] === '.');
}

function push(spans: Span[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) spans.push({ start: s, end: e });
}
