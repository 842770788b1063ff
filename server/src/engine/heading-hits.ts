/** The words that head a unit (headings, captions, lead-ins) against a requirement's concept groups (match.ts). */
import type { TermSet } from './terms';
import type { Requirement } from './types';
import type { TextScan } from './text-scan';

/**
 * Can every group be hit, by the sentence `text` (its scanned anchors) or by the words that head
 * it? The topic group is asked whether one of its terms has all its words in the sentence
 * (TermSet.mayMatch): a sentence it rejects finds no topic hit, so matching would drop it, and
 * the words cost bit tests where finding costs a call per sentence and requirement. The other
 * groups are asked about their anchors only: a sentence with its topic but without another
 * group's words may still disclaim the topic (topic-disclaimer.ts), so it is read.
 */
export function mayBeSatisfied(groups: TermSet[], context: HeadingHits, text: string, scan: TextScan): boolean {
  if (!groups[0]!.mayMatch(text, scan) && !context.hits(0)) return false;
  for (let g = 1; g < groups.length; g++) if (!groups[g]!.mayOccur(scan) && !context.hits(g)) return false;
  return true;
}

/**
 * Which of a requirement's concept groups the words that head a unit hit (headings, captions,
 * lead-ins), each group's answer worked out when first asked: most sentences are dropped on the
 * topic group, so the other groups' patterns rarely need to run on the headings at all.
 */
export class HeadingHits {
  /**
   * Bit g: group g asked about, and hit. Bits, not an array: one of these is made per requirement
   * and heading context, and an array's first element costs a backing store (13 MB over a cold
   * check of the 1.2 MB draft).
   */
  private known = 0;
  private hit = 0;

  constructor(
    private readonly groups: TermSet[],
    private readonly text: string,
    private readonly scan: TextScan,
    /** Indices of the first group's generic terms (`genericActs`: "review"). */
    private readonly generic?: ReadonlySet<number>,
  ) {}

  /**
   * Does the heading hit group `g` for the sentence `text` (left out: for any sentence)? A title
   * that names only the object of a generic act ("Security requirements" for a review) heads
   * clauses about many acts, and a review in one of them ("patch status is reported at each
   * monthly review") is of something else: it lends that object only to a sentence with a
   * specific act ("audit"), or when it names the act itself ("Review of the security terms").
   */
  hits(g: number, text?: string, scan?: TextScan): boolean {
    const hit = this.headingHits(g);
    if (!hit || g === 0 || !this.generic || text === undefined || this.hits(0)) return hit;
    return this.specificActIn(text, this.generic, scan);
  }

  /** Apart from `hits`: its closure would allocate a context on every call (see TermSet.mayOccur). */
  private specificActIn(text: string, generic: ReadonlySet<number>, scan?: TextScan): boolean {
    return !this.groups[0]!.find(text, 0, scan).every((h) => generic.has(h.index));
  }

  /** Does the heading text itself hit group `g`? (Worked out once per group.) */
  private headingHits(g: number): boolean {
    if (g >= 31) return this.test(g); // no requirement has that many groups; still correct if one does
    const bit = 1 << g;
    if ((this.known & bit) === 0) {
      this.known |= bit;
      if (this.test(g)) this.hit |= bit;
    }
    return (this.hit & bit) !== 0;
  }

  private test(g: number): boolean {
    if (this.text === '' || !this.groups[g]!.test(this.text, this.scan)) return false;
    if (g !== 0 || !SUBJECT_LIST.test(this.text)) return true;
    // A heading that lists several subjects ("10. Maintenance, Patching and Backup") heads a
    // paragraph on each: it lends none of them as the topic, the paragraph names its own.
    const rest = this.text.split(' \n ').filter((line) => !SUBJECT_LIST.test(line)).join(' \n ');
    return rest !== '' && this.groups[g]!.test(rest);
  }
}

/** A heading line that is a list of three or more subjects: "A, B and C", "A, B, C & D" (an optional number first). */
const SUBJECT_LIST = /(?:^|\n )(?:[\d.]+\s+)?[^,\n.;:]{2,40}(?:,\s*[^,\n.;:]{2,40})+,?\s+(?:and|&)\s+[^,\n.;:]{2,40}(?: \n|$)/iu;

const genericCache = new WeakMap<Requirement, ReadonlySet<number> | undefined>();

/** The indices in the first detect list of the requirement's `genericActs` (undefined: none). */
export function genericActs(req: Requirement): ReadonlySet<number> | undefined {
  if (!req.genericActs?.length) return undefined;
  if (!genericCache.has(req)) genericCache.set(req, new Set(req.genericActs.map((t) => req.detect[0]!.indexOf(t)).filter((k) => k >= 0)));
  return genericCache.get(req);
}

/**
 * "### 8.7 Patching" followed by "8.8 **Suppliers.** …": a clause numbered as a sibling of its
 * heading's number (same depth and parent, another last part) is a clause of its own that the
 * drafter wrote without a heading, not a part of the headed one; that heading's topic is not its.
 */
export function siblingOfHeading(enumerator: string | undefined, headingNumber: string | undefined): boolean {
  const own = enumerator?.replace(/\.$/, '');
  if (!own || !headingNumber || !/^\d+(?:\.\d+)+$/.test(own) || !/^\d+(?:\.\d+)+$/.test(headingNumber)) return false;
  const a = own.split('.');
  const b = headingNumber.split('.');
  return a.length === b.length && a.slice(0, -1).join('.') === b.slice(0, -1).join('.') && a[a.length - 1] !== b[b.length - 1];
}
