/**
 * Word drafts (.docx) → Markdown drafts. mammoth reads the document structure (headings by style,
 * lists, tables, bold and italic runs) into HTML, and turndown writes that HTML as Markdown.
 *
 * mammoth reads tracked changes as if they were accepted (insertions kept, deletions dropped),
 * which is what a reviewer of the next turn checks; the import counts the changes so it can say so.
 * Word's automatic numbering is not text: numbered headings get their number written out
 * ("7.2 Security Logs"), numbered paragraphs become ordered list items.
 *
 * Every Word paragraph carries its number into the Markdown (a private-use marker removed after
 * conversion), so a finding can be shown at the paragraph a Word user sees.
 */
import type TurndownService from 'turndown';

// Loaded on the first Word draft, from a bundle of their own (word-libs.ts): most runs read no Word file.
type WordLibs = typeof import('./word-libs');
const libs = (): WordLibs => require('./word-libs') as WordLibs;

export interface TrackedChanges {
  insertions: number;
  deletions: number;
}

export interface WordConversion {
  markdown: string;
  /** 1-based Word paragraph (body order, table cells included) per 0-based Markdown line; 0 before the first. */
  paragraphOfLine: number[];
  paragraphs: number;
  trackedChanges: TrackedChanges;
  /** mammoth's warnings (unknown styles, unsupported elements), for the person importing. */
  warnings: string[];
}

const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
const MARKER = /\uE000(\d+)\uE001/g;

/** The minimal shape of mammoth's document elements that the transform touches. */
interface Element {
  type: string;
  children?: Element[];
  value?: string;
  styleName?: string | null;
  styleId?: string | null;
  numbering?: { isOrdered: boolean; level: string; paragraphStyleId?: string } | null;
}

function textRun(value: string): Element {
  return { type: 'run', children: [{ type: 'text', value }], styleId: null, styleName: null };
}

function hasText(e: Element): boolean {
  if (e.type === 'text') return !!e.value && e.value.trim() !== '';
  return (e.children ?? []).some(hasText);
}

const HEADING_STYLE = /^(?:heading|title)\s*(\d*)$/i;

function textOf(e: Element): string {
  return e.type === 'text' ? e.value ?? '' : (e.children ?? []).map(textOf).join('');
}

/** A clause number already typed at the start of a heading ("7.", "7.2", "Article 7"). */
const TYPED_NUMBER = /^\s*(?:(?:article|section|clause|schedule)\s+)?[\dIVXivx]+(?:\.\d+)*\.?\s/i;

/** Marks every paragraph with its number and writes out the numbers of numbered headings. */
function markParagraphs(document: Element, unnumberedStyles: ReadonlySet<string>): Element {
  let paragraph = 0;
  const headingCounters: number[] = [];
  const walk = (e: Element): void => {
    if (e.type === 'paragraph') {
      if (!hasText(e)) return;
      paragraph++;
      const prefix: string[] = [MARK_OPEN + paragraph + MARK_CLOSE];
      const numbering = e.numbering;
      const numbered = !!numbering?.isOrdered && !unnumberedStyles.has(numbering.paragraphStyleId ?? e.styleId ?? '');
      if (numbering && numbered && HEADING_STYLE.test(e.styleName ?? '') && !TYPED_NUMBER.test(textOf(e))) {
        const level = Number(numbering.level) || 0;
        headingCounters.length = level + 1;
        for (let i = 0; i < level; i++) headingCounters[i] ??= 1;
        headingCounters[level] = (headingCounters[level] ?? 0) + 1;
        prefix.push(headingCounters.join('.') + (level === 0 ? '. ' : ' '));
        e.numbering = null; // a heading, not a list item
      }
      e.children = [textRun(prefix.join('')), ...(e.children ?? [])];
      return;
    }
    for (const c of e.children ?? []) walk(c);
  };
  walk(document);
  return document;
}

/** What the table rules read of turndown's DOM nodes (the project has no DOM typings). */
interface DomNode {
  nodeName: string;
  parentNode: DomNode | null;
  firstChild: DomNode | null;
  previousSibling: DomNode | null;
}

function turndown(): TurndownService {
  const service = new (libs().Turndown)({ headingStyle: 'atx', bulletListMarker: '-', emDelimiter: '*', strongDelimiter: '**', codeBlockStyle: 'fenced' });
  // Word tables → GitHub tables. The first row is the header (Word tables rarely mark one);
  // a cell's paragraphs are joined with <br>, pipes are escaped.
  service.addRule('tableCell', {
    filter: ['th', 'td'],
    replacement: (content) => ` ${content.trim().replace(/\n+/g, '<br>').replace(/\|/g, '\\|')} |`,
  });
  service.addRule('tableRow', {
    filter: 'tr',
    replacement: (content, node) => {
      const row = `|${content}\n`;
      const tr = node as unknown as DomNode & { cells: ArrayLike<unknown> };
      // The table's first row: first in its section, and no section before it.
      const section = tr.parentNode;
      const first = !!section && section.firstChild === tr && (section.nodeName === 'TABLE' || !section.previousSibling);
      return first ? row + `|${' --- |'.repeat(tr.cells.length)}\n` : row;
    },
  });
  service.addRule('table', { filter: 'table', replacement: (content) => `\n\n${content.trim()}\n\n` });
  service.addRule('tableSection', { filter: ['thead', 'tbody', 'tfoot'], replacement: (content) => content });
  return service;
}

interface PackageFacts {
  trackedChanges: TrackedChanges;
  /** Paragraph styles whose numbering shows no number (LibreOffice's outline levels use numFmt "none"). */
  unnumberedStyles: Set<string>;
}

/** What mammoth does not tell: tracked insertions and deletions, and numbering levels without a number. */
async function readPackageFacts(buffer: Buffer): Promise<PackageFacts> {
  const zip = await libs().JSZip.loadAsync(buffer);
  const facts: PackageFacts = { trackedChanges: { insertions: 0, deletions: 0 }, unnumberedStyles: new Set() };
  for (const name of Object.keys(zip.files)) {
    if (!/^word\/(?:document|header\d*|footer\d*|footnotes|endnotes)\.xml$/.test(name)) continue;
    const xml = await zip.file(name)!.async('string');
    facts.trackedChanges.insertions += (xml.match(/<w:(?:ins|moveTo)\b/g) ?? []).length;
    facts.trackedChanges.deletions += (xml.match(/<w:(?:del|moveFrom)\b/g) ?? []).length;
  }
  const numbering = await zip.file('word/numbering.xml')?.async('string');
  for (const level of numbering?.match(/<w:lvl\b[\s\S]*?<\/w:lvl>/g) ?? []) {
    const style = /<w:pStyle w:val="([^"]+)"/.exec(level)?.[1];
    const format = /<w:numFmt w:val="([^"]+)"/.exec(level)?.[1];
    if (style && (format === 'none' || /<w:lvlText w:val=""/.test(level))) facts.unnumberedStyles.add(style);
  }
  return facts;
}

/** Converts a .docx file's bytes to a Markdown draft. Throws with a readable message on a file that is not a Word document. */
export async function convertDocx(buffer: Buffer): Promise<WordConversion> {
  let facts: PackageFacts;
  try {
    facts = await readPackageFacts(buffer);
  } catch (error) {
    throw new Error(`not a Word document (.docx is a ZIP archive): ${(error as Error).message}`);
  }
  const result = await libs().mammoth.convertToHtml({ buffer }, { transformDocument: (d: Element) => markParagraphs(d, facts.unnumberedStyles), styleMap: ["p[style-name^='Title'] => h1:fresh"] });
  const raw = turndown().turndown(result.value);
  const paragraphOfLine: number[] = [];
  let current = 0;
  let paragraphs = 0;
  const lines = raw.split('\n').map((line) => {
    const first = MARKER.exec(line);
    MARKER.lastIndex = 0;
    if (first) {
      current = Number(first[1]);
      paragraphs = Math.max(paragraphs, current);
    }
    paragraphOfLine.push(current);
    return line.replace(MARKER, '');
  });
  return {
    markdown: lines.join('\n').replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n',
    paragraphOfLine: squeezeLike(lines.join('\n'), paragraphOfLine),
    paragraphs,
    trackedChanges: facts.trackedChanges,
    warnings: result.messages.map((m) => m.message),
  };
}

/** The per-line map after the same blank-line squeezing the Markdown gets. */
function squeezeLike(text: string, perLine: number[]): number[] {
  const lines = text.replace(/[ \t]+$/gm, '').split('\n');
  const out: number[] = [];
  let blank = 0;
  lines.forEach((line, i) => {
    blank = line === '' ? blank + 1 : 0;
    if (blank <= 1) out.push(perLine[i]!);
  });
  return out;
}

/** What the import says about tracked changes, or undefined when there were none. */
export function trackedChangesNote(changes: TrackedChanges): string | undefined {
  if (!changes.insertions && !changes.deletions) return undefined;
  return `the document has tracked changes (${changes.insertions} insertion${changes.insertions === 1 ? '' : 's'}, ${changes.deletions} deletion${changes.deletions === 1 ? '' : 's'}); the text was read as if all of them were accepted`;
}
