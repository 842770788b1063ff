/** The words that head a unit (headings, captions, lead-ins) against a requirement's concept groups (match.ts). */
import type { TermSet } from './terms';
import type { Requirement } from './types';
import type { TextScan } from './text-scan';

/** Can every group be hit, by the sentence (its scanned anchors) or by the words that head it? */
export function mayBeSatisfied(groups: TermSet[], context: HeadingHits, scan: TextScan): boolean {
  for (let g = 0; g < groups.length; g++) if (!groups[g]!.mayOccur(scan) && !context.hits(g)) return false;
  return true;
}

/**
 * Which of a requirement's concept groups the words that head a unit hit (headings, captions,
 * lead-ins), each group's answer worked out when first asked: most sentences are dropped on the
 * topic group, so the other groups' patterns rarely need to run on the headings at all.
 */
export class HeadingHits {
  private readonly known: (boolean | undefined)[] = [];

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
    let hit = this.known[g];
    if (hit === undefined) this.known[g] = hit = this.text !== '' && this.groups[g]!.test(this.text, this.scan);
    if (!hit || g === 0 || !this.generic || text === undefined || this.hits(0)) return hit;
    return !this.groups[0]!.find(text, 0, scan).every((h) => this.generic!.has(h.index));
  }
}

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
