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
 *
 * Matching asks "may this set occur?" about a million times on a corpus of 3 MB, mostly to hear
 * no. Looping over a set's anchors for each question costs a dozen lookups; instead each
 * registration is a set, and the scan marks, for each anchor it finds, the sets that hold it: the
 * answer is then one bit. A set registered after the scan is answered from its anchors' bits.
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
/** Per anchor id, the sets (registrations) that hold it. */
const anchorSets: number[][] = [];
/** Registrations so far: set ids are their indices. */
let setCount = 0;
let automaton: AnchorAutomaton | undefined;

/** Ids of anchors (non-empty, lower-case) and of their set, valid while `generation` lasts. */
export interface AnchorIds {
  generation: number;
  ids: Int32Array;
  set: number;
}

export function registerAnchors(anchors: readonly string[]): AnchorIds {
  if (anchorList.length + anchors.length > MAX_ANCHORS) {
    generation++;
    anchorIds.clear();
    anchorList.length = 0;
    anchorSets.length = 0;
    setCount = 0;
  }
  const ids = new Int32Array(anchors.length);
  anchors.forEach((anchor, k) => {
    let id = anchorIds.get(anchor);
    if (id === undefined) {
      id = anchorList.length;
      anchorIds.set(anchor, id);
      anchorList.push(anchor);
      anchorSets.push([]);
      automaton = undefined;
      version++;
    }
    ids[k] = id;
  });
  const set = setCount++;
  for (const id of new Set(ids)) anchorSets[id]!.push(set);
  return { generation, ids, set };
}

export function isCurrent(registered: AnchorIds | undefined): registered is AnchorIds {
  return registered?.generation === generation;
}

/** A lower-case text and, once asked, the registered anchors that occur in it. */
export class TextScan {
  private bits: Uint32Array | undefined;
  /** Per set registered before the scan: does one of its anchors occur? */
  private setBits: Uint32Array | undefined;
  private setsKnown = 0;
  private scannedAt = -1;
  private fastText: string | undefined;
  private fastOk = true;

  constructor(readonly lower: string) {}

  /** Does the anchor with this id (from a current registration) occur in the text? */
  has(id: number): boolean {
    if (this.scannedAt !== version) this.scan();
    return ((this.bits![id >>> 5]! >>> (id & 31)) & 1) === 1;
  }

  /** Does some anchor of this (current) registration occur in the text? */
  hasAny(registered: AnchorIds): boolean {
    if (this.scannedAt !== version) this.scan();
    const set = registered.set;
    if (set < this.setsKnown) return ((this.setBits![set >>> 5]! >>> (set & 31)) & 1) === 1;
    for (const id of registered.ids) if (this.has(id)) return true;
    return false;
  }

  /** TermPattern.fastFor(text), for the text this scan is of (asked once per text, not per set). */
  fastFor(text: string): boolean {
    if (text !== this.fastText) {
      this.fastText = text;
      this.fastOk = TermPattern.fastFor(text);
    }
    return this.fastOk;
  }

  private scan(): void {
    automaton ??= new AnchorAutomaton(anchorList);
    const bits = new Uint32Array((anchorList.length + 31) >>> 5);
    const setBits = new Uint32Array((setCount + 31) >>> 5);
    automaton.scan(this.lower, (id) => {
      const word = id >>> 5;
      const bit = 1 << (id & 31);
      if (bits[word]! & bit) return;
      bits[word]! |= bit;
      for (const set of anchorSets[id]!) setBits[set >>> 5]! |= 1 << (set & 31);
    });
    this.bits = bits;
    this.setBits = setBits;
    this.setsKnown = setCount;
    this.scannedAt = version;
  }
}
