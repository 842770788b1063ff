/** The block cache's entries, the blocks of a run, and what a run did. */
import type { Root } from 'mdast';
import type { IndentedProseStats, ClauseUnit, Comment, ParsedDocument, Section } from '../parse';
import type { LineIndex } from '../text';
import type { Evidence, Requirement } from '../types';

export interface BlockEntry {
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

export interface BlockMatches {
  /** The block as matching reads it; dropped once its requirements are matched (it is rebuilt if need be). */
  reader?: { view: ParsedDocument; lines: LineIndex };
  /** Evidence per requirement, for those with evidence in the block. */
  evidence: Map<Requirement, Evidence[]>;
  /** The requirement selection fully matched. */
  doneFor?: readonly Requirement[];
  /** Requirements matched one by one, outside a selection. */
  extra?: Set<Requirement>;
}

export interface Block {
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
