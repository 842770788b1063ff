/**
 * A heading names what the clauses under it are about; what a sentence does is its own. For a
 * requirement whose act is telling (its first detect list is made only of words of telling:
 * notify, report, inform), a heading such as "Cyber Incident Reporting" may lend the act to a
 * sentence with no modal of its own ("Within 24 hours of discovery, by telephone.") or one that
 * tells in other words ("shall contact the Customer's security desk"), but not to a sentence
 * whose own modal does something else: "The Contractor shall preserve images of the affected
 * systems for 90 days" or "shall implement the standard as soon as practical" under that heading
 * notify no one, whatever period they name; nor does "Security incidents are handled under the
 * incident response policy", a present-tense statement of another act, under "Reporting".
 */
import { lexiconFor } from './catalog/lexicon-file';
import type { TermHit } from './terms';
import type { Requirement } from './types';

const actIsTelling = new WeakMap<Requirement, boolean>();

/** Is every term of the requirement's first detect list a word of telling? */
function tellingRequirement(req: Requirement): boolean {
  let known = actIsTelling.get(req);
  if (known === undefined) {
    const telling = lexiconFor(req).tellingActs;
    const first = req.detect[0] ?? [];
    known = first.length > 0 && first.every((term) => telling.find(term).some((h) => h.start === 0 && h.end === term.length));
    actIsTelling.set(req, known);
  }
  return known;
}

/**
 * Does the sentence take a telling act only from its heading (or a cited clause) while its own
 * modal does something else? `byGroup` holds the sentence's own hits per detect group.
 */
export function actOnlyLent(req: Requirement, byGroup: readonly TermHit[][], text: string): boolean {
  if (byGroup[0]?.length || !tellingRequirement(req)) return false;
  const lex = lexiconFor(req);
  if (lex.tellingActs.find(text).length) return false;
  // Its own act: a modal's, or a requirement stated in the present tense ("incidents are handled under the IR policy").
  return lex.binding.find(text).length > 0 || lex.presentPassive.test(text);
}
