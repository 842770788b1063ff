/**
 * The sticky pattern a term is tried with where its lead occurs (term-patterns.ts, fastAtLead).
 *
 * A case-insensitive pattern costs V8 about three times as much to compile as a case-sensitive
 * one, and a run compiles one per term it tries (over a thousand on the eval corpus, paid again
 * by every process). Where fastAtLead runs, the lower-case text is aligned with the text, the
 * text holds no character that folds onto ASCII, and the pattern is ASCII: each position of the
 * lower-case text then holds an ASCII letter exactly where the text holds it in either case, and
 * a non-ASCII character where the text holds one (see the header of term-patterns.ts). So the
 * pattern in lower case, without `i`, finds in the lower-case text exactly the matches the
 * pattern with `i` finds in the text. That holds for literal characters, classes of ASCII
 * characters and the escapes below; a source with any other escape (\S, \W, \x41 …, whose
 * letters lower-casing would change) keeps `i`.
 */

/** Escapes that stay what they are in lower case: punctuation, and \s, \d, \b. */
const SAFE_ESCAPES = /\\(?:[^A-Za-z0-9]|[sdb])/g;

/** The sticky pattern for `source` (an ASCII fast pattern's source): lower-case without `i` where that reads the same. */
export function leadSticky(source: string, caseSensitive: boolean): RegExp {
  if (caseSensitive) return new RegExp(source, 'y');
  if (source.replace(SAFE_ESCAPES, '').includes('\\')) return new RegExp(source, 'yi');
  return new RegExp(source.toLowerCase(), 'y');
}

/** A match found in the lower-case text, as the match in the text it is aligned with. */
export function inText(text: string, match: RegExpExecArray): RegExpExecArray {
  const found = [text.slice(match.index, match.index + match[0].length)] as unknown as RegExpExecArray;
  found.index = match.index;
  found.input = text;
  return found;
}
