/**
 * Incremental analysis: exactly the result of `analyze(text)`, computed block by block, so that a
 * 1 MB contract is read in a fraction of a whole-document parse and an edit re-reads only the
 * blocks it touched.
 *
 * Blocks. The document is cut before lines that start with "#" … "######" (ATX headings at
 * column 0). At a top-level ATX heading Markdown starts afresh: every list, quote, table,
 * footnote, paragraph, HTML or code block before it is closed, and nothing after it changes how
 * what comes before is read. So a cut is safe exactly when that line is a top-level heading of
 * the whole document, and that can be checked locally: each block is parsed together with the
 * first two lines of the next one, and the cut is kept only if the next block's first line came
 * out there as a top-level heading. Otherwise (a "#" line inside a fenced code block, an HTML
 * block, a list item…) the two blocks are read as one. Only front matter looks further ahead:
 * no cut is made before its closing fence, and none at all when a first line "---" is never
 * closed (remark then reads the whole document differently). Setext headings are never cut points.
 *
 * What crosses blocks, and how it is handled:
 * - Section nesting: each block is built on its own; the sections' parents and ends and the
 *   units' sections are then recomputed over the whole document (the builder's stack rule).
 * - Outline parents, captions and lead-ins reset at every heading, so they never cross a cut.
 * - Indented prose is decided on the whole document from the blocks' summed sizes; blocks that
 *   hold code blocks are rebuilt when that decision changes.
 * - Link reference definitions resolve document-wide, but only inline links depend on them, and
 *   the block reader does not parse inline content at all (the builder reads block nodes and the
 *   source text only; the tests compare with the full remark parse on every corpus document).
 * - Parties, the contract decision, suppressions and the findings are document-level: they are
 *   recomputed on every run by `analyzeParsed` from the assembled document (cheap).
 *
 * Caches. A block's parse and build are cached by its text (plus the two lookahead lines). Its
 * matches per requirement are cached by what they depend on beyond the block: the titles of the
 * enclosing sections from earlier blocks, the parties and the indented-prose decision. Offsets in
 * the cache are block-relative; they are shifted when the document is assembled.
 *
 * `steps()` yields between blocks so the language server can answer other requests while a large
 * document is read, and drop the work when a newer version arrives.
 */
import type { Root, RootContent } from 'mdast';
import { analyzeParsed, type AnalysisResult, type AnalyzeOptions, type EvidenceFinder } from './analyze';
import { bestEvidence, findEvidence } from './match';
import { afterLines, closesFence, FRONT_MATTER, isHeadingLine, LOOKAHEAD_LINES, opensFence, readBlock, type BlockRead } from './block-reader';
import {
  buildDocument,
  indentedProseStats,
  parseDocument,
  readsAsIndentedProse,
  type ClauseUnit,
  type Comment,
  type IndentedProseStats,
  type ParsedDocument,
  type Section,
} from './parse';
import { detectParties, type Parties } from './parties';
import { decideContract } from './contract';
import { LineIndex } from './text';
import type { Catalog, Evidence, Requirement } from './types';

interface BlockEntry {
  /** The text parsed: the block, then its lookahead lines. Also the cache key. */
  source: string;
  /** Length of the block itself within `source`. */
  length: number;
  /** The first lookahead line is a top-level heading, so the block may end here. */
  safeCut: boolean;
  /** The block's sections, units and comments, block-relative (when `safeCut` or last). */
  doc?: ParsedDocument;
  /** Kept only when the build depends on the indented-prose decision (the block holds code). */
  tree?: Root;
  builtWith: boolean;
  stats: IndentedProseStats;
  /** Line breaks inside the block (not the lookahead). */
  lineBreaks: number;
  /** The block's sections, units and comments as placed in the last document assembled. */
  assembled?: { offset: number; sectionBase: number; unitBase: number; sections: Section[]; units: ClauseUnit[]; comments: Comment[] };
  /** Per context key: the block's evidence per requirement. */
  matches: Map<string, BlockMatches>;
  /** Generation of the last run that used it. */
  used: number;
}

interface BlockMatches {
  view: ParsedDocument;
  lines: LineIndex;
  evidence: Map<Requirement, Evidence[]>;
  /** The requirements with evidence in the block. */
  found: Requirement[];
  /** The requirement selection fully matched. */
  doneFor?: readonly Requirement[];
}

interface Block {
  start: number;
  /** 0-based line of `start`. */
  line: number;
  entry: BlockEntry & { doc: ParsedDocument };
  /** Index of its first section / unit in the assembled document. */
  sectionBase: number;
  unitBase: number;
  /** Global indices of the earlier sections its sections and units hang under, outermost first. */
  outer: number[];
}

const MAX_CACHE_CONTEXTS = 4;

/** Above this many never-matched blocks, matching runs in steps before the findings are made. */
const EAGER_MATCHING_BLOCKS = 8;

/** Thrown inside a run when the block reader overflows the stack (absurdly deep nesting). */
class Overflow extends Error {}

/** What the last run did (for tests and the benchmark). */
export interface RunStats {
  blocks: number;
  /** Blocks parsed, failed cuts included. */
  parsed: number;
  /** Blocks matched against one requirement or more. */
  matched: number;
  /** The document was read whole by parseDocument (stack overflow fallback). */
  whole: boolean;
}

export class IncrementalAnalyzer {
  lastRun: RunStats = { blocks: 0, parsed: 0, matched: 0, whole: false };
  private readonly cache = new Map<string, BlockEntry>();
  private generation = 0;
  private indentedProseGuess = false;
  private catalog: Catalog | undefined;
  /** Small ids for the party sets seen, so match cache keys stay short. */
  private readonly partiesIds = new Map<string, number>();
  private readonly requirementLists = new Map<string, readonly Requirement[]>();

  /** Analyse `text`, reusing what earlier runs computed for unchanged blocks. */
  analyze(text: string, options: AnalyzeOptions): AnalysisResult {
    const steps = this.steps(text, options);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /** The same, as steps: yields (progress 0…1) after each block it had to parse or match. */
  *steps(text: string, options: AnalyzeOptions): Generator<number, AnalysisResult, void> {
    const generation = ++this.generation;
    const stats: RunStats = (this.lastRun = { blocks: 0, parsed: 0, matched: 0, whole: false });
    if (options.catalog !== this.catalog) {
      for (const entry of this.cache.values()) entry.matches.clear();
      this.requirementLists.clear();
      this.catalog = options.catalog;
    }
    let blocks: Block[];
    try {
      blocks = yield* this.readBlocks(text, generation, stats);
    } catch (error) {
      if (!(error instanceof Overflow)) throw error;
      // parseDocument has its own fallback for such documents; read them whole, as it does.
      stats.whole = true;
      return analyzeParsed(parseDocument(text), options);
    }
    stats.blocks = blocks.length;
    const doc = assemble(text, blocks, this.indentedProseGuess);
    const requirements = this.checkedRequirements(options);

    // Many blocks never matched (a document just opened): match them step by step first.
    // After an edit only a block or two need it; analyzeParsed's own calls do that.
    let context: MatchContext | undefined;
    const parties = detectParties(doc);
    if (blocks.filter((b) => b.entry.matches.size === 0).length > EAGER_MATCHING_BLOCKS) {
      if (decideContract(doc, parties, options.force).isContract) {
        context = this.matchContext(parties, doc, blocks, stats);
        for (let i = 0; i < blocks.length; i++) {
          if (matchBlock(context, i, requirements)) yield 0.5 + (0.5 * i) / blocks.length;
        }
      }
    }
    let merged: Map<Requirement, Evidence[]> | undefined;
    const finder: EvidenceFinder = (_doc, found, _lines, req) => {
      if (found !== context?.found) {
        context = this.matchContext(found, doc, blocks, stats);
        merged = undefined;
      }
      const ctx = context;
      merged ??= mergeEvidence(blocks, ctx, requirements);
      let list = merged.get(req);
      if (!list) {
        // Not among the requirements expected to be checked: match it on its own.
        list = [];
        for (let i = 0; i < blocks.length; i++) {
          matchBlock(ctx, i, [req]);
          for (const e of ctx.matches(i).evidence.get(req)!) list.push(shiftEvidence(e, blocks[i]!.start, blocks[i]!.line));
        }
        merged.set(req, list);
      }
      return bestEvidence([...list]);
    };
    const result = analyzeParsed(doc, options, finder, parties);
    this.sweep(generation);
    return result;
  }

  /**
   * The requirements analyzeParsed will check, as the same array from run to run while the
   * selection does not change (blocks remember which selection they have matched).
   */
  private checkedRequirements(options: AnalyzeOptions): readonly Requirement[] {
    const perspective = options.perspective ?? 'customer';
    const list = options.catalog.requirements.filter((r) => r.perspectives.includes(perspective) && options.severityOverrides?.[r.id] !== 'off');
    const key = list.map((r) => r.id).join('\u0000');
    const known = this.requirementLists.get(key);
    if (known) return known;
    this.requirementLists.set(key, list);
    return list;
  }

  /** Drop cached blocks that neither this run nor the one before used. */
  private sweep(generation: number): void {
    for (const [key, entry] of this.cache) if (entry.used < generation - 1) this.cache.delete(key);
  }

  private *readBlocks(text: string, generation: number, stats: RunStats): Generator<number, Block[], void> {
    const cuts = cutCandidates(text);
    const blocks: Block[] = [];
    let start = 0;
    let line = 0;
    // Failed cuts cost a parse each; past one document's worth, the rest is read as one block.
    let wasted = 0;
    for (let i = 0; start < text.length || blocks.length === 0; ) {
      const cut = i < cuts.length ? cuts[i++]! : text.length;
      const last = cut === text.length;
      const sourceEnd = last ? text.length : afterLines(text, cut, LOOKAHEAD_LINES);
      let entry = this.cache.get(text.slice(start, sourceEnd));
      if (entry && entry.length !== cut - start) entry = undefined;
      if (!entry) {
        entry = this.parseBlock(text.slice(start, sourceEnd), cut - start, last);
        this.cache.set(entry.source, entry);
        stats.parsed++;
        yield (0.5 * cut) / Math.max(1, text.length);
      }
      entry.used = generation;
      if (!last && !entry.safeCut) {
        wasted += cut - start;
        if (wasted > text.length) i = cuts.length;
        continue;
      }
      if (entry.builtWith !== this.indentedProseGuess) this.rebuild(entry, this.indentedProseGuess);
      blocks.push({ start, line, entry: entry as Block['entry'], sectionBase: 0, unitBase: 0, outer: [] });
      line += entry.lineBreaks;
      start = cut;
    }
    const sizes = { code: 0, prose: 0, wordy: 0 };
    for (const { entry } of blocks) {
      sizes.code += entry.stats.code;
      sizes.prose += entry.stats.prose;
      sizes.wordy += entry.stats.wordy;
    }
    const indentedProse = readsAsIndentedProse(sizes);
    if (indentedProse !== this.indentedProseGuess) {
      this.indentedProseGuess = indentedProse;
      for (const { entry } of blocks) if (entry.builtWith !== indentedProse) this.rebuild(entry, indentedProse);
    }
    return blocks;
  }

  private parseBlock(slice: string, length: number, last: boolean): BlockEntry {
    // A private copy: a slice would keep the whole document version alive as long as the entry.
    const source = JSON.parse(JSON.stringify(slice)) as string;
    const entry: BlockEntry = {
      source, length, safeCut: false, builtWith: this.indentedProseGuess, stats: { code: 0, prose: 0, wordy: 0 },
      lineBreaks: countLineBreaks(source, length), matches: new Map(), used: 0,
    };
    let read: BlockRead;
    try {
      read = readBlock(source, length, last);
    } catch (error) {
      if (error instanceof RangeError) throw new Overflow();
      throw error;
    }
    entry.safeCut = read.safeCut;
    if (!last && !read.safeCut) return entry;
    const own: Root = { type: 'root', children: read.nodes };
    entry.stats = indentedProseStats(own, source);
    if (containsCode(own.children)) entry.tree = own;
    entry.doc = this.build(source, own, entry.builtWith);
    return entry;
  }

  private rebuild(entry: BlockEntry, indentedProse: boolean): void {
    entry.builtWith = indentedProse;
    if (!entry.tree) return; // no code blocks: the decision does not change it
    entry.doc = this.build(entry.source, entry.tree, indentedProse);
    entry.matches.clear();
    delete entry.assembled;
  }

  private build(source: string, tree: Root, indentedProse: boolean): ParsedDocument {
    try {
      return buildDocument(source, tree, indentedProse);
    } catch (error) {
      if (error instanceof RangeError) throw new Overflow();
      throw error;
    }
  }

  /**
   * Each block's match cache for these parties. A block's matches depend, beyond its own text,
   * on the parties (as matching sees them: without where they were defined, which moves with
   * every edit above the definitions and which matching does not read), the indented-prose
   * decision and the titles of the earlier sections it hangs under.
   */
  private matchContext(found: Parties, doc: ParsedDocument, blocks: Block[], stats: RunStats): MatchContext {
    const parties: Parties = { ...found, names: found.names.map(({ definedAt: _at, ...name }) => name) };
    const partiesKey = `${doc.indentedProse}\u0003${JSON.stringify(parties)}`;
    let id = this.partiesIds.get(partiesKey);
    if (id === undefined) {
      if (this.partiesIds.size > 64) this.partiesIds.clear();
      id = this.partiesIds.size;
      this.partiesIds.set(partiesKey, id);
    }
    const memo: BlockMatches[] = [];
    const signatures: string[] = [];
    const signature = (g: number): string => (signatures[g] ??= sectionSignature(doc.sections[g]!));
    const matches = (i: number): BlockMatches => {
      if (memo[i]) return memo[i]!;
      const block = blocks[i]!;
      const outer = block.outer.map((g) => `${signature(g)}\u0001${block.outer.indexOf(doc.sections[g]!.parent)}`);
      const key = `${id}\u0003${outer.join('\u0002')}`;
      let m = block.entry.matches.get(key);
      if (!m) {
        if (block.entry.matches.size >= MAX_CACHE_CONTEXTS) block.entry.matches.clear();
        const view = blockView(block, doc);
        m = { view, lines: new LineIndex(view.text), evidence: new Map(), found: [] };
        block.entry.matches.set(key, m);
      }
      return (memo[i] = m);
    };
    return { found, parties, matches, stats };
  }
}

interface MatchContext {
  found: Parties;
  /** The parties given to matching. */
  parties: Parties;
  /** The match cache of the run's i-th block. */
  matches: (i: number) => BlockMatches;
  stats: RunStats;
}

/** Make sure a block has evidence for `requirements`; true when it had to match. */
function matchBlock(context: MatchContext, i: number, requirements: readonly Requirement[]): boolean {
  const matches = context.matches(i);
  if (matches.doneFor === requirements) return false;
  let worked = false;
  for (const req of requirements) {
    if (matches.evidence.has(req)) continue;
    const evidence = findEvidence(matches.view, context.parties, matches.lines, req);
    matches.evidence.set(req, evidence);
    if (evidence.length) matches.found.push(req);
    worked = true;
  }
  if (requirements.length > 1) matches.doneFor = requirements;
  if (worked) context.stats.matched++;
  return worked;
}

/** Every block's evidence per requirement, shifted into the document. */
function mergeEvidence(blocks: Block[], context: MatchContext, requirements: readonly Requirement[]): Map<Requirement, Evidence[]> {
  const merged = new Map<Requirement, Evidence[]>(requirements.map((r) => [r, []]));
  blocks.forEach((block, i) => {
    matchBlock(context, i, requirements);
    const m = context.matches(i);
    for (const req of m.found) {
      const list = merged.get(req);
      if (list) for (const e of m.evidence.get(req)!) list.push(shiftEvidence(e, block.start, block.line));
    }
  });
  return merged;
}

function sectionSignature(s: Section): string {
  return [s.depth, s.kind ?? '', s.number ?? '', s.title].join('\u0001');
}

/**
 * Offsets of the lines that may start a block: "#" headings at column 0, outside front matter and,
 * as far as a line scan can tell, outside fenced code. Every cut is verified by the parser later,
 * so this scan only needs to avoid obviously wasted attempts.
 */
export function cutCandidates(text: string): number[] {
  const cuts: number[] = [];
  const eol = /\r\n|\n|\r/g;
  let fence: ReturnType<typeof opensFence>;
  // Front matter: from a first line "---" to the next "---" line, if there is one.
  let frontMatter = FRONT_MATTER.test(text);
  for (let start = 0; start < text.length; ) {
    const m = eol.exec(text);
    const line = { start, end: m ? m.index : text.length };
    if (frontMatter) {
      if (start > 0 && /^---[ \t]*$/.test(text.slice(line.start, line.end))) frontMatter = false;
    } else if (fence) {
      if (closesFence(text, line, fence)) fence = undefined;
    } else if (start > 0 && isHeadingLine(text, line)) {
      cuts.push(start);
    } else {
      fence = opensFence(text, line);
    }
    start = m ? m.index + m[0].length : text.length;
  }
  // No closing fence: not front matter, but the failed attempt leaves remark reading the rest of
  // the document differently (no block quote or list starts), so such a document is read whole.
  return frontMatter ? [] : cuts;
}

/** Line breaks as LineIndex counts them (CRLF, LF, or a lone CR) in the first `length` characters. */
function countLineBreaks(text: string, length: number): number {
  let breaks = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) breaks++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) breaks++;
  }
  return breaks;
}

function containsCode(nodes: readonly RootContent[]): boolean {
  for (const node of nodes) {
    if (node.type === 'code') return true;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'table') continue;
    if ('children' in node && containsCode(node.children as RootContent[])) return true;
  }
  return false;
}

/**
 * The whole document from its blocks: offsets shifted, and section nesting recomputed across
 * blocks with the builder's rule (a section closes the open ones of the same or a lower level).
 */
function assemble(text: string, blocks: Block[], indentedProse: boolean): ParsedDocument {
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
    sentences: u.sentences.map((s) => ({ ...s, start: s.start + offset, end: s.end + offset })),
    ...(u.caption ? { caption: { ...u.caption, start: u.caption.start + offset, end: u.caption.end + offset } } : {}),
    parents: u.parents.map((p) => p + unitBase),
  };
}

/**
 * The block as a document of its own for matching: its enclosing sections from earlier blocks
 * first (with the offsets they have relative to the block), then its own sections and units.
 */
function blockView(block: Block, doc: ParsedDocument): ParsedDocument {
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

function shiftEvidence(e: Evidence, offset: number, lines: number): Evidence {
  return {
    ...e,
    start: e.start + offset,
    end: e.end + offset,
    line: e.line + lines,
    endLine: e.endLine + lines,
    ...(e.cue ? { cue: { ...e.cue, start: e.cue.start + offset, end: e.cue.end + offset } } : {}),
  };
}
