/**
 * What a term's match must read right after its lead (term-patterns.ts, fastAtLead). A term of
 * several plain words ("responsible for", "security incident response") is compiled as its
 * words joined by white space, a hyphen or nothing, with an optional determiner between two
 * words (terms.ts, joinWords). Most places where the first word occurs are not followed by the
 * second ("responsible" then "to"), and a pattern's first run compiles it to machine code
 * (regexp-tiering.ts): on the eval corpus half the patterns that ran never matched, and their
 * compilation was most of the CPU time term matching spent before the code was warm. So the
 * words after the lead are checked by hand first; the check is a necessary condition only (it
 * reads the joints as the pattern does and never rejects a match), the pattern still decides.
 */

/** The words of terms.ts's DETERMINER ("an?" is "an" and "a"), longest spelling first. */
export const DETERMINER_WORDS: readonly string[] = ['the', 'an', 'a', 'all', 'any', 'its', 'their', 'each', 'every', 'such'];

/** White space as `\s` reads it (lower-casing never changes it). */
const SPACE = /\s/;

function isSpace(lower: string, at: number): boolean {
  const code = lower.charCodeAt(at);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return at < lower.length && SPACE.test(lower[at]!);
}

function pastSpaces(lower: string, at: number): number {
  let i = at;
  while (isSpace(lower, i)) i++;
  return i;
}

/**
 * May `words` (lower-case letters and digits) follow in `lower` from `at`, each after a joint of
 * joinWords: white space, a hyphen or nothing, then perhaps a determiner and white space? A word
 * starts with a letter or digit, so a run of white space is read whole.
 */
export function continuesAt(lower: string, at: number, words: readonly string[], k = 0): boolean {
  if (k === words.length) return true;
  const word = words[k]!;
  const from = isSpace(lower, at) ? pastSpaces(lower, at) : lower.charCodeAt(at) === 0x2d ? at + 1 : at;
  if (lower.startsWith(word, from) && continuesAt(lower, from + word.length, words, k + 1)) return true;
  for (const determiner of DETERMINER_WORDS) {
    if (!lower.startsWith(determiner, from) || !isSpace(lower, from + determiner.length)) continue;
    const next = pastSpaces(lower, from + determiner.length);
    if (lower.startsWith(word, next) && continuesAt(lower, next + word.length, words, k + 1)) return true;
  }
  return false;
}
