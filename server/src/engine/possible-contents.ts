/**
 * A list of what something may cover is no duty to provide any item in it. "The services ordered
 * under this agreement may include hosting services, backup services and help desk services"
 * tells what an order could hold; whether backups are owed depends on the order. When every word
 * of the requirement's topic stands in the list after "may include" (lexicon `possibleContents`),
 * the sentence is no evidence. A topic named before the list ("Backups may include snapshots")
 * stays a statement about it and is read as usual, and so does a list that describes what a duty
 * delivers ("Zeta shall answer requests in writing (which may include audit reports)"): with a
 * binding word of its own (lexicon `binding`), the sentence is read as before (weak for "may").
 */
import { lexiconFor } from './catalog/lexicon-file';
import { termSet } from './terms';
import type { Requirement } from './types';

/** Does every topic word of `req` in `text` stand in a list opened by "may include" and the like? */
export function onlyInPossibleContents(text: string, req: Requirement): boolean {
  const lex = lexiconFor(req);
  const opener = lex.possibleContents.find(text)[0];
  if (!opener || lex.binding.find(text).length) return false;
  const hits = termSet(req.detect[0] ?? []).find(text);
  if (!hits.length) return false;
  // The list runs to the end of its clause.
  const stop = text.slice(opener.end).search(/[;:]/);
  const end = stop < 0 ? text.length : opener.end + stop;
  return hits.every((h) => h.start >= opener.end && h.start < end);
}
