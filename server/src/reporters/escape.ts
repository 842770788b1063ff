/**
 * Every escaper of clauselint, in one place: draft text is untrusted input, and each output format
 * must show it literally. Hovers, completion, reports and the coverage view all use these.
 */

/** HTML text or attribute value: no tag, entity or attribute break survives (backtick too, for old IE attribute parsing). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => HTML_ENTITIES[c]!);
}
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/**
 * Markdown inline text (a hover line, a table cell, a report paragraph): runs of white space fold
 * to one space, so a line break cannot end a table row or start a block; every character that could
 * open emphasis, code, a link, an HTML tag, an entity or a table cell is backslash-escaped; and a
 * leading list marker ("- ", "+ ", "1. ") is escaped, since the text may start a line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]()<>|~&#!]/g, (c) => `\\${c}`)
    .replace(/^[-+]/, (c) => `\\${c}`)
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A Markdown code span that survives any backticks inside. */
export function markdownCode(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${longest ? ` ${text} ` : text}${fence}`;
}

/** A link target for Markdown: parentheses encoded so the link cannot end early. */
export function markdownUrl(url: string): string {
  return encodeURI(url).replace(/\(/g, '%28').replace(/\)/g, '%29');
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A CSV field (RFC 4180: quoted when needed, quotes doubled). A value a spreadsheet would read as a
 * formula (= + - @, tab, CR) gets a leading apostrophe, so a draft can never run a formula on the
 * reviewer's machine.
 */
export function csvField(value: string | number): string {
  const s = String(value);
  const safe = FORMULA_START.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
