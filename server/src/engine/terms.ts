/**
 * Compiles the catalog's plain-text terms into safe, bounded regular expressions.
 * Clause packs hold data only: a term is never treated as a regular expression itself;
 * every character is escaped and only the documented conveniences are added:
 * - case-insensitive whole words; a term in ALL CAPS (2+ letters) matches case-sensitively;
 * - a space or hyphen inside a term matches a space, a hyphen or nothing;
 * - the endings s, es, d, ed, ing (and e→ing) are accepted;
 * - a trailing `*` accepts any word ending.
 */

export interface TermHit {
  term: string;
  start: number;
  end: number;
}

const WORD = '[\\p{L}\\p{N}]';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function termSource(term: string): { source: string; caseSensitive: boolean } {
  let t = term.trim();
  const wildcard = t.endsWith('*');
  if (wildcard) t = t.slice(0, -1);
  const caseSensitive = /^[A-Z0-9&/-]{2,}$/.test(t) && /[A-Z]{2}/.test(t);
  const parts = t.split(/[\s-]+/).filter(Boolean).map(escape);
  let body = parts.join('[\\s-]?');
  if (wildcard) body += `${WORD}*`;
  else if (/[a-z]$/i.test(t)) {
    // Simple inflections; "e"-final words also match "-ing" without the e (store → storing).
    const stem = t.endsWith('e') && parts.length > 0 ? `(?:${body}|${body.slice(0, -1)}ing)` : body;
    body = `${stem}(?:s|es|d|ed|ing)?`;
    if (caseSensitive) body = `${escape(t)}s?`;
  }
  return { source: `(?<!${WORD})${body}(?!${WORD})`, caseSensitive };
}

/** A compiled set of alternative terms (one concept group). */
export class TermSet {
  private readonly insensitive: RegExp | undefined;
  private readonly sensitive: RegExp | undefined;

  constructor(readonly terms: readonly string[]) {
    const ci: string[] = [];
    const cs: string[] = [];
    for (const term of terms) {
      if (!term.trim()) continue;
      const { source, caseSensitive } = termSource(term);
      (caseSensitive ? cs : ci).push(`(${source})`);
    }
    this.insensitive = ci.length ? new RegExp(ci.join('|'), 'giu') : undefined;
    this.sensitive = cs.length ? new RegExp(cs.join('|'), 'gu') : undefined;
  }

  /** All non-overlapping hits in `text`, offsets relative to `text` plus `base`. */
  find(text: string, base = 0): TermHit[] {
    const hits: TermHit[] = [];
    for (const re of [this.insensitive, this.sensitive]) {
      if (!re) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        hits.push({ term: m[0], start: base + m.index, end: base + m.index + m[0].length });
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  }

  test(text: string): boolean {
    for (const re of [this.insensitive, this.sensitive]) {
      if (!re) continue;
      re.lastIndex = 0;
      if (re.test(text)) return true;
    }
    return false;
  }
}

const cache = new Map<string, TermSet>();

/** Term sets are shared across requirements and documents; compile each list once. */
export function termSet(terms: readonly string[]): TermSet {
  const key = terms.join('\u0000');
  let set = cache.get(key);
  if (!set) {
    set = new TermSet(terms);
    if (cache.size > 5000) cache.clear();
    cache.set(key, set);
  }
  return set;
}
