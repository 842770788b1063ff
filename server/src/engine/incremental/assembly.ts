/** The whole document from its blocks, a block's view of it for matching, and offsets shifted between the two. */
import type { ClauseUnit, ParsedDocument, Section } from '../parse';
import type { Evidence } from '../types';
import type { Block } from './types';
import { packedMap } from '../packed-map';
import { setDocParts } from '../doc-parts';

/**
 * The whole document from its blocks: offsets shifted, and section nesting recomputed across
 * blocks with the builder's rule (a section closes the open ones of the same or a lower level).
 */
export function assemble(text: string, blocks: Block[], indentedProse: boolean): ParsedDocument {
  // Section nesting across blocks: parents and ends.
  const parents: number[] = [];
  const ends: number[] = [];
  const depths: number[] = [];
  const stack: number[] = [];
  for (const block of blocks) {
    block.sectionBase = parents.length;
    for (const s of block.entry.doc.sections) {
      const start = s.start + block.start;
      while (stack.length && depths[stack[stack.length - 1]!]! >= s.depth) ends[stack.pop()!] = start;
      parents.push(stack.length ? stack[stack.length - 1]! : -1);
      ends.push(text.length);
      depths.push(s.depth);
      stack.push(parents.length - 1);
    }
  }
  const doc: ParsedDocument = { text, sections: [], units: [], comments: [], indentedProse };
  for (const block of blocks) {
    const { entry, start: offset, sectionBase } = block;
    const local = entry.doc;
    const unitBase = (block.unitBase = doc.units.length);
    const before = sectionBase - 1; // the section open when the block starts (-1: none)
    if (local.frontMatter && offset === 0) doc.frontMatter = local.frontMatter;
    // The last run's copies are reused where nothing they hold changed (results are read-only).
    const prev = entry.assembled?.offset === offset ? entry.assembled : undefined;
    const sections = local.sections.map((s, i) => {
      const g = sectionBase + i;
      const old = prev?.sections[i];
      if (old && old.parent === parents[g] && old.end === ends[g]) return old;
      return { ...s, headingSpan: { start: s.headingSpan.start + offset, end: s.headingSpan.end + offset }, start: s.start + offset, end: ends[g]!, parent: parents[g]! };
    });
    const units =
      prev && prev.unitBase === unitBase && prev.sectionBase === sectionBase
        ? prev.units
        : local.units.map((u) => shiftUnit(u, offset, u.section >= 0 ? sectionBase + u.section : before, unitBase));
    const comments = prev ? prev.comments : local.comments.map((c) => ({ ...c, start: c.start + offset, end: c.end + offset }));
    entry.assembled = { offset, sectionBase, unitBase, sections, units, comments };
    for (const s of sections) doc.sections.push(s);
    for (const u of units) doc.units.push(u);
    for (const c of comments) doc.comments.push(c);
    block.outer = outerSections(doc, block, before);
  }
  setDocParts(doc, blocks.map((b) => ({ doc: b.entry.doc, unitBase: b.unitBase, offset: b.start, length: b.entry.length })));
  return doc;
}

/** Earlier sections that the block's sections and units hang under (ancestor chains), in order. */
function outerSections(doc: ParsedDocument, block: Block, before: number): number[] {
  const outer = new Set<number>();
  const climb = (from: number): void => {
    for (let g = from; g >= 0 && g < block.sectionBase && !outer.has(g); g = doc.sections[g]!.parent) outer.add(g);
  };
  for (let g = block.sectionBase; g < doc.sections.length; g++) climb(doc.sections[g]!.parent);
  if (block.entry.doc.units.some((u) => u.section < 0)) climb(before);
  return [...outer].sort((a, b) => a - b);
}

function shiftUnit(u: ClauseUnit, offset: number, section: number, unitBase: number): ClauseUnit {
  return {
    ...u,
    start: u.start + offset,
    end: u.end + offset,
    section,
    sentences: packedMap(u.sentences, (s) => ({ ...s, start: s.start + offset, end: s.end + offset })),
    caption: u.caption ? { ...u.caption, start: u.caption.start + offset, end: u.caption.end + offset } : undefined,
    parents: u.parents.map((p) => p + unitBase),
  };
}

/**
 * The block as a document of its own for matching: its enclosing sections from earlier blocks
 * first (with the offsets they have relative to the block), then its own sections and units.
 */
export function blockView(block: Block, doc: ParsedDocument): ParsedDocument {
  const local = block.entry.doc;
  const viewIndex = new Map<number, number>();
  block.outer.forEach((g, i) => viewIndex.set(g, i));
  const mapSection = (g: number): number => (g < 0 ? -1 : g >= block.sectionBase ? block.outer.length + g - block.sectionBase : viewIndex.get(g)!);
  const shift = -block.start;
  const sections: Section[] = block.outer.map((g) => {
    const s = doc.sections[g]!;
    return {
      ...s,
      headingSpan: { start: s.headingSpan.start + shift, end: s.headingSpan.end + shift },
      start: s.start + shift,
      end: s.end + shift,
      parent: mapSection(s.parent),
    };
  });
  local.sections.forEach((s, i) => sections.push({ ...s, parent: mapSection(doc.sections[block.sectionBase + i]!.parent) }));
  const units = local.units.map((u, i) => ({ ...u, section: mapSection(doc.units[block.unitBase + i]!.section) }));
  return { ...local, indentedProse: doc.indentedProse, sections, units };
}

export function shiftEvidence(e: Evidence, offset: number, lines: number): Evidence {
  return {
    ...e,
    start: e.start + offset,
    end: e.end + offset,
    line: e.line + lines,
    endLine: e.endLine + lines,
    ...(e.cue ? { cue: { ...e.cue, start: e.cue.start + offset, end: e.cue.end + offset } } : {}),
  };
}
