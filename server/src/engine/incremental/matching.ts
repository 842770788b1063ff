/**
 * Matching block by block: each block's evidence per requirement is cached by what it depends on
 * beyond the block (see index.ts), and the blocks' evidence is merged into the document's.
 */
import { allEvidence, bestEvidence, findEvidence, keepOrder, prepareMatching } from '../match';
import type { Parties } from '../parties';
import type { ParsedDocument, Section } from '../parse';
import type { LineIndex } from '../text';
import type { Evidence, Requirement } from '../types';
import { shiftEvidence } from './assembly';
import type { Block, BlockMatches, RunStats } from './types';

export interface MatchContext {
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
export function matchBlock(context: MatchContext, i: number, requirements: readonly Requirement[], selection = true): boolean {
  const m = context.matches(i);
  if (m.doneFor === requirements) return false;
  const todo = requirements.filter((r) => !m.doneFor?.includes(r) && !m.extra?.has(r));
  if (todo.length) {
    prepareMatching(requirements);
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

/** Characters of consecutive blocks matched in one pass per requirement (about 10 ms of work for a whole selection). */
const RUN_CHARS = 16 * 1024;

/**
 * Match runs of consecutive blocks that have not been matched at all (a document just opened, or
 * all of it once the parties change) on the assembled document: one pass per requirement over a
 * run's units instead of one per block, which costs a third of a cold analysis in per-call work.
 * Each block then keeps the best of its own evidence, shifted back into the block: what matching
 * it alone gives, since its units read the same headings, captions and outline either way.
 * Blocks longer than `longBlock` and lone blocks are left to matchBlock. Yields after each run.
 */
export function* matchRuns(context: MatchContext, blocks: Block[], doc: ParsedDocument, lines: LineIndex, requirements: readonly Requirement[], longBlock: number): Generator<number, void, void> {
  const fresh = (i: number): boolean => {
    const m = context.matches(i);
    return !m.doneFor && !m.extra && blocks[i]!.entry.length <= longBlock;
  };
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    for (let chars = 0; j < blocks.length && chars < RUN_CHARS && fresh(j); j++) chars += blocks[j]!.entry.length;
    if (j - i < 2) {
      i = j + 1;
      continue;
    }
    matchRun(context, blocks, i, j, doc, lines, requirements);
    i = j;
    yield 0.5 + (0.5 * j) / blocks.length;
  }
}

/** Match blocks [from, to) together (see matchRuns). */
function matchRun(context: MatchContext, blocks: Block[], from: number, to: number, doc: ParsedDocument, lines: LineIndex, requirements: readonly Requirement[]): void {
  prepareMatching(requirements);
  const last = blocks[to - 1]!;
  for (const req of requirements) {
    const found = allEvidence(doc, context.parties, lines, req, blocks[from]!.unitBase, last.unitBase + last.entry.doc.units.length);
    // In reading order: the blocks' shares follow one another.
    let k = from;
    let share: Evidence[] = [];
    const keep = (): void => {
      if (!share.length) return;
      const block = blocks[k]!;
      context.matches(k).evidence.set(req, bestEvidence(share.map((e) => shiftEvidence(e, -block.start, -block.line))));
      share = [];
    };
    for (const e of found) {
      while (k + 1 < to && e.start >= blocks[k + 1]!.start) {
        keep();
        k++;
      }
      share.push(e);
    }
    keep();
  }
  for (let k = from; k < to; k++) context.matches(k).doneFor = requirements;
  context.stats.matched += to - from;
}

/** Every block's evidence per requirement, shifted into the document. */
/**
 * Every block's best evidence per requirement, shifted into the document. bestEvidence keeps the
 * first five by status and position, and each block's list is in that order already: only the
 * first PRESELECT of all blocks' lists, in that order, are copied and handed to it.
 */
export function mergeEvidence(blocks: Block[], context: MatchContext, requirements: readonly Requirement[]): Map<Requirement, Evidence[]> {
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
export function sameContext(last: { sections: Section[]; parents: number[] }, outer: number[], sections: Section[]): boolean {
  if (last.sections.length !== outer.length) return false;
  for (let k = 0; k < outer.length; k++) {
    const a = last.sections[k]!;
    const b = sections[outer[k]!]!;
    if (a !== b && (a.depth !== b.depth || a.title !== b.title || a.number !== b.number || a.kind !== b.kind)) return false;
    if (last.parents[k] !== outer.indexOf(b.parent)) return false;
  }
  return true;
}

export function sectionSignature(s: Section): string {
  return [s.depth, s.kind ?? '', s.number ?? '', s.title].join('\u0001');
}
