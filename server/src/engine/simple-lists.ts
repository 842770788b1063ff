/**
 * Lists read without remark, for the shapes contracts use: items whose lines are plain text
 * ("- The Provider shall …", "1. …", "* **Backups.** …"), tight or loose, nested by indentation.
 * The reader follows CommonMark's container rules for list items only, and gives up (undefined:
 * remark reads the run) at anything it cannot prove simple: a line that could start another
 * construct (quote, code, fence, HTML, heading, break, table, reference definition, task box), an
 * empty item, a tab before the content, code indentation, or an ordered item that would have to
 * interrupt a paragraph. A plain line less indented than its item goes on the item's open
 * paragraph (a lazy continuation line), as in CommonMark.
 *
 * Nodes carry what a remark parse gives for them: types, offsets (lines and columns are not
 * counted, as for block-reader.ts's nodes), ordered / start / spread / checked, children.
 * test/engine/simple-blocks.test.ts compares them with remark on generated and spec documents.
 */
import type { Heading, List, ListItem, Paragraph, RootContent } from 'mdast';
import { continuesParagraphAt, isBlank, isHeadingLine, isPlainCharAt, isPlainText, isThematicBreak, type Line } from './plain-lines';
import { continueQuote, lazyQuoteLine, openQuote, type OpenQuote } from './simple-quotes';

export interface SimpleRead {
  nodes: RootContent[];
  /** Index of the first line after what was read; the state there is clean (a top-level block starts there). */
  next: number;
}

interface Marker {
  /** "-", "*", "+" for bullets; "." or ")" for ordered items. */
  kind: string;
  ordered: boolean;
  value: number;
  /** Offset of the marker and of the item's content. */
  start: number;
  contentStart: number;
  /** Column of the item's content: lines indented this far continue the item. */
  width: number;
  /** The content is a block quote ("1.  > …"). */
  quote: boolean;
  /** The content is an ATX heading of this depth ("1. #### Introduction"), else 0. */
  heading: number;
}

/** An open list item, with the list that holds it. */
interface Frame {
  width: number;
  list: List;
  item: ListItem;
  kind: string;
}

/** The line's marker, undefined when it has none, GIVE_UP when it has one the reader does not take. */
const GIVE_UP = 'give up';

function listMarker(source: string, line: Line, at: number, column: number): Marker | undefined | typeof GIVE_UP {
  const c = source.charCodeAt(at);
  let end = at;
  let ordered = false;
  if (c === 45 || c === 42 || c === 43) end = at + 1; // - * +
  else if (c >= 48 && c <= 57) {
    while (end < line.end && end - at < 10 && source.charCodeAt(end) >= 48 && source.charCodeAt(end) <= 57) end++;
    const d = source.charCodeAt(end);
    if (end - at > 9 || (d !== 46 && d !== 41)) return undefined; // a number, not a marker: plain text
    ordered = true;
    end++;
  } else return undefined;
  const after = source.charCodeAt(end);
  if (end === line.end) return GIVE_UP; // an empty item
  if (after === 9) return GIVE_UP;
  // "2.5x", "*x", "+x", "--- x": no marker ("**Heading**" is emphasis; every caller then asks
  // isPlainCharAt, which refuses "***" and "---").
  if (after !== 32) return undefined;
  if (!ordered && isThematicBreak(source, at, line.end)) return GIVE_UP; // "- - -", "* * *"
  let content = end;
  while (content < line.end && source.charCodeAt(content) === 32) content++;
  const spaces = content - end;
  if (content === line.end || spaces > 4 || source.charCodeAt(content) === 9) return GIVE_UP; // empty, or code after the marker
  const quote = source.charCodeAt(content) === 62; /* > */
  const heading = headingDepthAt(source, content, line.end);
  if (!quote && !heading && !isPlainCharAt(source, content, line.end)) return GIVE_UP;
  const kind = ordered ? source[end - 1]! : source[at]!;
  return { kind, ordered, value: ordered ? Number(source.slice(at, end - 1)) : 0, start: at, contentStart: content, width: column + (end - at) + spaces, quote, heading };
}

/**
 * A line less indented than the open paragraph's item, read as part of that paragraph (CommonMark's
 * lazy continuation): its first character can start nothing ("#" headings, markers, quotes, fences,
 * breaks, HTML and underlines are not plain), so it can only go on the paragraph.
 */
function isLazyContinuation(source: string, line: Line, at: number): boolean {
  return continuesParagraphAt(source, at, line.end);
}

/** Columns of leading spaces; -1 when a tab comes first (tabs make columns hard: remark reads those lines). */
function indentOf(source: string, line: Line): number {
  let i = line.start;
  while (i < line.end && source.charCodeAt(i) === 32) i++;
  return source.charCodeAt(i) === 9 ? -1 : i - line.start;
}

function point(offset: number): { line: number; column: number; offset: number } {
  return { line: 1, column: 1, offset };
}

function paragraph(start: number, end: number): Paragraph {
  return { type: 'paragraph', children: [], position: { start: point(start), end: point(end) } };
}

/** A heading that fills its line from `start` (a list item's content); it takes no continuation line. */
function heading(start: number, end: number, depth: number): Heading {
  return { type: 'heading', depth: depth as Heading['depth'], children: [], position: { start: point(start), end: point(end) } };
}

/** The depth of the ATX heading at `at` ("#" to "######", then a space, a tab or the end of the line), 0 if none. */
function headingDepthAt(source: string, at: number, end: number): number {
  let i = at;
  while (i < end && i < at + 7 && source.charCodeAt(i) === 35) i++;
  const c = source.charCodeAt(i);
  return i - at >= 1 && i - at <= 6 && (i === end || c === 32 || c === 9) ? i - at : 0;
}

/**
 * Read the list that starts at `lines[first]` (from a clean state); undefined when it is not
 * provably simple. It ends before a blank line followed by a line at column 0 that does not go
 * on with it, before a top-level "#" heading, before a list of another kind, or after the last line.
 */
export function readSimpleList(source: string, lines: readonly Line[], first: number): SimpleRead | undefined {
  const head = lines[first]!;
  const indent = indentOf(source, head);
  if (indent < 0 || indent > 3) return undefined;
  const marker = listMarker(source, head, head.start + indent, indent);
  if (!marker || marker === GIVE_UP || !isPlainText(source, head)) return undefined;
  const root = newList(marker);
  const stack: Frame[] = [];
  let open: Paragraph | undefined; // the paragraph the next line may continue
  let quote: OpenQuote | undefined; // the quote of the deepest item the next line may continue
  const openItem = (m: Marker, list: List, line: Line): boolean => {
    const item: ListItem = { type: 'listItem', spread: false, checked: null, children: [], position: { start: point(m.start), end: point(line.end) } };
    list.children.push(item);
    open = undefined;
    quote = m.quote ? openQuote(source, line, m.contentStart) : undefined;
    if (m.quote && !quote) return false;
    if (m.heading) item.children.push(heading(m.contentStart, line.end, m.heading));
    else if (!quote) open = paragraph(m.contentStart, line.end);
    if (!m.heading) item.children.push(quote ? quote.node : open!);
    stack.push({ width: m.width, list, item, kind: m.kind });
    close(stack, line.end);
    return true;
  };
  if (!openItem(marker, root, head)) return undefined;
  let blankBefore = false;
  let i = first + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(source, line)) {
      blankBefore = true;
      open = undefined;
      quote = undefined;
      continue;
    }
    if (!isPlainText(source, line)) return undefined;
    const n = indentOf(source, line);
    if (n < 0) return undefined;
    let matched = 0;
    while (matched < stack.length && stack[matched]!.width <= n) matched++;
    const base = matched ? stack[matched - 1]!.width : 0;
    const at = line.start + n;
    if (quote) {
      // The deepest item's quote goes on with a ">" line in the item, or a lazy plain line; anything else closes it.
      const width = stack[stack.length - 1]!.width;
      if (matched === stack.length && n - width <= 3 && source.charCodeAt(at) === 62) {
        if (!continueQuote(quote, source, line, at)) return undefined;
        close(stack, line.end);
        continue;
      }
      if (lazyQuoteLine(quote, source, line)) {
        close(stack, line.end);
        continue;
      }
      quote = undefined;
    }
    if (matched === stack.length && open && !blankBefore) {
      // A continuation line of the open paragraph, unless a list item interrupts it.
      const m = n - base <= 3 ? listMarker(source, line, at, n) : undefined;
      if (m === GIVE_UP) return undefined;
      // Only "1." may interrupt a paragraph ("01." may not): another number is the paragraph's text.
      if (m && (!m.ordered || (m.value === 1 && source.charCodeAt(m.start) === 49))) {
        if (!startItem(m, line, matched)) return undefined;
      }
      else if (m) {
        open.position!.end = point(line.end);
        close(stack, line.end);
      } else {
        if (!continuesParagraphAt(source, at, line.end)) return undefined;
        open.position!.end = point(line.end);
        close(stack, line.end);
      }
      continue;
    }
    if (n - base > 3) {
      // Indented code cannot interrupt a paragraph: with one open, the line is a lazy continuation of it.
      if (open && !blankBefore && isLazyContinuation(source, line, at)) {
        open.position!.end = point(line.end);
        close(stack, line.end);
        continue;
      }
      return undefined; // indented code
    }
    const m = listMarker(source, line, at, n);
    if (m === GIVE_UP) return undefined;
    if (m) {
      if (matched === 0 && m.kind !== kindOf(root)) break; // another list starts: this one ends
      if (!startItem(m, line, matched)) return undefined;
      continue;
    }
    // Not a marker: after a blank line, a paragraph of an open item, or the end of the list.
    if (!blankBefore) {
      if (matched === 0 && n === 0 && isHeadingLine(source, line)) break;
      if (open && isLazyContinuation(source, line, at)) {
        open.position!.end = point(line.end);
        close(stack, line.end);
        continue;
      }
      return undefined; // another construct inside an item
    }
    if (matched === 0) {
      if (n === 0) break;
      return undefined;
    }
    // A quote or a heading after a blank line: another child of the item.
    const newQuote = source.charCodeAt(at) === 62 ? openQuote(source, line, at) : undefined;
    const depth = headingDepthAt(source, at, line.end);
    if (!newQuote && !depth && !isPlainCharAt(source, at, line.end)) return undefined;
    stack.length = matched;
    const frame = stack[matched - 1]!;
    frame.item.spread = true;
    quote = newQuote;
    open = newQuote || depth ? undefined : paragraph(at, line.end);
    frame.item.children.push(depth ? heading(at, line.end, depth) : newQuote ? newQuote.node : open!);
    close(stack, line.end);
    blankBefore = false;
  }
  return { nodes: [root], next: i };

  /** Close the frames deeper than `level` and open an item there (in the list it continues, or a new one); false when its quote is not simple. */
  function startItem(m: Marker, line: Line, level: number): boolean {
    stack.length = level;
    const parent = level ? stack[level - 1]!.item : undefined;
    const last = parent ? parent.children[parent.children.length - 1] : root;
    let list: List;
    if (last?.type === 'list' && kindOf(last) === m.kind) {
      list = last;
      if (blankBefore) list.spread = true;
    } else {
      list = newList(m);
      if (blankBefore) parent!.spread = true;
      parent!.children.push(list);
    }
    blankBefore = false;
    return openItem(m, list, line);
  }
}

const kinds = new WeakMap<List, string>();

function kindOf(list: List): string | undefined {
  return kinds.get(list);
}

function newList(m: Marker): List {
  const list: List = { type: 'list', ordered: m.ordered, start: m.ordered ? m.value : null, spread: false, children: [], position: { start: point(m.start), end: point(m.start) } };
  kinds.set(list, m.kind);
  return list;
}

/** Every open item and list now ends at `end` (the end of the line just read). */
function close(stack: readonly Frame[], end: number): void {
  for (const frame of stack) {
    frame.item.position!.end = point(end);
    frame.list.position!.end = point(end);
  }
}
