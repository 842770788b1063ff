/**
 * Markdown → clause units. remark gives the block structure; matching runs over the *source*
 * text of each block with Markdown markup blanked out (same length), so every offset the
 * matcher finds is already an offset into the original document.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root, RootContent, Heading, Parent } from 'mdast';
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
}

export interface Section extends Span {
  /** Heading depth 1–6. */
  depth: number;
  /** Heading text without markup or number. */
  title: string;
  /** Clause number written in the heading, e.g. "7", "7.2", "VII", "2" in "Schedule 2". */
  number?: string;
  /** The heading line itself. */
  headingSpan: Span;
  /** Index of the parent section, -1 for none. */
  parent: number;
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

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Parse Markdown into sections and clause units with sentence offsets. */
export function parseDocument(text: string): ParsedDocument {
  const tree = processor.parse(text) as Root;
  const doc: ParsedDocument = { text, sections: [], units: [], comments: [], indentedProse: false };
  doc.indentedProse = looksLikeIndentedProse(tree, text);

  const stack: number[] = []; // open section indices
  const visit = (node: RootContent, inQuote: boolean): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    switch (node.type) {
      case 'yaml': {
        let data: unknown;
        let error: string | undefined;
        try {
          data = parseYaml(node.value);
        } catch (e) {
          error = e instanceof Error ? e.message : String(e);
        }
        doc.frontMatter = { data, span: { start, end }, ...(error ? { error } : {}) };
        return;
      }
      case 'heading': {
        if (inQuote) break;
        while (stack.length && doc.sections[stack[stack.length - 1]!]!.depth >= node.depth) {
          doc.sections[stack.pop()!]!.end = start;
        }
        const raw = mask(text, start, end, 'heading');
        const { title, number } = headingTitle(raw.trim());
        doc.sections.push({
          depth: (node as Heading).depth,
          title,
          ...(number ? { number } : {}),
          headingSpan: { start, end },
          start,
          end: text.length,
          parent: stack.length ? stack[stack.length - 1]! : -1,
        });
        stack.push(doc.sections.length - 1);
        addUnit(doc, 'heading', start, end, stack);
        return;
      }
      case 'paragraph':
        addUnit(doc, 'paragraph', start, end, stack);
        return;
      case 'code':
        if (doc.indentedProse && !node.lang && !text.startsWith('```', start) && !text.startsWith('~~~', start)) {
          addUnit(doc, 'indented-prose', start, end, stack);
        }
        return;
      case 'html': {
        const re = /<!--([\s\S]*?)-->/g;
        const slice = text.slice(start, end);
        for (let m = re.exec(slice); m; m = re.exec(slice)) {
          doc.comments.push({ start: start + m.index, end: start + m.index + m[0].length, body: m[1]!.trim() });
        }
        return;
      }
      case 'table':
        for (const row of node.children) {
          for (const cell of row.children) {
            const cs = cell.position?.start.offset;
            const ce = cell.position?.end.offset;
            if (cs !== undefined && ce !== undefined) addUnit(doc, 'table-cell', cs, ce, stack);
          }
        }
        return;
      case 'listItem': {
        // A list item's own paragraphs are clause units; nested lists recurse.
        for (const child of node.children) {
          if (child.type === 'paragraph' && child.position) {
            addUnit(doc, 'list-item', child.position.start.offset!, child.position.end.offset!, stack);
          } else visit(child, inQuote);
        }
        return;
      }
      default:
        break;
    }
    if ('children' in node) {
      for (const child of (node as Parent).children) visit(child as RootContent, inQuote || node.type === 'blockquote');
    }
  };
  for (const child of tree.children) visit(child, false);
  return doc;
}

function addUnit(doc: ParsedDocument, kind: UnitKind, start: number, end: number, stack: number[]): void {
  const masked = mask(doc.text, start, end, kind);
  const sentences = splitSentences(masked).map((s) => ({
    start: start + s.start,
    end: start + s.end,
    text: masked.slice(s.start, s.end),
  }));
  doc.units.push({ kind, start, end, section: stack.length ? stack[stack.length - 1]! : -1, sentences });
}

/**
 * Blank out Markdown markup in a block's source, keeping its length, so offsets stay true:
 * emphasis markers, heading hashes, list bullets, block-quote markers, link targets, HTML tags.
 */
export function mask(text: string, start: number, end: number, kind: UnitKind): string {
  let s = text.slice(start, end);
  const blank = (m: string): string => ' '.repeat(m.length);
  s = s.replace(/<!--[\s\S]*?-->/g, blank);
  s = s.replace(/<\/?[A-Za-z][^<>\n]*>/g, blank);
  s = s.replace(/\]\([^()\s]*(?:\s+"[^"]*")?\)/g, blank); // link targets
  s = s.replace(/!?\[(?=[^\]]*\])/g, ' ').replace(/\]/g, ' ');
  s = s.replace(/(\*\*|__|\*|~~|`)/g, blank);
  s = s.replace(/(^|\n)([ \t]*>)+/g, (m) => m.replace(/[^\n]/g, ' '));
  if (kind === 'heading') {
    s = s.replace(/^[ \t]*#{1,6}(?=\s|$)/, blank).replace(/[ \t]#+[ \t]*$/, blank);
    s = s.replace(/\n[ \t]*(=+|-+)[ \t]*$/, (m) => m.replace(/[^\n]/g, ' '));
  }
  if (kind === 'table-cell') s = s.replace(/\|/g, ' ');
  return s;
}

const NUMBER_PATTERNS: RegExp[] = [
  /^(?:section|clause|article|schedule|annex|appendix|exhibit|part)\s+([0-9]+(?:\.[0-9]+)*|[IVXLC]+|[A-Z])\b[.:)]?\s*[-–—:]?\s*/i,
  /^([0-9]+(?:\.[0-9]+)*)\.?\s+/,
  /^\(?([a-z]|[ivx]+)\)\s+/,
  /^([IVXLC]+)\.\s+/,
];

/** Split "7.2 Security Logs" into number "7.2" and title "Security Logs". */
export function headingTitle(raw: string): { title: string; number?: string } {
  const clean = raw.replace(/\s+/g, ' ').trim();
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
 * sentences (no fence, long lines with several words).
 */
function looksLikeIndentedProse(tree: Root, text: string): boolean {
  let code = 0;
  let prose = 0;
  let wordy = 0;
  for (const node of tree.children) {
    const s = node.position?.start.offset ?? 0;
    const e = node.position?.end.offset ?? 0;
    if (node.type === 'code' && !node.lang && !/^\s*(```|~~~)/.test(text.slice(s, s + 4))) {
      code += e - s;
      if (/\b(shall|must|will|agree[sd]?|party|parties)\b/i.test(node.value)) wordy++;
    } else if (node.type === 'paragraph' || node.type === 'list') prose += e - s;
  }
  return code > 2 * prose && wordy >= 2;
}
