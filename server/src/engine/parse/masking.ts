/** Markup blanked out of block source text (same length), and the HTML comments and raw blocks in it. */
import type { Span } from '../types';
import type { UnitKind } from './types';

/**
 * Blank out Markdown markup in a block's source, keeping its length, so offsets stay true:
 * emphasis markers, heading hashes, block-quote markers, link targets, HTML tags, backslash
 * escapes and template section tags ("{{#flag}}").
 */
export function mask(text: string, start: number, end: number, kind: UnitKind): string {
  let s = text.slice(start, end);
  const blank = (m: string): string => ' '.repeat(m.length);
  // Each replacement runs only where its markup character occurs: most clause text has none.
  const has = (c: string): boolean => s.includes(c);
  if (has('<')) {
    s = blankSpans(s, htmlComments(s));
    s = s.replace(/<\/?[A-Za-z][^<>\n]*>/g, blank);
  }
  if (has(']')) {
    // Links and images keep their text: "[logs](https://…)" → " logs            ".
    s = s.replace(/(!?\[)([^\]\n]{0,500})(\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+"[^"]*")?\))/g, (_m, open: string, inner: string, target: string) => blank(open) + inner + blank(target));
    // Brackets: an opening one (with the "!" of an image) that some "]" follows, then every "]".
    // One scan for the last "]": a look-ahead per "[" would rescan to the end each time.
    const lastClose = s.lastIndexOf(']');
    s = s.replace(/!?\[/g, (m: string, at: number) => (at + m.length <= lastClose ? blank(m) : m)).replace(/\]/g, ' ');
  }
  if (has('\\')) s = s.replace(/\\(?=[\\`*_{}[\]()#+\-.!|>~])/g, ' ');
  if (has('{{')) s = s.replace(/\{\{[#/^!][^{}\n]*\}\}/g, blank);
  if (has('*') || has('_') || has('~') || has('`')) s = s.replace(/(\*\*|__|\*|~~|`)/g, blank);
  if (has('_')) s = s.replace(/(^|[\s(])_(?=\S)|(?<=\S)_(?=$|[\s).,;:!?])/g, (m) => m.replace(/_/g, ' '));
  if (has('>')) s = s.replace(/(^|\n)([ \t]*>)+/g, (m) => m.replace(/[^\n]/g, ' '));
  if (kind === 'heading') {
    s = s.replace(/^[ \t]*#{1,6}(?=\s|$)/, blank).replace(/[ \t]#+[ \t]*$/, blank);
    s = s.replace(/\n[ \t]*(=+|-+)[ \t]*$/, (m) => m.replace(/[^\n]/g, ' '));
  }
  if (kind === 'table-cell') s = s.replace(/\|/g, ' ');
  return s;
}

/** HTML blocks that run until a terminator rather than a blank line (CommonMark types 1–5). */
const RAW_HTML_BLOCKS: [open: RegExp, close: RegExp][] = [
  [/^[ \t]{0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^[ \t]{0,3}<!--/, /-->/],
  [/^[ \t]{0,3}<\?/, /\?>/],
  [/^[ \t]{0,3}<![A-Za-z]/, />/],
  [/^[ \t]{0,3}<!\[CDATA\[/, /\]\]>/],
];

/**
 * Where a fenced code block or a raw HTML block (comment, <script>, …) that opens on a line at or
 * after `from` runs unclosed to the end of the text. Text inserted after that point would be
 * swallowed by it, so clauses are inserted before it.
 */
export function unclosedBlockStart(text: string, from: number): number | undefined {
  let open: { at: number; close: RegExp } | undefined;
  const lineStart = Math.max(text.lastIndexOf('\n', from - 1), text.lastIndexOf('\r', from - 1)) + 1;
  const lines = /([^\r\n]*)(?:\r\n|\r|\n|$)/g;
  lines.lastIndex = lineStart;
  for (let m = lines.exec(text); m && m[0].length > 0; m = lines.exec(text)) {
    const line = m[1]!;
    if (open) {
      if (open.close.test(line)) open = undefined;
      continue;
    }
    const fence = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      const marker = fence[1]!;
      open = { at: m.index, close: new RegExp(`^[ \\t]{0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`) };
      continue;
    }
    const html = RAW_HTML_BLOCKS.find(([opens]) => opens.test(line));
    if (html && !html[1].test(line)) open = { at: m.index, close: html[1] };
  }
  return open?.at;
}

/**
 * HTML comments ("<!-- … -->") in `s`, found in one pass. (A lazy regex rescans to the end of
 * the text for every unclosed "<!--", which is quadratic.)
 */
export function htmlComments(s: string): { start: number; end: number; body: string }[] {
  const out: { start: number; end: number; body: string }[] = [];
  for (let open = s.indexOf('<!--'); open !== -1; ) {
    const close = s.indexOf('-->', open + 4);
    if (close === -1) break;
    out.push({ start: open, end: close + 3, body: s.slice(open + 4, close) });
    open = s.indexOf('<!--', close + 3);
  }
  return out;
}

/** `s` with the given sorted, non-overlapping spans replaced by spaces. */
function blankSpans(s: string, spans: readonly Span[]): string {
  if (!spans.length) return s;
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += s.slice(at, span.start) + ' '.repeat(span.end - span.start);
    at = span.end;
  }
  return out + s.slice(at);
}
