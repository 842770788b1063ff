/**
 * One term's pattern, and the scan that reads a set of them as one alternation (terms.ts).
 *
 * The exact pattern of a term is `(?:term)(?![\p{L}\p{N}])` with the `u` flag (and `i` unless the
 * term is in capitals). Unicode property classes make such a pattern costly: about 1 ms to
 * compile with `iu` and several times slower to run than an ASCII pattern, and a catalog has
 * more than a thousand terms. So an ASCII term also gets a fast pattern: the same source with
 * the classes narrowed to [A-Za-z0-9], without the `u` flag. Both find the same matches unless
 * (a) the character after a match is not ASCII (a letter there would reject the match, or extend
 * a wildcard), where the exact pattern decides at that position, or (b) the text holds one of
 * the two non-ASCII characters that `iu` folds onto ASCII letters (KELVIN SIGN, LONG S), where
 * the exact pattern is used throughout. The exact pattern is compiled only when needed.
 *
 * Most runs of a pattern find nothing (its anchor is in the sentence, the term is not), and a
 * failing regular expression reads the whole rest of the text. Every match of the fast pattern
 * starts with the term's first word (its lead), so where the lower-case text is aligned with the
 * text, the pattern is tried only where `indexOf` finds the lead, anchored there (sticky).
 * Aligned: lower-casing never shortens a character, and only U+0130 (which lengthens) and
 * KELVIN SIGN lower-case to ASCII; so when both have the same length and the fast pattern may
 * read the text, the text has the lead's letters (in either case) exactly where the lower-case
 * text has them.
 */
import { continuesAt } from './lead-continuation';
import { inText, leadSticky } from './lead-sticky';

/** A letter or digit, in a term's source (terms.ts). */
export const WORD = '[\\p{L}\\p{N}]';

/** `s` as a literal inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
const ASCII_WORD = '[A-Za-z0-9]';
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Non-ASCII characters that case-insensitive Unicode matching treats as ASCII letters (K, s). */
const FOLDS_TO_ASCII = /[\u212A\u017F]/;

export class TermPattern {
  /** Compiled on first use (most terms never occur in a given document); null: no fast pattern. */
  private fastPattern: RegExp | null | undefined;
  private fastSticky: RegExp | undefined;
  private exactGlobal: RegExp | undefined;
  private exactSticky: RegExp | undefined;

  constructor(
    /** The term's source, with WORD for a letter or digit (terms.ts). */
    private readonly source: string,
    private readonly caseSensitive: boolean,
    /** Index of the term in its set's list. */
    readonly index: number,
    /** Lower-case text every match contains (or twinAnchor); '' when there is none. */
    readonly anchor: string,
    /** Lower-case ASCII text every match starts with; '' when there is none. */
    readonly lead = '',
    /** Lower-case ASCII words every match contains besides the anchor. */
    readonly words: readonly string[] = [],
    /** A pattern that reads two apostrophes (terms.ts): the anchor of its other spelling; '' when none. */
    readonly twinAnchor = '',
    /** Lower-case words every match reads after the lead (terms.ts, continuationOf). */
    private readonly continuation: readonly string[] = [],
  ) {}

  /** Are all the words every match contains in `lower` (a text's lower-case form)? */
  wordsIn(lower: string): boolean {
    for (const w of this.words) if (!lower.includes(w)) return false;
    return true;
  }

  private get fast(): RegExp | null {
    if (this.fastPattern === undefined) {
      // ’ (a term's apostrophe, terms.ts) has no case forms: it reads the same with and without `u`.
      const ascii = /^[\x00-\x7f’]*$/.test(this.source);
      this.fastPattern = ascii ? new RegExp(`(?:${this.source.split(WORD).join(ASCII_WORD)})(?!${ASCII_WORD})`, this.caseSensitive ? 'g' : 'gi') : null;
    }
    return this.fastPattern;
  }

  /** May the fast pattern read `text`? (Pass the answer to next().) */
  static fastFor(text: string): boolean {
    return !FOLDS_TO_ASCII.test(text);
  }

  /**
   * The exact pattern's leftmost match in `text` at or after `from`. `lower`, when given, is
   * `text.toLowerCase()`.
   */
  next(text: string, from: number, fastOk: boolean, lower?: string): RegExpExecArray | null {
    const fast = this.fast;
    if (!fast || (!fastOk && !this.caseSensitive)) {
      const exact = (this.exactGlobal ??= this.exact('g'));
      exact.lastIndex = from;
      return exact.exec(text);
    }
    const byLead = this.lead !== '' && fastOk && lower !== undefined && lower.length === text.length;
    for (let at = from; ; ) {
      const match = byLead ? this.fastAtLead(text, at, lower) : ((fast.lastIndex = at), fast.exec(text));
      if (!match) return null;
      const after = match.index + match[0].length;
      if (after >= text.length || text.charCodeAt(after) < 0x80) return match;
      // The exact pattern matches wherever the fast one does, or nowhere before: ask it here.
      const exact = (this.exactSticky ??= this.exact('y'));
      exact.lastIndex = match.index;
      const decided = exact.exec(text);
      if (decided) return decided;
      at = match.index + 1;
    }
  }

  /**
   * The fast pattern's leftmost match at or after `from`, tried only where the lead occurs, and not
   * where the lead continues an ASCII word ("log" in "technology"): hitsOf rejects such a match
   * and every other pattern's match up to the end of that word, so the next match is the one it
   * would read. (The texts are aligned: an ASCII letter or digit is one in both.)
   */
  private fastAtLead(text: string, from: number, lower: string): RegExpExecArray | null {
    for (let at = lower.indexOf(this.lead, from); at >= 0; at = lower.indexOf(this.lead, at + 1)) {
      if (at > 0 && isAsciiWord(lower.charCodeAt(at - 1))) continue;
      // Not followed by the term's next words: the pattern cannot match here (and is not compiled).
      if (this.continuation.length && !continuesAt(lower, at + this.lead.length, this.continuation)) continue;
      const sticky = (this.fastSticky ??= leadSticky(this.fast!.source, this.caseSensitive));
      const read = sticky.ignoreCase || this.caseSensitive ? text : lower;
      sticky.lastIndex = at;
      const match = sticky.exec(read);
      if (match) return read === text ? match : inText(text, match);
    }
    return null;
  }

  private exact(flag: 'g' | 'y'): RegExp {
    return new RegExp(`(?:${this.source})(?!${WORD})`, this.caseSensitive ? `${flag}u` : `${flag}iu`);
  }
}


/**
 * The hits of the alternation of `patterns` (in list order) over `text`, left to right, each
 * handed to `hit` until it returns false: at the leftmost position where some pattern matches,
 * the first such pattern wins; the scan goes on after the hit, or after the word when a letter
 * or digit precedes the match. Each pattern remembers its leftmost match from the scan position
 * and is run again only once the scan has passed it, since no match of it starts in between.
 * `lower`, when given, is `text.toLowerCase()` (it lets patterns skip to their leads); `fastOk`
 * is TermPattern.fastFor(text), when the caller has it. True when `hit` stopped the scan.
 */
export function hitsOf(
  text: string,
  patterns: readonly TermPattern[],
  hit: (match: RegExpExecArray, index: number) => boolean,
  lower?: string,
  fastOk = TermPattern.fastFor(text),
): boolean {
  if (!patterns.length) return false;
  const next: (RegExpExecArray | null | undefined)[] = patterns.map(() => undefined);
  let at = 0;
  for (;;) {
    let best = -1;
    for (let k = 0; k < patterns.length; k++) {
      let match = next[k];
      if (match === null) continue;
      if (match === undefined || match.index < at) {
        next[k] = match = patterns[k]!.next(text, at, fastOk, lower);
        if (!match) continue;
      }
      // Strictly before: on a tie the earlier term in the list wins, as in an alternation.
      if (best < 0 || match.index < next[best]!.index) best = k;
    }
    if (best < 0) return false;
    const match = next[best]!;
    if (match[0].length === 0 || wordCharBefore(text, match.index)) {
      at = nextWordStart(text, match.index);
      continue;
    }
    if (!hit(match, patterns[best]!.index)) return true;
    at = match.index + match[0].length;
  }
}

/** Is the character (code point) just before `index` a letter or digit? */
function wordCharBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const low = text.charCodeAt(index - 1);
  if (low < 0x80) return isAsciiWord(low);
  const pair = index >= 2 && low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(index - 2) >= 0xd800 && text.charCodeAt(index - 2) <= 0xdbff;
  return WORD_CHAR.test(pair ? text.slice(index - 2, index) : text[index - 1]!);
}

function isAsciiWord(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
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
    if (code < 0x80 ? !isAsciiWord(code) : !WORD_CHAR.test(String.fromCodePoint(code))) return i + width;
    i += width;
  }
}
