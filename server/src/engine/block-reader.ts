/**
 * Reads one block of a document (see incremental.ts) into the remark tree nodes the builder needs,
 * exactly as a remark parse of the whole document would give them, with less work:
 *
 * - Plain lines are read without a parser. Most of a contract is headings and plain paragraphs
 *   ("7.2 The Provider shall …", "(a) …"). From a clean state (the block's start, after a heading,
 *   after a blank line that follows a plain paragraph) a "#" heading is its whole line, and a
 *   paragraph whose lines all start with a letter, a digit that does not make a list item, an
 *   opening bracket or quote, a "{{placeholder}}", a "[" that opens no definition, or emphasis
 *   ("**Backups.**"), and hold no "|", is one paragraph node from its first character (after up to
 *   three spaces) to the end of its last line: nothing in such lines can start, interrupt or
 *   continue another construct (tables need "|", lists, quotes, code, HTML, breaks and underlines
 *   need other first characters; plain-lines.ts). Followed by a setext underline, the same lines
 *   are one heading node; followed by a list item that may interrupt a paragraph, the paragraph
 *   ends there and the list starts from a clean state.
 * - Lists of plain items and pipe tables of plain rows are read without a parser too, from a
 *   clean state (simple-lists.ts, simple-tables.ts): they give up on anything not provably simple.
 * - Everything else (quotes, code, HTML, front matter, other lists and tables…) goes to remark, a run at a
 *   time, read without inline content (the builder never reads it; inline parsing is about half of
 *   remark's work). A run ends before a plain line that follows a blank line, once remark confirms,
 *   reading the run with that line, that the line starts a node of its own (the state is clean
 *   there); otherwise the run goes on.
 * - Runs stay short. remark is super-linear on some inputs (setext headings: quadratic, see
 *   docs/remark-setext-quadratic.md), so once a run is RUN_TARGET long it may also end before any
 *   line where CommonMark may start afresh: after a blank line (unless the line goes on a list)
 *   and after a setext underline or thematic break. Each cut is verified the same way (a
 *   top-level node starts exactly there); a failed one doubles the length the run must reach
 *   before the next try, so failed tries cost at most one more reading of the run.
 */
import type { Parent, Root, RootContent } from 'mdast';
import { markdownProcessor, markdownTree } from './parse/reader';
import { hasLongLazyStretch, plainParagraphs } from './lazy-lines';
import { remarkTree, type AWAITING_OTHER_THREAD, type RemarkOffload } from './remark-offload';
import { interruptsParagraph, isBlank, isHeadingLine, isPlainContinuation, isPlainStart, isPlainText, plainStartIndent, type Line } from './plain-lines';
import { opensMultiLineLabel, readHtmlBlock, readThematicBreak, startsLabel } from './simple-leaves';
import { quoteMarkerAt, readSimpleQuote } from './simple-quotes';

import { readSimpleList, type SimpleRead } from './simple-lists';
import { readSimpleTable } from './simple-tables';

export { isHeadingLine, type Line } from './plain-lines';

/** What reading yields: undefined after a run remark read here, AWAITING_OTHER_THREAD while a worker reads one. */
export type ReadStep = undefined | typeof AWAITING_OTHER_THREAD;
type RunRead = { nodes: RootContent[]; clean: boolean };

/** The reader's remark processor: block structure only (the worker thread reads with the same one). */
export function readBlockStructure(markdown: string): Root {
  return markdownTree(markdown, blockStructureReader);
}

/** Constructs that only shape a paragraph's inline content. */
const INLINE_CONSTRUCTS = [
  'attention', 'autolink', 'codeText', 'hardBreakEscape', 'htmlText', 'labelStartImage', 'labelStartLink',
  'labelEnd', 'wwwAutolink', 'protocolAutolink', 'emailAutolink', 'gfmFootnoteCall', 'gfmPotentialFootnoteCall',
  'strikethrough',
];

/** The document's remark reader, reading block structure only. */
const blockStructureReader = markdownProcessor().use(function blockStructureOnly() {
  const data = this.data();
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), { disable: { null: INLINE_CONSTRUCTS } }];
  // GFM's only tree transform searches every text node for autolink literals ("www.…").
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).flat().map(({ transforms: _unused, ...extension }) => extension);
});

/** The opening line of front matter (remark-frontmatter's rule). */
export const FRONT_MATTER = /^\uFEFF?---[ \t]*(?:\r\n|\n|\r)/;

/** Lines of what follows read along with a run: its first line, and one more for a table's delimiter row. */
export const LOOKAHEAD_LINES = 2;

/** After this many runs that could not be ended early before a plain line, only long runs try again. */
const MAX_FAILED_RUN_ENDS = 3;

/** Length from which a run tries to end at any restart point (see the header). */
export const RUN_TARGET = 1024;

/**
 * Containers (quotes, list items) one line may open or continue, as markdown-it also limits them.
 * remark's time grows with the square of the depth (it copies its container stack per attempt):
 * a single line of 2,500 "> - " took minutes, 8,000 ">" overflow its stack. Deeper text is read as
 * plain paragraphs (parse/index.ts), as a stack overflow always was.
 */
export const MAX_NESTING = 100;

/** The text nests containers deeper than MAX_NESTING on one line. A RangeError, like the stack overflow it prevents. */
export class NestingTooDeep extends RangeError {
  constructor() {
    super(`Markdown nested more than ${MAX_NESTING} containers deep`);
  }
}

/** How deep a line's leading markers and indentation nest: each ">" or list marker is one level, each two columns of indentation before a marker one more. */
export function containerDepth(source: string, line: Line): number {
  let depth = 0;
  let indent = 0;
  let i = line.start;
  while (i < line.end && depth + (indent >> 1) <= MAX_NESTING) {
    const c = source.charCodeAt(i);
    if (c === 32) indent++;
    else if (c === 9) indent += 4;
    else if (c === 62 /* > */) depth++;
    else if ((c === 45 || c === 42 || c === 43) && isMarkerEnd(source.charCodeAt(i + 1), i + 1, line)) depth++;
    else if (c >= 48 && c <= 57) {
      let j = i;
      while (j < line.end && j - i < 9 && source.charCodeAt(j) >= 48 && source.charCodeAt(j) <= 57) j++;
      const p = source.charCodeAt(j);
      if ((p !== 46 && p !== 41) || !isMarkerEnd(source.charCodeAt(j + 1), j + 1, line)) break;
      depth++;
      i = j;
    } else break;
    i++;
  }
  return depth === 0 ? 0 : depth + (indent >> 1);
}

function isMarkerEnd(c: number, at: number, line: Line): boolean {
  return at >= line.end || c === 32 || c === 9;
}

export interface BlockRead {
  /** Top-level nodes of the block, offsets into `source`. */
  nodes: RootContent[];
  /** The line at `length` is a top-level heading in the document, so the block may end there. */
  safeCut: boolean;
  /** Characters of the longest text given to remark in one call (0: none). */
  longestRun: number;
}

/**
 * Read `source`'s first `length` characters; the rest of `source` is the start of what follows
 * (checked when the block ends inside a run). `last`: nothing follows.
 */
export function readBlock(source: string, length: number, last: boolean): BlockRead {
  const steps = readBlockSteps(source, length, last);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same, yielding after each run remark read (a long document without headings is one block). */
export function* readBlockSteps(source: string, length: number, last: boolean, offload?: RemarkOffload): Generator<ReadStep, BlockRead, void> {
  const readRun = (from: number, until: number, next: number | undefined, anyNode = false): Generator<ReadStep, RunRead, void> => readRunSteps(source, from, until, next, anyNode, offload);
  // Front matter, closed or not, changes how remark reads what follows it: leave it all to remark.
  const lines = splitLines(source, length);
  if (lines.some((line) => containerDepth(source, line) > MAX_NESTING)) throw new NestingTooDeep();
  const nodes: RootContent[] = [];
  let longestRun = 0;
  let first = 0;
  if (FRONT_MATTER.test(source)) {
    // Front matter is read with the line after it; if a node starts cleanly there, the rest is read as usual.
    const after = lineAfterFrontMatter(source, lines);
    const next = after === undefined ? undefined : lines[after]!.start;
    const read = next === undefined ? undefined : yield* readRun(0, afterLines(source, next, LOOKAHEAD_LINES), next, true);
    if (after === undefined || !read?.clean || read.nodes[0]?.type !== 'yaml') {
      const whole = yield* readRun(0, source.length, last ? undefined : length);
      return { nodes: whole.nodes, safeCut: last || whole.clean, longestRun: source.length };
    }
    nodes.push(...read.nodes);
    longestRun = next!;
    first = after;
  }
  let runStart = -1; // first line of the run remark reads, -1: none
  let failures = 0;
  let longTry = RUN_TARGET; // run length from which any restart point is tried
  let afterBlank = true;
  let afterUnderline = false;
  let fence: Fence | undefined; // a fence seen opening in the run: it cannot end before it closes
  for (let i = first; i < lines.length; ) {
    const line = lines[i]!;
    if (runStart >= 0) {
      const length = line.start - lines[runStart]!.start;
      // A run may end before a plain paragraph that follows a blank line; a long one also at any restart point.
      const plainEnd = failures < MAX_FAILED_RUN_ENDS && afterBlank && isPlainStart(source, line);
      const longEnd = length >= longTry && ((afterBlank && mayRestartAfterBlank(source, line)) || (afterUnderline && !isBlank(source, line)));
      const endsHere = !fence && (plainEnd || longEnd);
      afterBlank = isBlank(source, line);
      afterUnderline = isUnderlineOrBreak(source, line);
      if (!endsHere) {
        fence = fence ? (closesFence(source, line, fence) ? undefined : fence) : opensFence(source, line);
        i++;
        continue;
      }
      const from = lines[runStart]!.start;
      const until = afterLines(source, line.start, LOOKAHEAD_LINES);
      const read = yield* readRun(from, until, line.start, !plainEnd);
      longestRun = Math.max(longestRun, until - from);
      yield;
      if (!read.clean) {
        failures++;
        if (length >= longTry) longTry = 2 * length;
        fence = opensFence(source, line);
        i++;
        continue;
      }
      nodes.push(...read.nodes);
      runStart = -1;
      longTry = RUN_TARGET;
    }
    if (isBlank(source, line)) {
      afterBlank = true;
      i++;
      continue;
    }
    if (isHeadingLine(source, line)) {
      nodes.push(node('heading', line.start, line.end, headingDepth(source, line.start)));
      afterBlank = true; // a heading closes everything, like a blank line
      i++;
      continue;
    }
    const indent = plainParagraphIndent(source, lines, i);
    if (indent >= 0) {
      const start = line.start + indent; // remark's paragraph starts after the indentation
      const j = plainParagraphEnd(source, lines, i);
      if (j === lines.length || isBlank(source, lines[j]!) || interruptsParagraph(source, lines[j]!)) {
        nodes.push(node('paragraph', start, lines[j - 1]!.end));
        i = j;
        continue;
      }
      // Underlined, the same lines are a setext heading: plain lines (no "|", no "[" that may open
      // a definition) can be no reference definition or table header, which would take the underline otherwise.
      const depth = setextDepth(source, lines[j]!);
      if (depth) {
        nodes.push(node('heading', start, lines[j]!.end, depth));
        afterBlank = true; // a heading closes everything, like a blank line
        i = j + 1;
        continue;
      }
    }
    const simple = readSimpleBlock(source, lines, i, last, () => last || followsHeading(source, length));
    if (simple) {
      nodes.push(...simple.nodes);
      i = simple.next;
      continue;
    }
    runStart = i;
    afterBlank = false;
    afterUnderline = isUnderlineOrBreak(source, line);
    fence = opensFence(source, line);
    i++;
  }
  if (runStart < 0) return { nodes, safeCut: true, longestRun }; // a "#" line after plain content is a heading
  const from = lines[runStart]!.start;
  const read = yield* readRun(from, source.length, last ? undefined : length);
  nodes.push(...read.nodes.filter((n) => n.position!.start.offset! < length));
  return { nodes, safeCut: last || read.clean, longestRun: Math.max(longestRun, source.length - from) };
}

/** Index of the first line after the plain continuation lines of the paragraph that `lines[first]` starts. */
function plainParagraphEnd(source: string, lines: readonly Line[], first: number): number {
  let j = first + 1;
  while (j < lines.length && !isBlank(source, lines[j]!) && isPlainContinuation(source, lines[j]!)) j++;
  return j;
}

/**
 * Spaces before the plain paragraph `lines[first]` starts, -1: none. Its first character starts
 * no construct, or it opens a link label that closes on a later line of the paragraph and makes
 * no definition.
 */
function plainParagraphIndent(source: string, lines: readonly Line[], first: number): number {
  const line = lines[first]!;
  const indent = plainStartIndent(source, line);
  if (indent >= 0 || !startsLabel(source, line) || !isPlainText(source, line)) return indent;
  return opensMultiLineLabel(source, lines, first, plainParagraphEnd(source, lines, first)) ? source.indexOf('[', line.start) - line.start : -1;
}

/**
 * A list or table at `lines[first]` read without remark (simple-lists.ts, simple-tables.ts), if it
 * is simple. One that runs to the block's last line is taken only when `mayEndAtLast` (the block
 * ends there and a top-level heading or nothing follows, which closes it).
 */
function readSimpleBlock(source: string, lines: readonly Line[], first: number, last: boolean, mayEndAtLast: () => boolean): SimpleRead | undefined {
  const leaf = readThematicBreak(source, lines, first) ?? readHtmlBlock(source, lines, first, last);
  if (leaf) return leaf;
  const line = lines[first]!;
  const c = source.charCodeAt(line.start);
  const read = c === 124 /* | */ ? readSimpleTable(source, lines, first) : quoteMarkerAt(source, line, line.start) >= 0 ? readSimpleQuote(source, lines, first) : readSimpleList(source, lines, first);
  return read && (read.next < lines.length || mayEndAtLast()) ? read : undefined;
}

/** The line at `at` is a "#" heading line. */
function followsHeading(source: string, at: number): boolean {
  let end = at;
  while (end < source.length && source.charCodeAt(end) !== 10 && source.charCodeAt(end) !== 13) end++;
  return at < source.length && isHeadingLine(source, { start: at, end });
}

/**
 * Remark's reading of source[from, until); `next`: where the next node must start for the state
 * to be clean there (its nodes are left out). That node must be a heading or a paragraph, or
 * with `anyNode` any top-level node: one that starts exactly at `next` was not a continuation of
 * anything before it, so read on its own it comes out the same.
 */
function* readRunSteps(source: string, from: number, until: number, next: number | undefined, anyNode: boolean, offload: RemarkOffload | undefined): Generator<ReadStep, RunRead, void> {
  // Read a run from the line break before it: at the very start of a text, remark would drop a
  // byte order mark and take a "---" line for front matter.
  const at = from > 0 ? from - 1 : from;
  let children: RootContent[];
  if (hasLongLazyStretch(source, from, until)) children = plainParagraphs(source, from, until);
  else {
    const tree = yield* remarkTree(source.slice(at, until), readBlockStructure, offload);
    if (at > 0) shift(tree, at);
    children = tree.children;
  }
  if (next === undefined) return { nodes: children, clean: true };
  const after = children.find((n) => n.position!.start.offset! >= next);
  const clean = after !== undefined && after.position!.start.offset === next && (anyNode ? after.type !== 'yaml' : after.type === 'heading' || after.type === 'paragraph');
  return { nodes: children.filter((n) => n.position!.start.offset! < next), clean };
}

/** The first non-blank line after the closing "---" of front matter, if there is one. */
function lineAfterFrontMatter(source: string, lines: Line[]): number | undefined {
  const close = lines.findIndex((line, i) => i > 0 && /^---[ \t]*$/.test(source.slice(line.start, line.end)));
  if (close < 0) return undefined;
  for (let i = close + 1; i < lines.length; i++) if (!isBlank(source, lines[i]!)) return i;
  return undefined;
}

function shift(root: Root, by: number): void {
  const pending: (Root | RootContent)[] = [root];
  while (pending.length) {
    const n = pending.pop()!;
    if (n.position?.start.offset !== undefined) n.position.start.offset += by;
    if (n.position?.end.offset !== undefined) n.position.end.offset += by;
    if ('children' in n) for (const child of (n as Parent).children) pending.push(child as RootContent);
  }
}

/** A node read without remark. Only offsets are meaningful (lines and columns are not counted). */
function node(type: 'heading' | 'paragraph', start: number, end: number, depth = 1): RootContent {
  const position = { start: { line: 1, column: 1, offset: start }, end: { line: 1, column: 1 + end - start, offset: end } };
  return type === 'heading' ? { type, depth: depth as 1 | 2 | 3 | 4 | 5 | 6, children: [], position } : { type, children: [], position };
}

function splitLines(source: string, length: number): Line[] {
  const lines: Line[] = [];
  eachLine(source, 0, length, (start, end) => {
    lines.push({ start, end });
  });
  return lines;
}

/** Where the next "\n" and "\r" were found, kept between calls that walk on through the same text. */
export interface LineBreaks {
  lf: number;
  cr: number;
}

/**
 * Call `visit` with each line's start and end (before its break: CRLF, LF or a lone CR) in
 * text[from, to), without allocating; stop when it returns true. A caller that goes on from where
 * an earlier call stopped passes the same `breaks`: each search for a break then runs once over
 * the text, where a fresh one looks for a "\r" to the end of a text that may have none.
 */
export function eachLine(text: string, from: number, to: number, visit: (start: number, end: number) => boolean | void, breaks: LineBreaks = { lf: -1, cr: -1 }): void {
  for (let start = from; start < to; ) {
    if (breaks.lf < start) {
      breaks.lf = text.indexOf('\n', start);
      if (breaks.lf === -1) breaks.lf = text.length;
    }
    if (breaks.cr < start) {
      breaks.cr = text.indexOf('\r', start);
      if (breaks.cr === -1) breaks.cr = text.length;
    }
    const end = Math.min(breaks.lf, breaks.cr, to);
    if (visit(start, end) === true) return;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
}

/** Offset just after `count` lines starting at `from` (or the end of the text). */
export function afterLines(text: string, from: number, count: number): number {
  let at = from;
  for (let i = 0; i < count && at < text.length; i++) {
    let c = text.charCodeAt(at);
    while (at < text.length && c !== 10 && c !== 13) c = text.charCodeAt(++at);
    at += c === 13 && text.charCodeAt(at + 1) === 10 ? 2 : 1;
  }
  return Math.min(at, text.length);
}

/**
 * After a blank line, may this line start a top-level node? Not if it is indented (it goes on a
 * list item or a code block) or is a list item (it goes on the list): trying would be wasted.
 */
function mayRestartAfterBlank(source: string, line: Line): boolean {
  const c = source.charCodeAt(line.start);
  if (line.end === line.start || c === 32 || c === 9) return false;
  return !LIST_ITEM.test(source.slice(line.start, Math.min(line.end, line.start + 12)));
}

const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/** A line of only "=" or only "-" (a setext underline), or a thematic break ("***", "- - -"). */
/** 1 or 2 for a setext heading underline ("===" or "---", indented at most three spaces), else 0. */
function setextDepth(source: string, line: Line): 0 | 1 | 2 {
  const m = /^ {0,3}(?:(=+)|-+)[ \t]*$/.exec(source.slice(line.start, line.end));
  return m ? (m[1] ? 1 : 2) : 0;
}

function isUnderlineOrBreak(source: string, line: Line): boolean {
  const text = source.slice(line.start, line.end);
  return /^ {0,3}(?:=+|-+)[ \t]*$/.test(text) || /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(text);
}

function headingDepth(source: string, start: number): number {
  let i = start;
  while (source.charCodeAt(i) === 35) i++;
  return i - start;
}

interface Fence {
  char: number;
  length: number;
}

/** A fenced code block's opening line (``` or ~~~, indented at most three spaces). */
export function opensFence(source: string, line: Line): Fence | undefined {
  let i = line.start;
  while (i < line.start + 3 && source.charCodeAt(i) === 32) i++;
  const char = source.charCodeAt(i);
  if (char !== 96 /* ` */ && char !== 126 /* ~ */) return undefined;
  let j = i;
  while (j < line.end && source.charCodeAt(j) === char) j++;
  if (j - i < 3) return undefined;
  if (char === 96 && source.slice(j, line.end).includes('`')) return undefined; // inline code, not a fence
  return { char, length: j - i };
}

export function closesFence(source: string, line: Line, fence: Fence): boolean {
  let i = line.start;
  while (i < line.start + 3 && source.charCodeAt(i) === 32) i++;
  let j = i;
  while (j < line.end && source.charCodeAt(j) === fence.char) j++;
  return j - i >= fence.length && source.slice(j, line.end).trim() === '';
}
