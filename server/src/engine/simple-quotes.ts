/**
 * Block quotes of plain paragraphs read without remark: at the top level from a clean state
 * (block-reader.ts) and as a list item's content ("1.  > The Contractor shall …", as pandoc writes
 * quoted list items; simple-lists.ts). A quote line is up to three spaces, ">", an optional space
 * and plain text, or nothing (which ends the paragraph: the next text line opens another); a line
 * without ">" goes on the open paragraph only if it starts with plain text (a lazy continuation).
 * Anything else inside a quote (a list, a nested quote, code, a heading, a tab) gives up: remark
 * reads it. Offsets are remark's: the quote runs from its first ">" to the end of its last line,
 * a paragraph from its first character after the "> " to the end of its last line.
 */
import type { Blockquote, Paragraph } from 'mdast';
import { continuesParagraphAt, isBlank, isHeadingLine, isPlainCharAt, isPlainText, type Line } from './plain-lines';
import type { SimpleRead } from './simple-lists';

export interface OpenQuote {
  node: Blockquote;
  /** The paragraph the next line may continue. */
  paragraph: Paragraph | undefined;
}

function point(offset: number): { line: number; column: number; offset: number } {
  return { line: 1, column: 1, offset };
}

/** Where the text after the ">" at `at` starts (after one optional space and up to three more), -1 when it is not simple (a tab, code). */
function contentAfterMarker(source: string, line: Line, at: number): number {
  let i = at + 1;
  if (source.charCodeAt(i) === 32) i++;
  const from = i;
  while (i < line.end && source.charCodeAt(i) === 32) i++;
  if (i - from > 3 && i < line.end) return -1; // indented code
  return source.charCodeAt(i) === 9 ? -1 : i;
}

/** Open a quote whose ">" is at `at`; undefined when its first line is not simple. */
export function openQuote(source: string, line: Line, at: number): OpenQuote | undefined {
  if (!isPlainText(source, line)) return undefined;
  const quote: OpenQuote = { node: { type: 'blockquote', children: [], position: { start: point(at), end: point(line.end) } }, paragraph: undefined };
  return continueQuote(quote, source, line, at) ? quote : undefined;
}

/** A line of the quote whose ">" is at `at`; false when it is not simple. */
export function continueQuote(quote: OpenQuote, source: string, line: Line, at: number): boolean {
  const content = contentAfterMarker(source, line, at);
  if (content < 0 || !isPlainText(source, line)) return false;
  quote.node.position!.end = point(line.end);
  if (content === line.end) {
    quote.paragraph = undefined; // "> " alone ends the paragraph
    return true;
  }
  if (quote.paragraph) {
    if (!continuesParagraphAt(source, content, line.end)) return false;
    quote.paragraph.position!.end = point(line.end);
    return true;
  }
  if (!isPlainCharAt(source, content, line.end)) return false;
  quote.paragraph = { type: 'paragraph', children: [], position: { start: point(content), end: point(line.end) } };
  quote.node.children.push(quote.paragraph);
  return true;
}

/**
 * A line without ">" that goes on the quote's open paragraph (a lazy continuation): its first
 * character is plain text, so it can start nothing, not even a list item. False (the line is not
 * taken) when no paragraph is open or the line may start something.
 */
export function lazyQuoteLine(quote: OpenQuote, source: string, line: Line): boolean {
  if (!quote.paragraph || !isPlainText(source, line)) return false;
  let at = line.start;
  while (at < line.end && source.charCodeAt(at) === 32) at++;
  if (at === line.end || !isPlainCharAt(source, at, line.end)) return false;
  quote.paragraph.position!.end = point(line.end);
  quote.node.position!.end = point(line.end);
  return true;
}

/** The ">" of a quote line: after up to three spaces from `from`; -1 when the line has none there. */
export function quoteMarkerAt(source: string, line: Line, from: number): number {
  let i = from;
  while (i < line.end && i < from + 3 && source.charCodeAt(i) === 32) i++;
  return source.charCodeAt(i) === 62 /* > */ && i < line.end ? i : -1;
}

/**
 * A top-level quote at `lines[first]` (from a clean state); undefined when it is not simple. It
 * ends before a blank line, a "#" heading, or a line that is not lazy after a "> " line that ended its paragraph.
 */
export function readSimpleQuote(source: string, lines: readonly Line[], first: number): SimpleRead | undefined {
  const head = lines[first]!;
  const at = quoteMarkerAt(source, head, head.start);
  const quote = at < 0 ? undefined : openQuote(source, head, at);
  if (!quote) return undefined;
  let i = first + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(source, line) || isHeadingLine(source, line)) break;
    const marker = quoteMarkerAt(source, line, line.start);
    if (marker >= 0) {
      if (!continueQuote(quote, source, line, marker)) return undefined;
    } else if (!lazyQuoteLine(quote, source, line)) {
      if (quote.paragraph) return undefined; // a line that may interrupt the paragraph: left to remark
      break; // the quote is closed: a block starts here as at the top of a document
    }
  }
  return { nodes: [quote.node], next: i };
}
