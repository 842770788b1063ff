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
 * Reading. block-reader.ts reads a block: plain headings and paragraphs without a parser, the
 * rest with remark, without inline content (the builder never reads it).
 *
 * Caches. A block's reading and build are cached by its text (plus the two lookahead lines); an
 * unchanged block is found where it was in the last run (one string comparison), any other by its
 * text. Its matches per requirement are cached by what they depend on beyond the block: the titles
 * of the enclosing sections from earlier blocks, the parties and the indented-prose decision.
 * Offsets in the cache are block-relative; they are shifted when the document is assembled. The
 * objects of a result are shared with the cache and with later results: treat them as read-only.
 *
 * `steps()` yields between blocks (and inside long ones) so the language server can answer other
 * requests while a large document is read, and drop the work when a newer version arrives.
 */
import type { Root, RootContent } from 'mdast';
import { analyzeParsed, type AnalysisResult, type AnalyzeOptions, type EvidenceFinder } from './analyze';
import { bestEvidence, findEvidence, keepOrder } from './match';
import { afterLines, closesFence, eachLine, FRONT_MATTER, isHeadingLine, LOOKAHEAD_LINES, opensFence, readBlockSteps, type BlockRead } from './block-reader';
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
import { catalogLexicon } from './lexicon-of';
import { detectParties, type Parties } from './parties';
import { decideContract } from './contract';
import { LineIndex, lineStarts } from './text';
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
  /** Offsets (in the block) just after each line break inside the block (not the lookahead). */
  lineStarts: number[];
  /** The block's sections, units and comments as placed in the last document assembled. */
  assembled?: { offset: number; sectionBase: number; unitBase: number; sections: Section[]; units: ClauseUnit[]; comments: Comment[] };
  /** The context the block was last matched in, to find its matches again quickly. */
  lastContext?: { id: number; sections: Section[]; parents: number[]; key: string; matches: BlockMatches };
  /** Per context key: the block's evidence per requirement. */
  matches: Map<string, BlockMatches>;
  /** Generation of the last run that used it. */
  used: number;
}

interface BlockMatches {
  /** The block as matching reads it; dropped once its requirements are matched (it is rebuilt if need be). */
  reader?: { view: ParsedDocument; lines: LineIndex };
  /** Evidence per requirement, for those with evidence in the block. */
  evidence: Map<Requirement, Evidence[]>;
  /** The requirement selection fully matched. */
  doneFor?: readonly Requirement[];
  /** Requirements matched one by one, outside a selection. */
  extra?: Set<Requirement>;
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

/** Characters from which a block is long enough to be matched a requirement at a time. */
const LONG_BLOCK = 32 * 1024;

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
  private nextPartiesId = 0;
  private readonly requirementLists = new Map<string, readonly Requirement[]>();
  /** The last run's blocks by where they start, and the length of its text. */
  private previous: { length: number; byStart: Map<number, BlockEntry> } | undefined;

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

    // Match the blocks that need it (all of a document just opened, all when the parties changed,
    // one after a keystroke) step by step; analyzeParsed then only merges their evidence.
    let context: MatchContext | undefined;
    const parties = detectParties(doc, catalogLexicon(options.catalog));
    if (decideContract(doc, parties, options.force).isContract) {
      context = this.matchContext(parties, doc, blocks, stats);
      for (let i = 0; i < blocks.length; i++) {
        const progress = 0.5 + (0.5 * i) / blocks.length;
        // A long block (a document without headings) is matched a requirement at a time.
        if (blocks[i]!.entry.length > LONG_BLOCK) for (const req of requirements) if (matchBlock(context, i, [req], false)) yield progress;
        if (matchBlock(context, i, requirements)) yield progress;
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
          matchBlock(ctx, i, [req], false);
          for (const e of ctx.matches(i).evidence.get(req) ?? []) list.push(shiftEvidence(e, blocks[i]!.start, blocks[i]!.line));
        }
        merged.set(req, list);
      }
      return bestEvidence([...list]);
    };
    const starts = [0];
    for (const block of blocks) for (const rel of block.entry.lineStarts) starts.push(block.start + rel);
    const result = analyzeParsed(doc, options, { evidenceFor: finder, parties, lines: new LineIndex(text, starts) });
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
    const blocks: Block[] = [];
    let start = 0;
    let line = 0;
    // Failed cuts cost a parse each; past one document's worth, the rest is read as one block.
    let wasted = 0;
    // Lines that may start a block, scanned from where the last run's blocks stop matching.
    let scanner: CutScanner | undefined;
    while (start < text.length || blocks.length === 0) {
      const kept = this.unchanged(text, start);
      if (kept) {
        kept.used = generation;
        if (kept.builtWith !== this.indentedProseGuess) this.rebuild(kept, this.indentedProseGuess);
        blocks.push({ start, line, entry: kept as Block['entry'], sectionBase: 0, unitBase: 0, outer: [] });
        line += kept.lineStarts.length;
        start += kept.length;
        scanner = undefined;
        continue;
      }
      scanner ??= new CutScanner(text, start);
      const cut = wasted > text.length ? text.length : scanner.next();
      const last = cut === text.length;
      const sourceEnd = last ? text.length : afterLines(text, cut, LOOKAHEAD_LINES);
      let entry = this.cache.get(text.slice(start, sourceEnd));
      if (entry && entry.length !== cut - start) entry = undefined;
      if (!entry) {
        const progress = (0.5 * start) / Math.max(1, text.length);
        entry = yield* this.parseBlock(text.slice(start, sourceEnd), cut - start, last, progress);
        this.cache.set(entry.source, entry);
        stats.parsed++;
        yield (0.5 * cut) / Math.max(1, text.length);
      }
      entry.used = generation;
      if (!last && !entry.safeCut) {
        wasted += cut - start;
        continue;
      }
      if (entry.builtWith !== this.indentedProseGuess) this.rebuild(entry, this.indentedProseGuess);
      blocks.push({ start, line, entry: entry as Block['entry'], sectionBase: 0, unitBase: 0, outer: [] });
      line += entry.lineStarts.length;
      start = cut;
    }
    this.previous = { length: text.length, byStart: new Map(blocks.map((b) => [b.start, b.entry])) };
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

  /**
   * The last run's block at `start` (or where `start` was before the edit) if its text and
   * lookahead are still there: found without scanning or hashing its text, so a keystroke in a
   * 1 MB draft costs little more than one comparison per block.
   */
  private unchanged(text: string, start: number): BlockEntry | undefined {
    const previous = this.previous;
    if (!previous) return undefined;
    const delta = text.length - previous.length;
    for (const at of delta ? [start, start - delta] : [start]) {
      const entry = previous.byStart.get(at);
      if (!entry || !text.startsWith(entry.source, start)) continue;
      const end = start + entry.length;
      const fits = entry.length === entry.source.length ? end === text.length : start + entry.source.length === afterLines(text, end, LOOKAHEAD_LINES);
      if (fits) return entry;
    }
    return undefined;
  }

  /** Parse and build a block; `progress` is what to report when a long one yields part way. */
  private *parseBlock(slice: string, length: number, last: boolean, progress: number): Generator<number, BlockEntry, void> {
    // A private copy: a slice would keep the whole document version alive as long as the entry.
    const source = JSON.parse(JSON.stringify(slice)) as string;
    const entry: BlockEntry = {
      source, length, safeCut: false, builtWith: this.indentedProseGuess, stats: { code: 0, prose: 0, wordy: 0 },
      lineStarts: lineStarts(source, 0, length, []), matches: new Map(), used: 0,
    };
    let read: BlockRead;
    try {
      const steps = readBlockSteps(source, length, last);
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) {
          read = step.value;
          break;
        }
        yield progress;
      }
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
      id = this.nextPartiesId++; // never reused: match caches are keyed by it
      this.partiesIds.set(partiesKey, id);
    }
    const memo: BlockMatches[] = [];
    const matches = (i: number): BlockMatches => {
      if (memo[i]) return memo[i]!;
      const block = blocks[i]!;
      const entry = block.entry;
      // The same enclosing sections as last time (moved or not): the key needs no rebuilding.
      const last = entry.lastContext;
      if (last && last.id === id && sameContext(last, block.outer, doc.sections) && entry.matches.get(last.key) === last.matches) {
        return (memo[i] = last.matches);
      }
      const sections = block.outer.map((g) => doc.sections[g]!);
      const parents = block.outer.map((g) => block.outer.indexOf(doc.sections[g]!.parent));
      const outer = sections.map((section, k) => `${sectionSignature(section)}\u0001${parents[k]}`);
      const key = `${id}\u0003${outer.join('\u0002')}`;
      let m = entry.matches.get(key);
      if (!m) {
        if (entry.matches.size >= MAX_CACHE_CONTEXTS) entry.matches.clear();
        m = { evidence: new Map() };
        entry.matches.set(key, m);
      }
      entry.lastContext = { id, sections, parents, key, matches: m };
      return (memo[i] = m);
    };
    const reader = (i: number): { view: ParsedDocument; lines: LineIndex } => {
      const view = blockView(blocks[i]!, doc);
      return { view, lines: new LineIndex(view.text) };
    };
    return { found, parties, matches, reader, stats };
  }
}

interface MatchContext {
  found: Parties;
  /** The parties given to matching. */
  parties: Parties;
  /** The match cache of the run's i-th block. */
  matches: (i: number) => BlockMatches;
  /** The run's i-th block as matching reads it. */
  reader: (i: number) => { view: ParsedDocument; lines: LineIndex };
  stats: RunStats;
}

/**
 * Make sure a block has evidence for `requirements` (the run's selection, or one requirement
 * outside it); true when it had to match.
 */
function matchBlock(context: MatchContext, i: number, requirements: readonly Requirement[], selection = true): boolean {
  const m = context.matches(i);
  if (m.doneFor === requirements) return false;
  const todo = requirements.filter((r) => !m.doneFor?.includes(r) && !m.extra?.has(r));
  if (todo.length) {
    const { view, lines } = (m.reader ??= context.reader(i));
    for (const req of todo) {
      const evidence = findEvidence(view, context.parties, lines, req);
      if (evidence.length) m.evidence.set(req, evidence);
    }
    context.stats.matched++;
  }
  if (selection) {
    m.doneFor = requirements;
    delete m.reader;
  } else for (const req of todo) (m.extra ??= new Set()).add(req);
  return todo.length > 0;
}

/** Every block's evidence per requirement, shifted into the document. */
/**
 * Every block's best evidence per requirement, shifted into the document. bestEvidence keeps the
 * first five by status and position, and each block's list is in that order already: only the
 * first PRESELECT of all blocks' lists, in that order, are copied and handed to it.
 */
function mergeEvidence(blocks: Block[], context: MatchContext, requirements: readonly Requirement[]): Map<Requirement, Evidence[]> {
  const candidates = new Map<Requirement, { e: Evidence; block: Block }[]>(requirements.map((r) => [r, []]));
  blocks.forEach((block, i) => {
    matchBlock(context, i, requirements);
    for (const [req, evidence] of context.matches(i).evidence) {
      const kept = candidates.get(req);
      if (!kept) continue;
      for (const e of evidence) {
        // Blocks come in document order: a later one replaces a kept item only with a better status.
        if (kept.length >= PRESELECT && keepOrder(e, kept[kept.length - 1]!.e) >= 0) break;
        let at = kept.length;
        while (at > 0 && keepOrder(kept[at - 1]!.e, e) > 0) at--;
        kept.splice(at, 0, { e, block });
        if (kept.length > PRESELECT) kept.pop();
      }
    }
  });
  return new Map([...candidates].map(([req, kept]) => [req, kept.map(({ e, block }) => shiftEvidence(e, block.start, block.line))]));
}

/** More than bestEvidence keeps (MAX_EVIDENCE, five). */
const PRESELECT = 8;

/** Do the sections at `outer` read as the ones a block was last matched under (titles and nesting)? */
function sameContext(last: { sections: Section[]; parents: number[] }, outer: number[], sections: Section[]): boolean {
  if (last.sections.length !== outer.length) return false;
  for (let k = 0; k < outer.length; k++) {
    const a = last.sections[k]!;
    const b = sections[outer[k]!]!;
    if (a !== b && (a.depth !== b.depth || a.title !== b.title || a.number !== b.number || a.kind !== b.kind)) return false;
    if (last.parents[k] !== outer.indexOf(b.parent)) return false;
  }
  return true;
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
  const scanner = new CutScanner(text, 0);
  const cuts: number[] = [];
  for (let cut = scanner.next(); cut < text.length; cut = scanner.next()) cuts.push(cut);
  return cuts;
}

/** Finds cut candidates one at a time, from a block start (where no fence is open). */
class CutScanner {
  private at: number;
  private fence: ReturnType<typeof opensFence>;
  private readonly line = { start: 0, end: 0 };

  constructor(
    private readonly text: string,
    from: number,
  ) {
    this.at = from;
    if (from === 0 && FRONT_MATTER.test(text)) {
      // Front matter runs to the next "---" line. Unclosed, remark reads the rest of the document
      // differently (no block quote or list starts after the failed attempt): no cuts at all.
      const close = /(?:\r\n|\n|\r)---[ \t]*(?=\r\n|\n|\r|$)/.exec(text);
      this.at = close ? close.index + close[0].length : text.length;
    }
  }

  /** The next candidate, or the text's length when there is none. */
  next(): number {
    const { text, line } = this;
    let found = text.length;
    const from = this.at;
    if (from >= text.length) return found;
    eachLine(text, from, text.length, (start, end) => {
      line.start = start;
      line.end = end;
      if (this.fence) {
        if (closesFence(text, line, this.fence)) this.fence = undefined;
      } else if (start > from && start > 0 && isHeadingLine(text, line)) {
        found = start;
        return true;
      } else if (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 96 || text.charCodeAt(start) === 126) {
        this.fence = opensFence(text, line);
      }
      return false;
    });
    this.at = found;
    return found;
  }
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
