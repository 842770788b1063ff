/**
 * Compiles the catalog's plain-text terms into safe, bounded regular expressions.
 * Clause packs hold data only: a term is never treated as a regular expression itself;
 * every character is escaped and only the documented conveniences are added:
 * - case-insensitive whole words; a term in ALL CAPS (2+ letters) matches case-sensitively;
 * - a space or hyphen inside a term matches white space (a CRLF line break, the blanks left by
 *   masked emphasis), a hyphen or nothing;
 * - the endings s, es, d, ed, ing (and e→ing) are accepted;
 * - a trailing `*` accepts any word ending.
 *
 * Speed: a set compiles to one alternation per case mode, without a look-behind per term (the
 * word boundary before a hit is checked by hand, which lets the engine scan for the
 * alternatives' first letters), and each set keeps lower-case anchors (the start of every
 * term) so most sentences are rejected by a substring test before any regular expression runs.
 */

export interface TermHit {
  term: string;
  start: number;
  end: number;
  /** Index of the term (in the set's list) that matched. */
  index: number;
}

const WORD = '[\\p{L}\\p{N}]';
const WORD_CHAR = /[\p{L}\p{N}]/u;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function termSource(term: string): { source: string; caseSensitive: boolean } {
  let t = term.trim();
  const wildcard = t.endsWith('*');
  if (wildcard) t = t.slice(0, -1);
  const caseSensitive = /^[A-Z0-9&/-]{2,}$/.test(t) && /[A-Z]{2}/.test(t);
  const parts = t.split(/[\s-]+/).filter(Boolean).map(escape);
  // `\s+` then a literal that is not white space: no two ways to match, so no backtracking.
  let body = parts.join('(?:\\s+|-)?');
  if (wildcard) body += `${WORD}*`;
  else if (/[a-z]$/i.test(t)) {
    // Simple inflections; "e"-final words also match "-ing" without the e (store → storing).
    // Not for one- and two-letter words: "e" would match "ing" (and "being" is "be" + "ing").
    const stem = t.endsWith('e') && (parts[parts.length - 1]?.length ?? 0) > 2 ? `(?:${body}|${body.slice(0, -1)}ing)` : body;
    body = `${stem}(?:s|es|d|ed|ing)?`;
    if (caseSensitive) body = `${escape(t)}s?`;
  }
  return { source: body, caseSensitive };
}

/**
 * Lower-case text every match of a term must contain: its longest word ("factor" for
 * "multi-factor", "provision" for "de-provision*"). Words of a term are matched literally, except
 * that the last may drop a final "e" before "-ing", so that "e" is left out of the anchor. The
 * longest word rejects far more sentences than a short first word ("d", "in", "at") would.
 */
function anchorOf(term: string): string {
  const words = term.trim().replace(/\*$/, '').toLowerCase().split(/[\s-]+/).filter(Boolean);
  if (words.length) {
    const last = words[words.length - 1]!;
    if (last.endsWith('e')) words[words.length - 1] = last.slice(0, -1);
  }
  return words.reduce((longest, w) => (w.length > longest.length ? w : longest), '');
}

interface Compiled {
  re: RegExp;
  /** Capture group number → term index. */
  groups: number[];
}

/** A compiled set of alternative terms (one concept group). */
export class TermSet {
  private readonly compiled: Compiled[] = [];
  /** Lower-case anchors; undefined when some term has none (then every text is scanned). */
  private readonly anchors: string[] | undefined;

  constructor(readonly terms: readonly string[]) {
    const modes: { sources: string[]; groups: number[] }[] = [
      { sources: [], groups: [] },
      { sources: [], groups: [] },
    ];
    const anchors = new Set<string>();
    let anchored = true;
    terms.forEach((term, index) => {
      // A term with nothing literal in it ("-", "*") would match empty strings or any word.
      if (!/[^\s*-]/.test(term)) return;
      const { source, caseSensitive } = termSource(term);
      const mode = modes[caseSensitive ? 1 : 0]!;
      mode.sources.push(`(${source})`);
      mode.groups.push(index);
      const anchor = anchorOf(term);
      if (anchor) anchors.add(anchor);
      else anchored = false;
    });
    modes.forEach((mode, i) => {
      if (!mode.sources.length) return;
      this.compiled.push({ re: new RegExp(`(?:${mode.sources.join('|')})(?!${WORD})`, i === 0 ? 'giu' : 'gu'), groups: mode.groups });
    });
    this.anchors = anchored ? [...anchors] : undefined;
  }

  /** False when no term can occur in a text whose lower-case form is `lower`. */
  mayOccur(lower: string): boolean {
    if (!this.anchors) return true;
    for (const a of this.anchors) if (lower.includes(a)) return true;
    return false;
  }

  /**
   * All non-overlapping hits in `text`, offsets relative to `text` plus `base`. Pass `lower`
   * (text.toLowerCase()) when you have it, to skip texts that cannot match.
   */
  find(text: string, base = 0, lower?: string): TermHit[] {
    if (!this.mayOccur(lower ?? text.toLowerCase())) return [];
    const hits: TermHit[] = [];
    for (const { re, groups } of this.compiled) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length === 0 || wordCharBefore(text, m.index)) {
          re.lastIndex = nextWordStart(text, m.index);
          continue;
        }
        let g = 1;
        while (g < m.length && m[g] === undefined) g++;
        hits.push({ term: m[0], start: base + m.index, end: base + m.index + m[0].length, index: groups[g - 1] ?? 0 });
      }
    }
    return hits.length > 1 ? hits.sort((a, b) => a.start - b.start) : hits;
  }

  test(text: string, lower?: string): boolean {
    if (!this.mayOccur(lower ?? text.toLowerCase())) return false;
    for (const { re } of this.compiled) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length > 0 && !wordCharBefore(text, m.index)) return true;
        re.lastIndex = nextWordStart(text, m.index);
      }
    }
    return false;
  }
}

/** Is the character (code point) just before `index` a letter or digit? */
function wordCharBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const low = text.charCodeAt(index - 1);
  const pair = index >= 2 && low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(index - 2) >= 0xd800 && text.charCodeAt(index - 2) <= 0xdbff;
  return WORD_CHAR.test(pair ? text.slice(index - 2, index) : text[index - 1]!);
}

/**
 * Where to look again after a rejected match at `index`: just past the word it sits in, since no
 * hit can start inside a word. Retrying at index + 1 rescans a wildcard's whole word from every
 * letter (quadratic on one long word), and with the `u` flag an index inside a surrogate pair
 * is moved back to the pair's start, which would loop forever on an empty match.
 */
function nextWordStart(text: string, index: number): number {
  let i = index;
  for (;;) {
    const code = text.codePointAt(i);
    if (code === undefined) return text.length + 1;
    const width = code > 0xffff ? 2 : 1;
    if (!WORD_CHAR.test(String.fromCodePoint(code))) return i + width;
    i += width;
  }
}

const cache = new Map<string, TermSet>();

/** Term sets are shared across requirements and documents; compile each list once. */
export function termSet(terms: readonly string[]): TermSet {
  // A requirement's term lists are looked up once per requirement and document block: by identity first.
  const known = byList.get(terms);
  if (known) return known;
  // JSON, not a join: a separator character could occur inside a term and merge two lists.
  const key = JSON.stringify(terms);
  let set = cache.get(key);
  if (!set) {
    set = new TermSet(terms);
    if (cache.size > 5000) cache.clear();
    cache.set(key, set);
  }
  byList.set(terms, set);
  return set;
}

const byList = new WeakMap<readonly string[], TermSet>();
