/**
 * Reading and building one block for the cache: the block reader gives its nodes, the builder its
 * sections and units. The tree is kept only when the build depends on the indented-prose
 * decision (the block holds code), so the block can be rebuilt when that decision flips.
 */
import type { Root, RootContent } from 'mdast';
import { readBlockSteps, type BlockRead } from '../block-reader';
import type { RemarkOffload } from '../remark-offload';
import { buildDocument, indentedProseStats, type ParsedDocument } from '../parse';
import { lineStarts } from '../text';
import type { BlockEntry } from './types';

/** Thrown inside a run when the block reader or the builder overflows the stack (absurdly deep nesting). */
export class Overflow extends Error {}

/** Parse and build a block; `progress` is what to report when a long one yields part way. */
export function* parseBlock(slice: string, length: number, last: boolean, indentedProse: boolean, progress: number, offload?: RemarkOffload): Generator<number, BlockEntry, void> {
  // A private copy: a slice would keep the whole document version alive as long as the entry.
  const source = JSON.parse(JSON.stringify(slice)) as string;
  const entry: BlockEntry = {
    source, length, safeCut: false, builtWith: indentedProse, stats: { code: 0, prose: 0, wordy: 0 },
    lineStarts: lineStarts(source, 0, length, []), matches: new Map(), used: 0,
  };
  let read: BlockRead;
  try {
    const steps = readBlockSteps(source, length, last, offload);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        read = step.value;
        break;
      }
      yield step.value ?? progress;
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
  entry.doc = build(source, own, entry.builtWith);
  return entry;
}

/** Build the block again for a new indented-prose decision (only blocks with code change). */
export function rebuild(entry: BlockEntry, indentedProse: boolean): void {
  entry.builtWith = indentedProse;
  if (!entry.tree) return; // no code blocks: the decision does not change it
  entry.doc = build(entry.source, entry.tree, indentedProse);
  entry.matches.clear();
  delete entry.assembled;
}

function build(source: string, tree: Root, indentedProse: boolean): ParsedDocument {
  try {
    return buildDocument(source, tree, indentedProse);
  } catch (error) {
    if (error instanceof RangeError) throw new Overflow();
    throw error;
  }
}

/** Does the tree hold a code block at any depth? A loop, not recursion: nesting may be thousands deep. */
export function containsCode(nodes: readonly RootContent[]): boolean {
  const pending: RootContent[] = [...nodes];
  while (pending.length) {
    const node = pending.pop()!;
    if (node.type === 'code') return true;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'table') continue;
    if ('children' in node) for (const child of node.children as RootContent[]) pending.push(child);
  }
  return false;
}
