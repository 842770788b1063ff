/**
 * "However, the Provider is not required to provide any information or records that would breach
 * its confidentiality obligations": a disclaimer whose object is only the material a ground for
 * withholding covers (another party's confidences, legal privilege, other customers, the security
 * of its systems; lexicon `withholdingGrounds`) holds that material back and leaves the duty to
 * inform standing for the rest. It limits the duty; it does not disclaim it. Without such a
 * ground ("is not required to provide any records that the Customer requests", "… any records")
 * the disclaimer reaches the whole duty and keeps its force.
 */
import type { Lexicon } from './lexicon';
import { actAfter } from './sentence-kinds';
import type { Span } from './types';

/** "provide (the Customer with) any information or records that|which|whose …": an object restricted by a relative clause. */
const RESTRICTED_OBJECT = /^(?:to\s+)?(?:[\p{L}'’-]+\s+){1,5}?(?:any|those|such)\s+(?:[\p{L}'’-]+,?\s+){0,8}?(?:that|which|whose|where)\s+/iu;
/** How far after the relative pronoun the ground must be named (words of the relative clause). */
const GROUND_REACH = 160;

/** Does the negation at `negation` in `region` withhold only what a ground for withholding covers? */
export function withholdsOnlySome(text: string, region: Span & { text: string }, negation: Span, lex: Lexicon): boolean {
  if (region.text !== text) return false;
  const act = actAfter(text, negation.end, region.end);
  const restricted = RESTRICTED_OBJECT.exec(act);
  if (!restricted) return false;
  const clause = act.slice(restricted[0].length, restricted[0].length + GROUND_REACH);
  return lex.withholdingGrounds.find(clause).length > 0;
}
