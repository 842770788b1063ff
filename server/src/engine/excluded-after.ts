/**
 * "Security monitoring is described here for information; it is not part of the Standard tier",
 * "Backups are listed above for completeness; they are not included in the Services": a later
 * clause that points back to what the first named ("it", "they", "this") and says it is not part
 * of the services, the scope, or the tier or plan bought takes it away, though it repeats none of
 * the requirement's words.
 *
 * A tier or plan named so ("the Standard tier", "the Basic plan") is read as the customer's own:
 * a service description that excludes a feature from a tier says so to the customers on it, and
 * the hover says which tier was assumed. Only an exclusion that ends the clause: "it is not part
 * of the Services for test environments" narrows, it does not exclude.
 */
import type { Span } from './types';

// The words (the pointer back, "is not part of", the services or a tier) are the lexicon's
// (`laterExclusions`, failure-words.ts).

export interface LaterExclusion {
  /** The words that exclude it, relative to the text. */
  start: number;
  end: number;
  /** The tier or plan named, when the exclusion is from one. */
  tier?: string;
}

/** The later clause `c` of `text` that excludes, by pointing back, what the first clause named. */
export function excludedByLaterClause(text: string, c: Span, excluded: RegExp): LaterExclusion | undefined {
  const scope = text.slice(c.start, c.end);
  const m = excluded.exec(scope);
  // The whole of it excluded: "… for the Customer's test environments" after it only narrows.
  if (!m || !/^[\s.!)*_]*$/.test(scope.slice(m[0].length))) return undefined;
  const lead = m[0].search(/\S/);
  return { start: c.start + lead, end: c.start + m[0].length, ...(m[1] ? { tier: m[1].trim() } : {}) };
}

/** The reason shown for such a clause. */
export function exclusionReason(e: LaterExclusion, words: string): string {
  return e.tier
    ? `a later clause excludes it from the ${e.tier} tier (“${words}”); read as the customer's tier (assumed: the document excludes it for customers on the ${e.tier} tier)`
    : `a later clause says it is not part of what is provided (“${words}”)`;
}
