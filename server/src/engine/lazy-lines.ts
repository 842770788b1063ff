/**
 * The guard against micromark's second quadratic path (docs/remark-setext-quadratic.md, "Still
 * quadratic"): after each *lazy* continuation line of a paragraph inside a list item or block quote,
 * micromark walks back over all of that paragraph's events. A paragraph of thousands of lazy lines
 * (one uncuttable container) therefore takes seconds to minutes in a single remark call, which no
 * time budget can interrupt. Contracts never hold such a paragraph (a page is about 50 lines), so a
 * run of text that does is read without remark, as plain paragraphs (one per stretch of non-blank
 * lines), the reading the engine already falls back to for absurd nesting.
 */
import type { RootContent } from 'mdast';

/**
 * Lines that may be lazy after one container line (a quote or list marker) with no blank line
 * between, from which a run is read as plain paragraphs. remark needs about 0.02 s for 500 such
 * lines, and the time grows with the square: 5,000 take 1.4 s, 20,000 minutes. (The walk is per
 * paragraph, so the count starts again at each container line: a long tight list is not affected.)
 */
export const MAX_LAZY_LINES = 500;

const CONTAINER_START = /^[ \t]{0,3}(?:>|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;
/** A line that could be a lazy continuation: no quote marker, no list marker, not indented as content. */
const MAY_BE_LAZY = /^[ ]{0,3}(?![>\s]|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;

/**
 * Does text[from, until) hold more than MAX_LAZY_LINES lines that may be lazy after one container
 * line, with no blank line between? Linear; over-counts (a line indented as the item's content is
 * counted too), which only matters past hundreds of lines in one paragraph.
 */
export function hasLongLazyStretch(text: string, from: number, until: number): boolean {
  if (until - from <= 2 * MAX_LAZY_LINES) return false; // each counted line holds a character and a break
  let inContainer = false;
  let lazy = 0;
  let start = from;
  while (start < until) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > until) end = until;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (/^[ \t]*$/.test(line)) {
      inContainer = false;
      lazy = 0;
    } else if (CONTAINER_START.test(line)) {
      inContainer = true;
      lazy = 0;
    } else if (inContainer && MAY_BE_LAZY.test(line) && ++lazy > MAX_LAZY_LINES) {
      return true;
    }
    start = end + 1;
  }
  return false;
}

/** text[from, until) as paragraphs, one per stretch of non-blank lines (offsets into `text`). */
export function plainParagraphs(text: string, from: number, until: number): RootContent[] {
  const nodes: RootContent[] = [];
  const stretch = /\S[\s\S]*?(?=(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)|$)/g;
  const slice = text.slice(from, until);
  for (const m of slice.matchAll(stretch)) {
    const start = from + m.index;
    const end = start + m[0].replace(/\s+$/, '').length;
    nodes.push({ type: 'paragraph', children: [], position: { start: { line: 1, column: 1, offset: start }, end: { line: 1, column: 1 + end - start, offset: end } } });
  }
  return nodes;
}
