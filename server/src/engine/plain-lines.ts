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
const LETTER = /\p{L}/u;
/** "***", "- - -", "___": a thematic break (also what a "*" or "_" line must not be to be text). */
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

export function isThematicBreak(source: string, from: number, end: number): boolean {
  return THEMATIC_BREAK.test(source.slice(from, end));
}

/**
 * A first character no Markdown construct starts with (from `at` to the line's `end`): a letter,
 * a digit that does not make a list item, an opening bracket or quote, a "[" that opens no
 * definition, a "{", a bullet, a "\", a ".", or "*" / "_" opening emphasis
 * ("**Backups.** …": not a list marker, which needs a space after it, nor a thematic break).
 */
export function isPlainCharAt(source: string, at: number, end: number): boolean {
  const c = source.charCodeAt(at);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true; // A-Z a-z
  if (c >= 48 && c <= 57) return !LIST_NUMBER.test(source.slice(at, Math.min(end, at + 12))); // not "1." / "2)"
  if (c === 40 || c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0xa7) return true; // ( " ' “ ‘ §
  // "{{provider}} shall …" (template placeholders), "• item" (a bullet pasted from a word
  // processor, not a Markdown marker), "\[…" (an escaped character): no block construct starts so.
  // Not "`" (inline code), though it starts no block either: the time-budget and offload tests open lines with it to reach remark.
  if (c === 123 || c === 0x2022 || c === 92 || c === 0xb7 || c === 0xf0b7 || c === 46) return true; // { • \ · Word's symbol-font bullet, "." (".NET")
  if (c === 91) return opensNoDefinition(source, at, end);
  if (c === 42 || c === 95) return isEmphasisOpening(source, at, end);
  return c >= 0xc0 && c < 0xd800 && LETTER.test(source[at]!);
}

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
 * A run of "*" or "_" followed by anything but a space or a tab: such a line is no thematic break
 * (it holds another character) and no list item (a marker needs a space after it).
 */
function isEmphasisOpening(source: string, at: number, end: number): boolean {
  const marker = source.charCodeAt(at);
  let i = at;
  while (i < end && source.charCodeAt(i) === marker) i++;
  const next = source.charCodeAt(i);
  return i < end && next !== 32 && next !== 9;
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
 * empty item cannot interrupt a paragraph) and no "|" (a table's delimiter row). The paragraph
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
  while (i < line.end && source.charCodeAt(i) === 32) i++;
  return i < line.end && source.charCodeAt(i) !== 9 && !isThematicBreak(source, line.start, line.end) && isPlainText(source, line);
}
