/**
 * Leaf blocks read without remark from a clean state (block-reader.ts), in the shapes converted
 * contracts are full of: thematic breaks ("---", "* * *"), HTML blocks that end at a blank line
 * ("<table>", "<div>", CommonMark's type 6) or at "-->" (comments, type 2), and paragraphs whose
 * first line opens a link label that closes on a later line ("[<span>4.5 Content of\nInvoice</span>](#…)").
 * Other HTML blocks (raw "<pre>", "<script>"; any other tag alone on its line; "<?", "<!X") go to
 * remark. Offsets are what remark gives (test/engine/simple-blocks.test.ts compares them).
 */
import type { RootContent } from 'mdast';
import { isBlank, isThematicBreak, type Line } from './plain-lines';
import type { SimpleRead } from './simple-lists';

/**
 * The tag names that open an HTML block ending at a blank line: micromark's htmlBlockNames
 * (micromark-util-html-tag-name; a test checks each is still in it).
 */
export const HTML_BLOCK_NAMES = new Set([
  'address', 'article', 'aside', 'base', 'basefont', 'blockquote', 'body', 'caption', 'center', 'col', 'colgroup', 'dd',
  'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame', 'frameset',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'iframe', 'legend', 'li', 'link', 'main', 'menu',
  'menuitem', 'nav', 'noframes', 'ol', 'optgroup', 'option', 'p', 'param', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'title', 'tr', 'track', 'ul',
]);

function point(offset: number): { line: number; column: number; offset: number } {
  return { line: 1, column: 1, offset };
}

/** Offset of the line's first character after at most three spaces. */
function afterIndent(source: string, line: Line): number {
  let i = line.start;
  while (i < line.end && i < line.start + 3 && source.charCodeAt(i) === 32) i++;
  return i;
}

/** A thematic break at `lines[first]`: it starts after its indentation and ends with its line. */
export function readThematicBreak(source: string, lines: readonly Line[], first: number): SimpleRead | undefined {
  const line = lines[first]!;
  if (!isThematicBreak(source, line.start, line.end)) return undefined;
  return { nodes: [{ type: 'thematicBreak', position: { start: point(afterIndent(source, line)), end: point(line.end) } }], next: first + 1 };
}

/**
 * An HTML block at `lines[first]` that ends at a blank line (a block tag) or at the line holding
 * "-->" (a comment); undefined for any other, or when its end is not among `lines` (then what
 * follows decides, and remark reads it) unless `runsToEnd` (nothing follows them). The node runs
 * from its line's start to its last line's end.
 */
export function readHtmlBlock(source: string, lines: readonly Line[], first: number, runsToEnd: boolean): SimpleRead | undefined {
  const line = lines[first]!;
  const at = afterIndent(source, line);
  if (source.charCodeAt(at) !== 60 /* < */) return undefined;
  let last: number | undefined;
  if (source.startsWith('<!--', at)) {
    // "<!-->" and "<!--->" close at once in micromark: left to remark.
    if (source.charCodeAt(at + 4) === 62 || source.startsWith('->', at + 4)) return undefined;
    const close = source.indexOf('-->', at + 4);
    for (let i = first; close >= 0 && i < lines.length && lines[i]!.start <= close; i++) if (close + 3 <= lines[i]!.end) last = i;
  } else {
    if (!opensBlockTag(source, at, line.end)) return undefined;
    let i = first + 1;
    while (i < lines.length && !isBlank(source, lines[i]!)) i++;
    if (i < lines.length || runsToEnd) last = i - 1;
  }
  if (last === undefined) return undefined;
  const node: RootContent = { type: 'html', value: source.slice(line.start, lines[last]!.end), position: { start: point(line.start), end: point(lines[last]!.end) } };
  return { nodes: [node], next: last + 1 };
}

/** "<name" or "</name" with a block tag name, then a space, a tab, the end of the line, ">" or "/>". */
function opensBlockTag(source: string, at: number, end: number): boolean {
  let i = at + 1;
  if (source.charCodeAt(i) === 47 /* / */) i++;
  const nameStart = i;
  while (i < end && isAsciiAlphanumeric(source.charCodeAt(i))) i++;
  if (!HTML_BLOCK_NAMES.has(source.slice(nameStart, i).toLowerCase())) return false;
  const c = source.charCodeAt(i);
  return i === end || c === 32 || c === 9 || c === 62 || (c === 47 && source.charCodeAt(i + 1) === 62);
}

function isAsciiAlphanumeric(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The line opens a link label that is no footnote ("[" after at most three spaces, not "[^"). */
export function startsLabel(source: string, line: Line): boolean {
  const at = afterIndent(source, line);
  return source.charCodeAt(at) === 91 /* [ */ && source.charCodeAt(at + 1) !== 94 /* ^ */;
}

/**
 * The paragraph lines `lines[first, until)` start with a link label ("[" after at most three
 * spaces) that closes on a later line, holds no "[" or "\", and is not followed by ":": they are
 * no link reference definition (nor a footnote definition: "[^" is refused).
 */
export function opensMultiLineLabel(source: string, lines: readonly Line[], first: number, until: number): boolean {
  const at = afterIndent(source, lines[first]!);
  if (!startsLabel(source, lines[first]!)) return false;
  const end = until > first + 1 ? lines[until - 1]!.end : at; // the label must close after the first line
  for (let i = at + 1; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c === 93 /* ] */) return i > lines[first]!.end && source.charCodeAt(i + 1) !== 58 /* : */;
    if (c === 91 || c === 92) return false;
  }
  return false;
}
