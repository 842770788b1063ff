/**
 * Markdown → clause units. remark gives the block structure; matching runs over the *source*
 * text of each block with Markdown markup blanked out (same length), so every offset the
 * matcher finds is already an offset into the original document.
 *
 * Beyond Markdown's own structure, contracts carry an outline in their words: "(c) Cyber
 * incident reporting." heads the paragraphs "(1)", "(2)" below it, "the Contractor shall—"
 * governs the "(i)", "(ii)" that follow, and "**2.3 Multifactor Authentication.** Supplier
 * will …" starts with a caption. Units keep those captions and outline parents, so a sentence
 * can be read with the words that head and govern it.
 */
import './micromark-patch'; // before any parse: micromark's quadratic event edits
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root, RootContent, Heading, Parent, ListItem, Table } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { splitSentences } from './sentences';
import type { Span } from './types';

export type UnitKind = 'paragraph' | 'list-item' | 'table-cell' | 'heading' | 'indented-prose';

export interface Sentence extends Span {
  /** Masked text of the sentence (markup blanked); same length as the source slice. */
  text: string;
}

export interface ClauseUnit extends Span {
  kind: UnitKind;
  /** Index into ParsedDocument.sections of the innermost enclosing section (-1: before any heading). */
  section: number;
  sentences: Sentence[];
  /**
   * A title written at the start of the unit ("**2.3 Multifactor Authentication.**",
   * "(e) Logging :", "Subprocessors.  Provider will …"), or the whole unit when it is only a title.
   * Captions head the unit's sentences; they are not sentences themselves.
   */
  caption?: Sentence;
  /** The enumerator the unit starts with ("(c)", "(ii)", "7.2", "a."), if any. */
  enumerator?: string;
  /** Indices of the units this one hangs under in the outline, outermost first. */
  parents: number[];
}

export interface Section extends Span {
  /** Heading depth 1–6; 7 for a title paragraph ("**Security Incidents**") that acts as a heading. */
  depth: number;
  /** Heading text without markup or number. */
  title: string;
  /** Clause number written in the heading, e.g. "7", "7.2", "VII", "2" in "Schedule 2". */
  number?: string;
  /** The heading line itself. */
  headingSpan: Span;
  /** Index of the parent section, -1 for none. */
  parent: number;
  /** 'heading' for Markdown headings, 'title' for a paragraph that is only a title. */
  kind?: 'heading' | 'title';
}

export interface Comment extends Span {
  /** Text inside <!-- --> */
  body: string;
}

export interface ParsedDocument {
  text: string;
  frontMatter?: { data: unknown; span: Span; error?: string };
  sections: Section[];
  units: ClauseUnit[];
  comments: Comment[];
  /** True when the body is mostly indented (code-block) prose and was read as text. */
  indentedProse: boolean;
}

/** The remark reader. incremental.ts derives its block-only reader from it, so a plugin added here applies to both. */
export function markdownProcessor() {
  return unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
}

const processor = markdownProcessor();

/** Depth given to title paragraphs: below every Markdown heading. */
const TITLE_DEPTH = 7;

/** GitHub's alert block quotes ("> [!NOTE]") are editorial notes about a document, not its terms. */
const ALERT = /^\s*>\s*\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/i;

interface VisitContext {
  inQuote: boolean;
  /** Outline parents inherited from enclosing list items and lead-ins. */
  parents: number[];
}

/** Parse Markdown into sections and clause units with sentence offsets. */
export function parseDocument(text: string): ParsedDocument {
  try {
    return buildDocument(text, markdownTree(text));
  } catch (error) {
    // Nesting thousands of levels deep (quotes, lists) overflows the call stack in remark or in
    // the builder; such a document is still read, as plain paragraphs, rather than not at all.
    if (!(error instanceof RangeError)) throw error;
    return buildDocument(text, paragraphTree(text));
  }
}

/** Sections and units of a parsed tree. incremental.ts builds each block on its own, with the document's `indentedProse`. */
export function buildDocument(text: string, tree: Root, indentedProse = looksLikeIndentedProse(tree, text)): ParsedDocument {
  const doc: ParsedDocument = { text, sections: [], units: [], comments: [], indentedProse };
  new Builder(doc).visitChildren(tree.children, { inQuote: false, parents: [] });
  doc.comments.sort((a, b) => a.start - b.start);
  return doc;
}

/**
 * The remark tree with offsets into `text`. micromark drops a leading byte order mark without
 * counting it, so after a BOM every offset it reports is one short; they are shifted back here.
 */
export function markdownTree(text: string, reader: { parse(text: string): unknown } = processor): Root {
  const tree = reader.parse(text) as Root;
  if (text.charCodeAt(0) !== 0xfeff) return tree;
  const pending: (Root | RootContent)[] = [tree];
  while (pending.length) {
    const node = pending.pop()!;
    for (const point of [node.position?.start, node.position?.end]) {
      if (point?.offset !== undefined) point.offset += 1;
    }
    if ('children' in node) for (const child of (node as Parent).children) pending.push(child as RootContent);
  }
  return tree;
}

/** The fallback reading: every run of non-blank lines is a paragraph. */
function paragraphTree(text: string): Root {
  const children: RootContent[] = [];
  const point = (offset: number): { line: number; column: number; offset: number } => ({ line: 1, column: 1, offset });
  // From a non-space character to the next blank line (or the end), trailing space trimmed.
  for (const m of text.matchAll(/\S[\s\S]*?(?=(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)|$)/g)) {
    const end = m.index + m[0].replace(/\s+$/, '').length;
    children.push({ type: 'paragraph', children: [], position: { start: point(m.index), end: point(end) } });
  }
  return { type: 'root', children };
}

class Builder {
  /** Open section indices, outermost first. */
  private readonly stack: number[] = [];

  constructor(private readonly doc: ParsedDocument) {}

  private get section(): number {
    return this.stack.length ? this.stack[this.stack.length - 1]! : -1;
  }

  /**
   * Visit sibling blocks. Enumerated paragraphs form an outline among siblings ("(c)" holds
   * "(1)" until the next letter), and a paragraph ending in ":" or "—" governs the list after it.
   */
  visitChildren(children: readonly RootContent[], ctx: VisitContext): void {
    let outline = new Outline();
    let leadIn: number | undefined;
    for (const node of children) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      const text = this.doc.text;
      switch (node.type) {
        case 'yaml':
          this.frontMatter(node.value, start, end);
          break;
        case 'heading':
          if (ctx.inQuote) break;
          this.openSection((node as Heading).depth, start, end, 'heading');
          this.addUnit('heading', start, end, []);
          outline = new Outline();
          leadIn = undefined;
          break;
        case 'paragraph':
        case 'code': {
          const isProse = node.type === 'paragraph' || this.isIndentedProse(node.lang, start);
          if (!isProse) {
            leadIn = undefined;
            break;
          }
          const kind: UnitKind = node.type === 'paragraph' ? 'paragraph' : 'indented-prose';
          const probe = this.probe(kind, start, end);
          if (probe.titleOnly && !probe.enumerator && !ctx.inQuote && ctx.parents.length === 0) {
            // A paragraph that is only a title heads what follows, like a heading.
            this.openSection(TITLE_DEPTH, start, end, 'title');
            outline = new Outline();
          }
          const parents = [...ctx.parents, ...outline.place(probe.enumerator, this.doc.units.length)];
          const index = this.addUnit(kind, start, end, parents, probe);
          leadIn = endsWithLeadIn(this.doc.units[index]!) ? index : undefined;
          break;
        }
        case 'list': {
          const parents = [...ctx.parents, ...outline.current(), ...(leadIn !== undefined ? [leadIn] : [])];
          for (const item of node.children) this.listItem(item, { inQuote: ctx.inQuote, parents });
          leadIn = undefined;
          break;
        }
        case 'table':
          this.table(node, [...ctx.parents, ...outline.current()]);
          leadIn = undefined;
          break;
        case 'blockquote':
          if (!ALERT.test(text.slice(start, Math.min(end, start + 40)))) {
            this.visitChildren(node.children, { inQuote: true, parents: [...ctx.parents, ...outline.current()] });
          }
          leadIn = undefined;
          break;
        case 'html':
          this.comments(start, end);
          break;
        default:
          if ('children' in node) this.visitChildren((node as Parent).children as RootContent[], ctx);
          leadIn = undefined;
          break;
      }
    }
  }

  private listItem(item: ListItem, ctx: VisitContext): void {
    // The item's first paragraph is its clause unit; everything nested under it hangs from it.
    let own: number | undefined;
    const rest: RootContent[] = [];
    for (const child of item.children) {
      const s = child.position?.start.offset;
      const e = child.position?.end.offset;
      if (child.type === 'paragraph' && s !== undefined && e !== undefined) {
        const nested = item.children.length > 1;
        const index = this.addUnit('list-item', s, e, own === undefined ? ctx.parents : [...ctx.parents, own], undefined, nested);
        own ??= index;
      } else rest.push(child as RootContent);
    }
    if (rest.length) this.visitChildren(rest, { inQuote: ctx.inQuote, parents: own === undefined ? ctx.parents : [...ctx.parents, own] });
  }

  /** Cells are clause units; each hangs under its column header and its row's first cell. */
  private table(node: Table, parents: number[]): void {
    const header: (number | undefined)[] = [];
    node.children.forEach((row, r) => {
      let rowHead: number | undefined;
      row.children.forEach((cell, c) => {
        const s = cell.position?.start.offset;
        const e = cell.position?.end.offset;
        if (s === undefined || e === undefined) return;
        const cellParents = [...parents];
        if (r > 0 && header[c] !== undefined) cellParents.push(header[c]!);
        if (rowHead !== undefined) cellParents.push(rowHead);
        const index = this.addUnit('table-cell', s, e, cellParents);
        if (r === 0) header[c] = index;
        else if (c === 0) rowHead = index;
      });
    });
  }

  private frontMatter(value: string, start: number, end: number): void {
    let data: unknown;
    let error: string | undefined;
    try {
      data = parseYaml(value);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    this.doc.frontMatter = { data, span: { start, end }, ...(error ? { error } : {}) };
  }

  private comments(start: number, end: number): void {
    const slice = this.doc.text.slice(start, end);
    for (const c of htmlComments(slice)) this.doc.comments.push({ start: start + c.start, end: start + c.end, body: c.body.trim() });
  }

  private isIndentedProse(lang: string | null | undefined, start: number): boolean {
    const t = this.doc.text;
    return this.doc.indentedProse && !lang && !t.startsWith('```', start) && !t.startsWith('~~~', start);
  }

  private openSection(depth: number, start: number, end: number, kind: 'heading' | 'title'): void {
    const sections = this.doc.sections;
    while (this.stack.length && sections[this.stack[this.stack.length - 1]!]!.depth >= depth) {
      sections[this.stack.pop()!]!.end = start;
    }
    const raw = mask(this.doc.text, start, end, kind === 'heading' ? 'heading' : 'paragraph');
    const { title, number } = headingTitle(raw.replace(/[.:]\s*$/, '').trim());
    sections.push({
      depth,
      title,
      ...(number ? { number } : {}),
      headingSpan: { start, end },
      start,
      end: this.doc.text.length,
      parent: this.section,
      kind,
    });
    this.stack.push(sections.length - 1);
  }

  private probe(kind: UnitKind, start: number, end: number): UnitShape {
    return unitShape(this.doc.text, start, mask(this.doc.text, start, end, kind));
  }

  /**
   * Add a clause unit. Headings and table cells have no caption; a list item is a bare title
   * only when something is nested under it (otherwise "- Daily backups" is the clause itself).
   */
  private addUnit(kind: UnitKind, start: number, end: number, parents: number[], shape?: UnitShape, titleOnlyAllowed = true): number {
    if (this.doc.text.slice(start, end).includes('<!--')) this.comments(start, end);
    const masked = mask(this.doc.text, start, end, kind);
    const s: UnitShape =
      kind === 'heading' || kind === 'table-cell' ? { bodyStart: 0, titleOnly: false } : (shape ?? unitShape(this.doc.text, start, masked, titleOnlyAllowed));
    const body = masked.slice(s.bodyStart);
    const sentences = s.titleOnly
      ? []
      : splitSentences(body).map((sp) => ({
          start: start + s.bodyStart + sp.start,
          end: start + s.bodyStart + sp.end,
          text: body.slice(sp.start, sp.end),
        }));
    this.doc.units.push({
      kind,
      start,
      end,
      section: this.section,
      sentences,
      ...(s.caption ? { caption: { start: start + s.caption.start, end: start + s.caption.end, text: masked.slice(s.caption.start, s.caption.end) } } : {}),
      ...(s.enumerator ? { enumerator: s.enumerator } : {}),
      parents,
    });
    return this.doc.units.length - 1;
  }
}

/** The enumerated-paragraph outline among siblings: "(c)" ⊃ "(1)" ⊃ "(i)" ⊃ "(A)". */
class Outline {
  private readonly open: { kind: string; unit: number; label: string }[] = [];

  /** Where a unit with `enumerator` goes; returns its outline parents. */
  place(enumerator: string | undefined, unit: number): number[] {
    if (!enumerator) return this.current();
    const kind = enumeratorKind(enumerator, this.open);
    const sibling = findLastIndex(this.open, (e) => e.kind === kind);
    if (sibling >= 0) this.open.length = sibling;
    const parents = this.current();
    this.open.push({ kind, unit, label: enumerator });
    return parents;
  }

  current(): number[] {
    return this.open.map((e) => e.unit);
  }
}

function findLastIndex<T>(items: readonly T[], test: (t: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}

/** Enumerator style: digits, letters, roman numerals, with their punctuation ("(a)" ≠ "a."). */
function enumeratorKind(label: string, open: readonly { kind: string; label: string }[]): string {
  const paren = label.startsWith('(') ? 'p' : label.endsWith(')') ? 'r' : 'd';
  const core = label.replace(/[().]/g, '');
  if (/^\d+(?:\.\d+)*$/.test(core)) return `num${core.split('.').length}${paren}`;
  const lowerRoman = /^[ivxlc]+$/.test(core);
  const upperRoman = /^[IVXLC]+$/.test(core);
  if (lowerRoman || upperRoman) {
    const letterKind = `${lowerRoman ? 'lower' : 'upper'}${paren}`;
    const romanKind = `${lowerRoman ? 'roman' : 'ROMAN'}${paren}`;
    if (core.length > 1) return romanKind;
    // A single letter: "(c)" and "(l)" are letters; "(i)" is roman unless it follows "(h)";
    // "(v)" and "(x)" are roman only when a roman sequence is already open.
    const lastOf = (kind: string): string | undefined => [...open].reverse().find((e) => e.kind === kind)?.label.replace(/[().]/g, '');
    const c = core.toLowerCase();
    if (c === 'c' || c === 'l') return letterKind;
    if (c === 'i') return lastOf(letterKind)?.toLowerCase() === 'h' ? letterKind : romanKind;
    return lastOf(romanKind) !== undefined ? romanKind : letterKind;
  }
  if (/^[a-z]+$/.test(core)) return `lower${paren}`;
  return `upper${paren}`;
}

interface UnitShape {
  /** Offset (relative to the unit) where its sentences start, after enumerator and caption. */
  bodyStart: number;
  caption?: Span;
  enumerator?: string;
  /** The unit is nothing but a title (and enumerator). */
  titleOnly: boolean;
}

const ENUMERATOR = /^\s*(\((?:\d{1,3}|[a-zA-Z]{1,5})\)|\d{1,3}\.(?=\s)|\d{1,3}(?:\.\d{1,3})+\.?(?=\s)|(?:[a-zA-Z]|[ivxlcIVXLC]{2,5})[.)](?=\s))/;
/** A caption ends at ". ", ": ", " - ", "—" or "–" (or at the end of the unit). */
const CAPTION = /^([^\n.:;!?—–]{1,100}?)(\s*(?:[.:](?=\s|$)|\s-\s|[—–])|\s*$)/;
const VERBISH = /\b(?:shall|must|will|may|might|should|can|could|would|agrees?|is|are|was|were|has|have|had|do|does|did|means?|refers?|includes?)\b/i;

/** Read a unit's leading enumerator and caption from its masked text. */
export function unitShape(source: string, unitStart: number, masked: string, titleOnlyAllowed = true): UnitShape {
  let at = 0;
  let enumerator: string | undefined;
  const en = ENUMERATOR.exec(masked);
  if (en) {
    enumerator = en[1];
    at = en[0].length;
    // "(ii)(A)": a second enumerator right after the first belongs to the same unit.
    const again = /^\s*\((?:\d{1,3}|[a-zA-Z]{1,5})\)/.exec(masked.slice(at));
    if (again) at += again[0].length;
  }
  const restStart = at + (/^\s*/.exec(masked.slice(at))?.[0].length ?? 0);
  const m = CAPTION.exec(masked.slice(restStart));
  const shape: UnitShape = { bodyStart: at, titleOnly: false, ...(enumerator ? { enumerator } : {}) };
  if (!m) return shape;
  const title = m[1]!.trim();
  const afterCaption = restStart + m[0].length;
  const remainder = masked.slice(afterCaption);
  const titleOnly = !/[\p{L}\p{N}]/u.test(remainder);
  // Set off as a title by emphasis: "**a. Periodic Tests.**", "(c) *Cyber incident reporting*."
  const emphasised = /[*_]/.test(source.slice(unitStart, unitStart + restStart));
  if (titleOnly && !titleOnlyAllowed) return shape;
  if (!isTitle(title, emphasised)) return shape;
  return {
    ...shape,
    bodyStart: afterCaption,
    caption: { start: restStart, end: restStart + title.length },
    titleOnly,
  };
}

/**
 * Does `s` read as a title? Short, no finite verb, and set off as one: emphasised, ALL CAPS,
 * or Title Case (most longer words capitalised).
 */
export function isTitle(s: string, setOff: boolean): boolean {
  const words = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’&/-]*/gu) ?? [];
  if (words.length === 0 || words.length > 12) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(words[0]!)) return false;
  // A quoted term opens a definition ("“MSP” means …"), not a title.
  if (/^\s*["“'‘]/.test(s)) return false;
  const long = words.slice(1).filter((w) => w.length >= 4 && /^\p{L}/u.test(w));
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  // A verb makes it a sentence, unless every longer word is capitalised ("Vulnerabilities Are Expected").
  if (VERBISH.test(s)) return words.length >= 3 && long.length >= 1 && capitalised === long.length;
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return true;
  if (long.length === 0) return setOff || words.length <= 3;
  // Unemphasised text is a title only if every longer word is capitalised: a sentence full of
  // defined terms ("The Provider endeavours to monitor the Customer Environment") is not one.
  const titleCase = setOff ? capitalised / long.length >= 0.6 : capitalised === long.length;
  return titleCase || (setOff && words.length <= 8);
}

/** Does the unit end by announcing what follows ("the Contractor shall—", "Supplier must:")? */
export function endsWithLeadIn(unit: ClauseUnit): boolean {
  const last = unit.sentences[unit.sentences.length - 1];
  return last !== undefined && /(?::|—|–|\s-|--)\s*$/.test(last.text);
}

/**
 * Blank out Markdown markup in a block's source, keeping its length, so offsets stay true:
 * emphasis markers, heading hashes, block-quote markers, link targets, HTML tags, backslash
 * escapes and template section tags ("{{#flag}}").
 */
export function mask(text: string, start: number, end: number, kind: UnitKind): string {
  let s = text.slice(start, end);
  const blank = (m: string): string => ' '.repeat(m.length);
  s = blankSpans(s, htmlComments(s));
  s = s.replace(/<\/?[A-Za-z][^<>\n]*>/g, blank);
  // Links and images keep their text: "[logs](https://…)" → " logs            ".
  s = s.replace(/(!?\[)([^\]\n]{0,500})(\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+"[^"]*")?\))/g, (_m, open: string, inner: string, target: string) => blank(open) + inner + blank(target));
  // Brackets: an opening one (with the "!" of an image) that some "]" follows, then every "]".
  // One scan for the last "]": a look-ahead per "[" would rescan to the end each time.
  const lastClose = s.lastIndexOf(']');
  s = s.replace(/!?\[/g, (m: string, at: number) => (at + m.length <= lastClose ? blank(m) : m)).replace(/\]/g, ' ');
  s = s.replace(/\\(?=[\\`*_{}[\]()#+\-.!|>~])/g, ' ');
  s = s.replace(/\{\{[#/^!][^{}\n]*\}\}/g, blank);
  s = s.replace(/(\*\*|__|\*|~~|`)/g, blank);
  s = s.replace(/(^|[\s(])_(?=\S)|(?<=\S)_(?=$|[\s).,;:!?])/g, (m) => m.replace(/_/g, ' '));
  s = s.replace(/(^|\n)([ \t]*>)+/g, (m) => m.replace(/[^\n]/g, ' '));
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

const NUMBER_PATTERNS: RegExp[] = [
  /^(?:section|clause|article|schedule|annex|appendix|exhibit|part|attachment)\s+([0-9]+(?:\.[0-9]+)*|[IVXLC]+|[A-Z])\b[.:)]?\s*[-–—:]?\s*/i,
  /^([0-9]+(?:\.[0-9]+)*)\.?\s+/,
  /^\(?([a-z]|[ivx]+)\)\s+/,
  /^([IVXLC]+)\.\s+/,
  /^([A-Z])\.\s+/,
];

/** Split "7.2 Security Logs" into number "7.2" and title "Security Logs". */
export function headingTitle(raw: string): { title: string; number?: string } {
  // "1\\. INTRODUCTION" arrives masked as "1 . INTRODUCTION".
  const clean = raw.replace(/\s+/g, ' ').trim().replace(/^(\d+(?:\.\d+)*) \.(?= )/, '$1.');
  for (const re of NUMBER_PATTERNS) {
    const m = re.exec(clean);
    if (m) {
      const title = clean.slice(m[0].length).trim();
      return { title: title || clean, number: m[1]! };
    }
  }
  return { title: clean };
}

/**
 * Some published contracts indent their whole body, which Markdown reads as code. Read such
 * indented blocks as prose only when most of the document is indented code that reads like
 * sentences (no fence, several binding words).
 */
function looksLikeIndentedProse(tree: Root, text: string): boolean {
  return readsAsIndentedProse(indentedProseStats(tree, text));
}

/** Sizes of a tree's top-level indented code and prose; they add up over the blocks of a document. */
export interface IndentedProseStats {
  code: number;
  prose: number;
  wordy: number;
}

export function readsAsIndentedProse(stats: IndentedProseStats): boolean {
  return stats.code > 2 * stats.prose && stats.wordy >= 3;
}

export function indentedProseStats(tree: Root, text: string): IndentedProseStats {
  let code = 0;
  let prose = 0;
  let wordy = 0;
  for (const node of tree.children) {
    const s = node.position?.start.offset ?? 0;
    const e = node.position?.end.offset ?? 0;
    if (node.type === 'code' && !node.lang && !/^\s*(```|~~~)/.test(text.slice(s, s + 4))) {
      code += e - s;
      // Binding words, counted (not blocks): one indented block may hold the whole body.
      wordy += node.value.match(/\b(?:shall|must|will|agree[sd]?)\b/gi)?.length ?? 0;
    } else if (node.type === 'paragraph' || node.type === 'list') prose += e - s;
  }
  return { code, prose, wordy };
}

