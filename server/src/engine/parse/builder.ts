/**
 * Block tree → sections and clause units. Beyond Markdown's own structure, contracts carry an
 * outline in their words: "(c) Cyber incident reporting." heads the paragraphs "(1)", "(2)" below
 * it, "the Contractor shall—" governs the "(i)", "(ii)" that follow, and "**2.3 Multifactor
 * Authentication.** Supplier will …" starts with a caption. Units keep those captions and outline
 * parents, so a sentence can be read with the words that head and govern it.
 */
import type { Heading, ListItem, Parent, Root, RootContent, Table } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { splitSentences } from '../sentences';
import { htmlComments, mask } from './masking';
import { isProseHeading } from './prose-heading';

/** "C.4", "A.12": a schedule's part letter and section number, as captions over "C.4.1 …" are numbered. */
const LETTERED_SECTION = /^[A-Z]\.\d{1,2}$/;
import { endsWithLeadIn, headingTitle, unitShape, type UnitShape } from './shapes';
import type { ParsedDocument, UnitKind } from './types';
import { packedMap } from '../packed-map';

/** Depth given to title paragraphs: below every Markdown heading. */
const TITLE_DEPTH = 7;

/** GitHub's alert block quotes ("> [!NOTE]") are editorial notes about a document, not its terms. */
const ALERT = /^\s*>\s*\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/i;

interface VisitContext {
  inQuote: boolean;
  /** Outline parents inherited from enclosing list items and lead-ins. */
  parents: number[];
}

/** Sections and units of a parsed tree. incremental.ts builds each block on its own, with the document's `indentedProse`. */
export function buildDocument(text: string, tree: Root, indentedProse = looksLikeIndentedProse(tree, text)): ParsedDocument {
  const doc: ParsedDocument = { text, sections: [], units: [], comments: [], indentedProse };
  new Builder(doc).visitChildren(tree.children, { inQuote: false, parents: [] });
  doc.comments.sort((a, b) => a.start - b.start);
  return doc;
}

/** A table cell's place (row, column) and offsets. */
interface TableCell {
  row: number;
  col: number;
  start: number;
  end: number;
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
        case 'heading': {
          if (ctx.inQuote) break;
          const headingText = mask(text, start, end, 'heading');
          if (isProseHeading(headingText)) {
            // A body paragraph styled as a heading: a clause of the section above it.
            outline.closeLeadIn();
            this.addUnit('paragraph', start, end, [...ctx.parents], undefined, false, headingText);
            leadIn = undefined;
            break;
          }
          this.openSection((node as Heading).depth, start, end, 'heading');
          this.addUnit('heading', start, end, []);
          outline = new Outline();
          leadIn = undefined;
          break;
        }
        case 'paragraph':
        case 'code': {
          const isProse = node.type === 'paragraph' || this.isIndentedProse(node.lang, start);
          if (!isProse) {
            leadIn = undefined;
            break;
          }
          const kind: UnitKind = node.type === 'paragraph' ? 'paragraph' : 'indented-prose';
          const masked = mask(text, start, end, kind);
          const probe = unitShape(text, start, masked);
          if (probe.titleOnly && (!probe.enumerator || LETTERED_SECTION.test(probe.enumerator)) && !ctx.inQuote && ctx.parents.length === 0) {
            // A paragraph that is only a title heads what follows, like a heading; so does one numbered
            // as a lettered part's section ("C.4 Retention of logs" over "C.4.1 …").
            this.openSection(TITLE_DEPTH, start, end, 'title');
            outline = new Outline();
          }
          // "The Provider will:" then "(a) …", "(b) …" as paragraphs: the lead-in governs the run
          // of enumerated paragraphs after it, as it governs a Markdown list; a plain paragraph ends the run.
          if (!probe.enumerator) outline.closeLeadIn();
          else if (leadIn !== undefined && !outline.current().includes(leadIn)) outline.openLeadIn(leadIn);
          const parents = [...ctx.parents, ...outline.place(probe.enumerator, this.doc.units.length)];
          const index = this.addUnit(kind, start, end, parents, probe, true, masked);
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
          if (/<table\b/i.test(text.slice(start, end))) {
            this.htmlTable(start, end, [...ctx.parents, ...outline.current()]);
            leadIn = undefined;
          }
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
    const cells: TableCell[] = [];
    node.children.forEach((row, r) =>
      row.children.forEach((cell, c) => {
        const start = cell.position?.start.offset;
        const end = cell.position?.end.offset;
        if (start !== undefined && end !== undefined) cells.push({ row: r, col: c, start, end });
      }),
    );
    this.addCells(cells, parents);
  }

  /**
   * An HTML table (what converters such as pandoc write for a table whose cells hold more than one
   * line): its cells are clause units like a Markdown table's, header row first. Tags are blanked
   * by the mask, so offsets stay true.
   */
  private htmlTable(start: number, end: number, parents: number[]): void {
    const html = this.doc.text.slice(start, end);
    const cells: TableCell[] = [];
    let r = 0;
    for (const row of html.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr\s*>/gi)) {
      const rowStart = start + row.index! + row[0].indexOf('>') + 1;
      let c = 0;
      for (const cell of row[1]!.matchAll(/<t([dh])\b[^>]*>([\s\S]*?)<\/t\1\s*>/gi)) {
        const s = rowStart + cell.index! + cell[0].indexOf('>') + 1;
        cells.push({ row: r, col: c++, start: s, end: s + cell[2]!.length });
      }
      r++;
    }
    this.addCells(cells, parents);
  }

  /** Table cells as clause units, in reading order: each hangs under its column's header cell and its row's first cell. */
  private addCells(cells: readonly TableCell[], parents: number[]): void {
    const header: (number | undefined)[] = [];
    let rowHead: number | undefined;
    let row = -1;
    for (const cell of cells) {
      if (cell.row !== row) {
        row = cell.row;
        rowHead = undefined;
      }
      const cellParents = [...parents];
      if (cell.row > 0 && header[cell.col] !== undefined) cellParents.push(header[cell.col]!);
      if (rowHead !== undefined) cellParents.push(rowHead);
      const index = this.addUnit('table-cell', cell.start, cell.end, cellParents);
      if (cell.row === 0) header[cell.col] = index;
      else if (cell.col === 0) rowHead = index;
    }
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

  /**
   * Add a clause unit. Headings and table cells have no caption; a list item is a bare title
   * only when something is nested under it (otherwise "- Daily backups" is the clause itself).
   */
  private addUnit(kind: UnitKind, start: number, end: number, parents: number[], shape?: UnitShape, titleOnlyAllowed = true, masked = mask(this.doc.text, start, end, kind)): number {
    if (this.doc.text.slice(start, end).includes('<!--')) this.comments(start, end);
    const s: UnitShape =
      kind === 'heading' || kind === 'table-cell' ? { bodyStart: 0, titleOnly: false } : (shape ?? unitShape(this.doc.text, start, masked, titleOnlyAllowed));
    const body = masked.slice(s.bodyStart);
    const sentences = packedMap(s.titleOnly ? [] : splitSentences(body), (sp) => ({
      start: start + s.bodyStart + sp.start,
      end: start + s.bodyStart + sp.end,
      text: body.slice(sp.start, sp.end),
    }));
    // Every unit has the same keys in the same order (absent ones undefined): V8 then gives all
    // units one hidden class, and the matching loops that read them stay monomorphic.
    this.doc.units.push({
      kind,
      start,
      end,
      section: this.section,
      sentences,
      caption: s.caption ? { start: start + s.caption.start, end: start + s.caption.end, text: masked.slice(s.caption.start, s.caption.end) } : undefined,
      enumerator: s.enumerator || undefined,
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

  /** An unnumbered lead-in paragraph heads the enumerated paragraphs that follow it. */
  openLeadIn(unit: number): void {
    this.open.push({ kind: LEAD_IN, unit, label: '' });
  }

  /** The run under an unnumbered lead-in ends: close it and the entries under it. */
  closeLeadIn(): void {
    const at = this.open.findIndex((e) => e.kind === LEAD_IN);
    if (at >= 0) this.open.length = at;
  }
}

const LEAD_IN = 'lead-in';

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
