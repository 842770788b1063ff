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
 * Every registered set is also a member of one family: a scan works out which members occur
 * from the distinct anchors found in its text, once, so "may this set occur?" is one bit test.
 * Matching asks it about every concept group of every requirement for every sentence (about half
 * a million questions on a 1.2 MB draft), most of them answered "no".
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
/** How many times the automaton was built (tests: a run should not rebuild it per requirement). */
let automatonBuilds = 0;

export function anchorAutomatonBuilds(): number {
  return automatonBuilds;
}

/** Ids of anchors (non-empty, lower-case), valid while `generation` lasts. */
export interface AnchorIds {
  generation: number;
  ids: Int32Array;
}

/** Per anchor id, the family members (registered sets) that hold it (dense: a sparse array is slow to read). */
let membersOf: number[][] = [];
let familySize = 0;
/** Bumped whenever the family changes: members worked out before are stale. */
let familyVersion = 0;
/** Bumped when the family starts afresh: members added before must be added again. */
let familyEpoch = 0;
/**
 * Past this many members, the family starts afresh: a long editing session compiles sets for
 * each document's own names and aliases, and every scan pays a bit for each member, live or not.
 */
const MAX_MEMBERS = 4096;

/** A set's place in the family, valid while its epoch lasts (isFamilyMember). */
export interface FamilyMember {
  epoch: number;
  member: number;
}

function newFamily(): void {
  membersOf = [];
  familySize = 0;
  familyVersion++;
  familyEpoch++;
}

export function registerAnchors(anchors: readonly string[]): AnchorIds {
  if (anchorList.length + anchors.length > MAX_ANCHORS) {
    generation++;
    anchorIds.clear();
    anchorList.length = 0;
    newFamily();
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

/**
 * Adds a set of anchors (ids of a current registration) to the family: its member number is for
 * TextScan.hasMember, while the registration is current and isFamilyMember holds.
 */
export function addFamilyMember(ids: Int32Array): FamilyMember {
  if (familySize >= MAX_MEMBERS) newFamily();
  const member = familySize++;
  for (const id of ids) {
    while (membersOf.length <= id) membersOf.push([]);
    membersOf[id]!.push(member);
  }
  familyVersion++;
  return { epoch: familyEpoch, member };
}

export function isFamilyMember(member: FamilyMember | undefined): member is FamilyMember {
  return member?.epoch === familyEpoch;
}

export function isCurrent(registered: AnchorIds | undefined): registered is AnchorIds {
  return registered?.generation === generation;
}

/** A lower-case text and, once asked, the registered anchors that occur in it. */
export class TextScan {
  private bits: Uint32Array | undefined;
  private scannedAt = -1;
  /** The distinct anchor ids found, in the order first found. */
  private found: number[] = [];
  /** One bit per family member that holds a found anchor, as of familyAt. */
  private members: Uint32Array | undefined;
  private familyAt = -1;
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

  /** Does an anchor of the family member occur (one it was added with: addFamilyMember)? */
  hasMember(member: number): boolean {
    if (this.scannedAt !== version) this.scan();
    if (this.familyAt !== familyVersion) this.findMembers();
    return ((this.members![member >>> 5]! >>> (member & 31)) & 1) === 1;
  }

  private scan(): void {
    if (!automaton) {
      automaton = new AnchorAutomaton(anchorList);
      automatonBuilds++;
    }
    const bits = new Uint32Array((anchorList.length + 31) >>> 5);
    const found: number[] = [];
    automaton.scan(this.lower, (id) => {
      const bit = 1 << (id & 31);
      if ((bits[id >>> 5]! & bit) === 0) found.push(id);
      bits[id >>> 5]! |= bit;
    });
    this.bits = bits;
    this.found = found;
    this.scannedAt = version;
    this.familyAt = -1;
  }

  private findMembers(): void {
    const members = new Uint32Array((familySize + 31) >>> 5);
    for (const id of this.found) {
      const of = membersOf[id];
      if (of) for (let k = 0; k < of.length; k++) members[of[k]! >>> 5]! |= 1 << (of[k]! & 31); // ids past the family's: none
    }
    this.members = members;
    this.familyAt = familyVersion;
  }
}
