/** The words that head a unit (headings, captions, lead-ins) against a requirement's concept groups (match.ts). */
import type { TermSet } from './terms';
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
  ) {}

  hits(g: number): boolean {
    let hit = this.known[g];
    if (hit === undefined) this.known[g] = hit = this.text !== '' && this.groups[g]!.test(this.text, this.scan);
    return hit;
  }
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
