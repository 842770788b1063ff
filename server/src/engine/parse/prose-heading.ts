/**
 * A "#" heading that is really a paragraph. Conversions from Word or PDF often style a whole body
 * paragraph as a heading ("#### Provide the results of the annual review of user accounts to …").
 * A heading names a topic in a few words; a line of many words that ends a sentence with a full
 * stop is prose, so it is read as body text under the heading before it (assumed; headings such as
 * "## 5.3 Security." are short and stay headings).
 */

/** Fewer words than this and a heading stays a heading, whatever its punctuation. */
const MIN_PROSE_WORDS = 14;

/** `masked` is the heading's text with its "#" markers blanked. */
export function isProseHeading(masked: string): boolean {
  const line = masked.trim();
  // A full stop ends it, perhaps inside a closing quote ("… described in “Guide for Plans.”").
  if (!/[\p{Ll}\d)\]”"'’]\.[”"'’)]?$/u.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  if (words.length < MIN_PROSE_WORDS) return false;
  // A title in Title Case is a heading however long; prose has mostly lower-case words.
  const lower = words.filter((w) => /^[a-z]/.test(w)).length;
  return lower * 2 > words.length;
}
