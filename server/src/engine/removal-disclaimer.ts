/**
 * "… but is not required to purge copies retained in its backups": a disclaimer of deleting a
 * thing says the thing may be kept. It disclaims neither backing the thing up nor retaining it,
 * so it is no evidence either way for a requirement whose concept is what would be deleted.
 * Deleting accounts or access is another matter: that is deprovisioning itself, so "not required
 * to delete the accounts of leavers" keeps its force.
 */
import { conceptSpans } from './clause-verbs';
import { lexiconFor } from './catalog/lexicon-file';
import { actAfter } from './sentence-kinds';
import type { Requirement, Span } from './types';

export function disclaimsRemovalOnly(text: string, region: Span & { text: string }, negation: Span, conceptAt: number, req: Requirement): boolean {
  if (region.text !== text) return false;
  const act = actAfter(text, negation.end, region.end).replace(/^to\s+/i, ''); // "no obligation to delete"
  const lexicon = lexiconFor(req);
  const removal = lexicon.actVerbs.removal.exec(act); // "purge", "erase" (lexicon `actVerbs`)
  // Deleting accounts, credentials or keys removes access, not data (lexicon `accessObjects`).
  if (!removal || lexicon.accessObject.test(act)) return false;
  const actStart = region.end - act.length; // actAfter returns a suffix of the region
  const actEnd = actStart + removal[0].length;
  if (conceptAt < actEnd) return false;
  // The deletion is the requirement's own act.
  return !conceptSpans(text, req).some((c) => c.start < actEnd && c.end > actStart);
}
