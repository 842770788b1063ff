/**
 * What one line of Markdown can be, as far as the parser-free readers (block-reader.ts,
 * simple-lists.ts, simple-tables.ts) need to know: blank, an ATX heading, or plain text that no
 * block construct can start with. Every test errs towards "not plain": a line that is not plain
 * goes to remark.
 */

export interface Line {
  start: number;
  /** End of the content, before the line break. */
  end: number;
}

export function isBlank(source: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = source.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** "#" to "######" at column 0, then a space, a tab or the end of the line. */
export function isHeadingLine(source: string, line: Line): boolean {
  let i = line.start;
  while (i < line.end && i < line.start + 7 && source.charCodeAt(i) === 35) i++;
  const depth = i - line.start;
  if (depth < 1 || depth > 6) return false;
  const c = source.charCodeAt(i);
  return i === line.end || c === 32 || c === 9;
}

const LIST_NUMBER = /^\d{1,9}[.)](?:[ \t]|$)/;
/** "***", "- - -", "___": a thematic break (also what a "*" or "_" line must not be to be text). */
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

export function isThematicBreak(source: string, from: number, end: number): boolean {
  return THEMATIC_BREAK.test(source.slice(from, end));
}

/**
 * A first character no Markdown construct starts with (from `at` to the line's `end`): any
 * character but a space, a control character, a byte order mark and the ASCII characters that
 * open block constructs with remark-gfm and front matter ("#" headings, ">" quotes, "<" HTML, "`"
 * and "~" fences, "=" underlines, "|" tables); a digit that does not make a list item; a "[" that
 * opens no definition; a run of "*", "-", "_" or "+" that makes no list marker, thematic break or
 * underline ("**Backups.** …", "--- Schedule A ---", "__Notice__").
 */
export function isPlainCharAt(source: string, at: number, end: number): boolean {
  const c = source.charCodeAt(at);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true; // A-Z a-z
  if (c >= 48 && c <= 57) return !LIST_NUMBER.test(source.slice(at, Math.min(end, at + 12))); // not "1." / "2)"
  if (c === 91) return opensNoDefinition(source, at, end);
  if (c === 42 || c === 45 || c === 95 || c === 43) return isMarkerRunText(source, at, end);
  // Not "`" (inline code), though it starts no block either: the time-budget and offload tests open lines with it to reach remark.
  if (c < 128) return c > 32 && c !== 127 && !BLOCK_OPENERS.has(c);
  // A byte order mark at the start of a text is dropped by micromark; elsewhere it is a character, but rare enough to leave to remark.
  return c !== 0xfeff;
}

/** ASCII characters a block construct may start with, besides digits, "[" and marker runs: # > < ` ~ = | */
const BLOCK_OPENERS = new Set([35, 62, 60, 96, 126, 61, 124]);

const TASK_BOX = /^[ xX]$/;

/**
 * "[" that starts no reference definition ("[label]: url"), footnote definition ("[^1]: …") or
 * task box ("[ ]", "[x]"): its label closes on this line, holds no bracket or escape, and is not
 * followed by ":" ("[the guide](https://…) sets out …", "[Draft] The Provider shall …").
 */
function opensNoDefinition(source: string, at: number, end: number): boolean {
  if (source.charCodeAt(at + 1) === 94 /* ^ */) return false;
  for (let i = at + 1; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c === 93 /* ] */) return !(i === at + 2 && TASK_BOX.test(source[at + 1]!)) && source.charCodeAt(i + 1) !== 58 /* : */;
    if (c === 91 || c === 92) return false;
  }
  return false;
}

/**
 * A run of "*", "-", "_" or "+" that is text: neither a list marker (a single "-", "*" or "+"
 * followed by a space, a tab or the end of the line) nor, with nothing but the run's character and
 * spaces in the line, a thematic break or a setext underline ("***", "- - -", "---"). "+" makes no
 * break, but "++" alone is left to remark too: such lines are rare.
 */
function isMarkerRunText(source: string, at: number, end: number): boolean {
  const marker = source.charCodeAt(at);
  let i = at;
  while (i < end && source.charCodeAt(i) === marker) i++;
  if (i === at + 1 && marker !== 95 && (i === end || source.charCodeAt(i) === 32 || source.charCodeAt(i) === 9)) return false; // a list marker
  for (; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c !== marker && c !== 32 && c !== 9) return true;
  }
  return false;
}

/** Nothing in the line can make a table (or anything else) of the paragraph. */
export function isPlainText(source: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = source.charCodeAt(i);
    if (c === 124 /* | */ || c === 0) return false;
  }
  return true;
}

/** A line that starts a plain paragraph at column 0. */
export function isPlainStart(source: string, line: Line): boolean {
  return line.end > line.start && isPlainCharAt(source, line.start, line.end) && isPlainText(source, line);
}

/** Spaces (at most three) before the first character of a plain paragraph the line starts; -1: it starts none. */
export function plainStartIndent(source: string, line: Line): number {
  let i = line.start;
  while (i < line.end && i < line.start + 3 && source.charCodeAt(i) === 32) i++;
  return i < line.end && isPlainCharAt(source, i, line.end) && isPlainText(source, line) ? i - line.start : -1;
}

/** A line that continues a plain paragraph (any indentation: it is read lazily). */
export function isPlainContinuation(source: string, line: Line): boolean {
  let i = line.start;
  while (i < line.end && (source.charCodeAt(i) === 32 || source.charCodeAt(i) === 9)) i++;
  return i < line.end && continuesParagraphAt(source, i, line.end) && isPlainText(source, line);
}

/**
 * A first character that, inside a paragraph, can only go on with it: a plain one, a number
 * other than "1." ("2. …" cannot interrupt a paragraph), or "[" (a link reference definition
 * cannot interrupt a paragraph, "[link](…)" lines are common), but not "[^" (a GFM footnote
 * definition can).
 */
export function continuesParagraphAt(source: string, at: number, end: number): boolean {
  const c = source.charCodeAt(at);
  if (c >= 48 && c <= 57) return !INTERRUPTING_NUMBER.test(source.slice(at, Math.min(end, at + 3)));
  return isPlainCharAt(source, at, end) || (c === 91 && source.charCodeAt(at + 1) !== 94);
}

/** The only ordered item that may interrupt a paragraph: "1." or "1)" (not "01.", not "2."). */
const INTERRUPTING_NUMBER = /^1[.)](?:[ \t]|$)/;

/**
 * A list item that interrupts the plain paragraph above it ("… consists of:\n- Delivering …"):
 * a bullet, or an ordered item numbered "1", indented at most three spaces, with content (an
 * empty item cannot interrupt a paragraph) that is plain text, and no "|" (a table's delimiter row). The paragraph
 * ends before it and the list starts as from a clean state, as at the top of a document.
 */
export function interruptsParagraph(source: string, line: Line): boolean {
  let i = line.start;
  while (i < line.end && i < line.start + 3 && source.charCodeAt(i) === 32) i++;
  const c = source.charCodeAt(i);
  if (c === 45 || c === 42 || c === 43) i++; // - * +
  else if (c === 49 /* 1 */ && (source.charCodeAt(i + 1) === 46 || source.charCodeAt(i + 1) === 41)) i += 2; // "1." "1)"
  else return false;
  if (source.charCodeAt(i) !== 32) return false;
  const afterMarker = i;
  while (i < line.end && source.charCodeAt(i) === 32) i++;
  // Its content must be plain text: micromark reads an item's first line that interrupts a paragraph
  // as interrupting too ("* > 2. two" quotes a paragraph there, a list on its own), so a reading
  // that starts at the item, without the paragraph, could differ.
  return i < line.end && i - afterMarker <= 4 && isPlainCharAt(source, i, line.end) && !isThematicBreak(source, line.start, line.end) && isPlainText(source, line);
}
