/**
 * Which term anchors occur in a text, found in one pass for all term sets.
 *
 * Term sets (terms.ts) register their anchors here. A TextScan runs one Aho–Corasick pass over
 * its lower-case text (anchors.ts) and keeps one bit per registered anchor. A sentence is scanned
 * once and the bits are shared by every requirement that reads it, where each set would
 * otherwise test each of its anchors with `includes`; a set then runs only the patterns of the
 * terms whose anchors are there. The answer is that of `includes` by construction.
 *
 * An anchor registered after a scan makes it stale: the automaton is rebuilt and the text
 * scanned again on its next question (matching registers a catalog's sets before it scans).
 */
import { AnchorAutomaton } from './anchors';
import { TermPattern } from './term-patterns';

/** Past this many anchors (a server that reloaded edited catalogs often), start afresh. */
const MAX_ANCHORS = 1 << 16;

/** Bumped when the registry starts afresh: ids handed out before are void. */
let generation = 0;
/** Bumped whenever an anchor is added: scans made before are stale. */
let version = 0;
const anchorIds = new Map<string, number>();
const anchorList: string[] = [];
let automaton: AnchorAutomaton | undefined;

/** Ids of anchors (non-empty, lower-case), valid while `generation` lasts. */
export interface AnchorIds {
  generation: number;
  ids: Int32Array;
}

export function registerAnchors(anchors: readonly string[]): AnchorIds {
  if (anchorList.length + anchors.length > MAX_ANCHORS) {
    generation++;
    anchorIds.clear();
    anchorList.length = 0;
  }
  const ids = new Int32Array(anchors.length);
  anchors.forEach((anchor, k) => {
    let id = anchorIds.get(anchor);
    if (id === undefined) {
      id = anchorList.length;
      anchorIds.set(anchor, id);
      anchorList.push(anchor);
      automaton = undefined;
      version++;
    }
    ids[k] = id;
  });
  return { generation, ids };
}

/** Anchor ids as bit masks over the words of a TextScan's bits (ids registered together share a few words). */
export interface AnchorMask {
  words: Int32Array;
  bits: Int32Array;
}

export function anchorMask(ids: Int32Array): AnchorMask {
  const byWord = new Map<number, number>();
  for (const id of ids) byWord.set(id >>> 5, (byWord.get(id >>> 5) ?? 0) | (1 << (id & 31)));
  const words = [...byWord.keys()].sort((a, b) => a - b);
  return { words: Int32Array.from(words), bits: Int32Array.from(words, (w) => byWord.get(w)!) };
}

export function isCurrent(registered: AnchorIds | undefined): registered is AnchorIds {
  return registered?.generation === generation;
}

/** A lower-case text and, once asked, the registered anchors that occur in it. */
export class TextScan {
  private bits: Uint32Array | undefined;
  private scannedAt = -1;
  private fastText: string | undefined;
  private fastOk = true;

  constructor(readonly lower: string) {}

  /** TermPattern.fastFor(text), for the text this scan is of (asked once per text, not per set). */
  fastFor(text: string): boolean {
    if (text !== this.fastText) {
      this.fastText = text;
      this.fastOk = TermPattern.fastFor(text);
    }
    return this.fastOk;
  }

  /** Does the anchor with this id (from a current registration) occur in the text? */
  has(id: number): boolean {
    if (this.scannedAt !== version) this.scan();
    return ((this.bits![id >>> 5]! >>> (id & 31)) & 1) === 1;
  }

  /** Does any of a set's anchors occur? `mask` from anchorMask: one test per 32 ids, not per anchor. */
  hasAny(mask: AnchorMask): boolean {
    if (this.scannedAt !== version) this.scan();
    const bits = this.bits!;
    for (let k = 0; k < mask.words.length; k++) if ((bits[mask.words[k]!]! & mask.bits[k]!) !== 0) return true;
    return false;
  }

  private scan(): void {
    automaton ??= new AnchorAutomaton(anchorList);
    const bits = new Uint32Array((anchorList.length + 31) >>> 5);
    automaton.scan(this.lower, (id) => {
      bits[id >>> 5]! |= 1 << (id & 31);
    });
    this.bits = bits;
    this.scannedAt = version;
  }
}
