/**
 * A permission narrowed by "only" is a restriction: "Provider personnel may access Customer
 * systems only through multi-factor authentication" forbids any other access. Where the
 * requirement's own words sit in that narrowing (after "only"), the sentence binds as a
 * prohibition would; where they are the permitted act ("may back up data only on request"),
 * nothing is owed and "may" stays permissive.
 */

/** "only" (or "solely"/"exclusively") followed by the condition, purpose, means or extent that limits the act. */
const RESTRICTING_ONLY = /\b(?:only|solely|exclusively)\s+(?:and\s+)?(?:when|if|where|whenever|while|to\s+the\s+extent|for|as|with|after|upon|on|in|within|through|via|by|from|under|during|so\s+far\s+as|insofar\s+as|in\s+accordance)\b/i;

/** Words between the modal and its "only": one clause, not the next sentence part. */
const MAX_GAP_WORDS = 25;

/**
 * Is the permissive modal ending at `verbEnd` narrowed by a restricting "only" that precedes the
 * concept at `conceptAt` within the same clause (`text[verbEnd, clauseEnd)`)?
 */
export function restrictsByOnly(text: string, verbEnd: number, clauseEnd: number, conceptAt: number): boolean {
  const after = text.slice(verbEnd, clauseEnd);
  const m = RESTRICTING_ONLY.exec(after);
  if (!m) return false;
  const gap = after.slice(0, m.index);
  if (/[;:]/.test(gap) || (gap.match(/[\p{L}\p{N}]+/gu) ?? []).length > MAX_GAP_WORDS) return false;
  return conceptAt >= verbEnd + m.index;
}
