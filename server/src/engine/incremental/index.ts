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
 * rest with remark, without inline content (the builder never reads it), in runs of bounded size
 * where the text has restart points.
 *
 * The parts: cuts.ts (where blocks may start), block-cache.ts (reading and building a block),
 * matching.ts (per-block matches and their merge), assembly.ts (the document from its blocks),
 * types.ts.
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
import { analyzeParsed, type AnalysisResult, type AnalyzeOptions, type EvidenceFinder } from '../analyze';
import { catalogLexicon } from '../lexicon-of';
import { bestEvidence, prepareMatching } from '../match';
import { afterLines, LOOKAHEAD_LINES } from '../block-reader';
import { parseDocument, readsAsIndentedProse, type ParsedDocument } from '../parse';
import { detectParties, type Parties } from '../parties';
import { decideContract } from '../contract';
import { LineIndex } from '../text';
import type { Catalog, Evidence, Requirement } from '../types';
import type { RemarkOffload } from '../remark-offload';
import { assemble, blockView, shiftEvidence } from './assembly';
import { Overflow, parseBlock, rebuild } from './block-cache';
import { CutScanner } from './cuts';
import { matchBlock, matchRuns, mergeEvidence, sameContext, sectionSignature, type MatchContext } from './matching';
import { forgetUnitAids } from '../unit-aids';
import type { Block, BlockEntry, BlockMatches, RunStats } from './types';

export { cutCandidates } from './cuts';
export type { RunStats } from './types';

const MAX_CACHE_CONTEXTS = 4;

/** Characters from which a block is long enough to be matched a requirement at a time. */
const LONG_BLOCK = 32 * 1024;

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

  /**
   * The same, as steps: yields (progress 0…1) after each block it had to parse or match, and
   * AWAITING_OTHER_THREAD while `offload`'s worker reads a long run (remark-offload.ts).
   */
  *steps(text: string, options: AnalyzeOptions, offload?: RemarkOffload): Generator<number, AnalysisResult, void> {
    const generation = ++this.generation;
    const stats: RunStats = (this.lastRun = { blocks: 0, parsed: 0, matched: 0, whole: false });
    if (options.catalog !== this.catalog) {
      for (const entry of this.cache.values()) entry.matches.clear();
      this.requirementLists.clear();
      this.catalog = options.catalog;
    }
    let blocks: Block[];
    try {
      blocks = yield* this.readBlocks(text, generation, stats, offload);
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
    const starts = [0];
    for (const block of blocks) for (const rel of block.entry.lineStarts) starts.push(block.start + rel);
    const lines = new LineIndex(text, starts);
    let context: MatchContext | undefined;
    const lexicon = catalogLexicon(options.catalog);
    const parties = detectParties(doc, lexicon);
    if (decideContract(doc, parties, options.force, lexicon.contractSignals).isContract) {
      context = this.matchContext(parties, doc, blocks, stats);
      // The whole selection's term sets at once: a long block below is matched a requirement at a
      // time, and sets registered one requirement at a time rebuilt the anchor automaton (and made
      // every sentence scan stale) once per requirement, about 40 times.
      prepareMatching(requirements);
      yield* matchRuns(context, blocks, doc, lines, requirements, LONG_BLOCK);
      for (let i = 0; i < blocks.length; i++) {
        const progress = 0.5 + (0.5 * i) / blocks.length;
        // A long block (a document without headings) is matched a requirement at a time.
        if (blocks[i]!.entry.length > LONG_BLOCK) for (const req of requirements) if (matchBlock(context, i, [req], false)) yield progress;
        if (matchBlock(context, i, requirements)) yield progress;
      }
      // The result keeps `doc`; matching's per-sentence aids for it are not needed any more.
      forgetUnitAids(doc);
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
    const result = analyzeParsed(doc, options, { evidenceFor: finder, parties, lines });
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

  private *readBlocks(text: string, generation: number, stats: RunStats, offload: RemarkOffload | undefined): Generator<number, Block[], void> {
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
        if (kept.builtWith !== this.indentedProseGuess) rebuild(kept, this.indentedProseGuess);
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
        entry = yield* parseBlock(text.slice(start, sourceEnd), cut - start, last, this.indentedProseGuess, progress, offload);
        this.cache.set(entry.source, entry);
        stats.parsed++;
        yield (0.5 * cut) / Math.max(1, text.length);
      }
      entry.used = generation;
      if (!last && !entry.safeCut) {
        wasted += cut - start;
        continue;
      }
      if (entry.builtWith !== this.indentedProseGuess) rebuild(entry, this.indentedProseGuess);
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
      for (const { entry } of blocks) if (entry.builtWith !== indentedProse) rebuild(entry, indentedProse);
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
