/**
 * A first sentence whose topic words are all in the title above it. Most sentences must name a
 * requirement's words themselves; two kinds take them from the title they open:
 *
 * - "### 12.3 Multi-Factor Authentication Required" + "The Provider shall ensure this at all
 *   times.": the sentence points back to the duty its heading states.
 * - "7. **Least privilege.** The Provider shall grant each engineer only what the engineer's
 *   duties need.": a run-in caption that names every word group of the requirement titles the
 *   sentence that follows it in the same paragraph; that sentence is the clause on the topic.
 */
import type { ParsedDocument } from './parse';
import type { TermSet } from './terms';

/**
 * Words by which a sentence points back to the duty its heading states. "This Agreement", "this
 * Schedule" point to the document, not to the duty.
 */
const REFERS_BACK = /\b(?:this(?!\s+(?:agreement|document|contract|schedule|sow|statement\s+of\s+work|order|addendum|exhibit|annex|appendix|rider|amendment)\b)|these|such|the same|the foregoing|the above|that requirement)\b/i;
/** "it", not the "IT" of a department or company name. */
const IT_PRONOUN = /\b(?:it|It)\b/;

/** Is unit `u` the first body text under its heading or run-in caption? */
function opensItsHeading(doc: ParsedDocument, u: number): boolean {
  const unit = doc.units[u]!;
  if (unit.caption) return true;
  const before = doc.units[u - 1];
  return before !== undefined && before.kind === 'heading' && unit.section >= 0 && before.start === doc.sections[unit.section]!.headingSpan.start;
}

/** What stands for the requirement's words in sentence `i` of unit `u`, if its title does (else undefined). */
export function headingBacking(doc: ParsedDocument, u: number, i: number, text: string, groups: readonly TermSet[]): string | undefined {
  if (i !== 0 || !opensItsHeading(doc, u)) return undefined;
  // The heading it points back to must itself state part of the duty: words only in the
  // document's title ("Managed Security Service — Service Description") title every section.
  const own = doc.sections[doc.units[u]!.section]?.title ?? '';
  if ((REFERS_BACK.test(text) || IT_PRONOUN.test(text)) && groups.some((g) => g.test(own))) return 'its heading, to which the sentence points back';
  const caption = doc.units[u]!.caption?.text;
  return caption && groups.every((g) => g.test(caption)) ? 'its caption, which names the topic' : undefined;
}
