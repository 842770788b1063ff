/**
 * Facts of the whole agreement that reading a clause needs, found once with the parties so that
 * every block of a draft sees them (the editor re-reads one block at a time): the clause that makes
 * questionnaire responses terms (answer-reading.ts), and the conformance clause that says how
 * SHOULD and MAY read (conformance.ts).
 */
import { incorporatedResponses, type Incorporation } from './answer-reading';
import { conformanceOf, type Conformance } from './conformance';
import type { Lexicon } from './lexicon';
import type { ParsedDocument } from './parse';

export type { Incorporation } from './answer-reading';
export type { Conformance } from './conformance';

/**
 * At most this many "shall" or "must" in a whole draft: it binds in the present indicative, as
 * civil-law contracts and their technical annexes do ("The Holder applies the patches within ten
 * days"). A draft that writes its duties with "shall" uses the present to describe.
 */
const PRESENT_TENSE_DRAFT_MODALS = 2;

export function agreementFacts(doc: ParsedDocument, lexicon: Lexicon): { responsesIncorporated?: Incorporation; conformance?: Conformance; dutiesInPresent?: true } {
  const incorporation = incorporatedResponses(doc, lexicon.incorporation);
  const conformance = conformanceOf(doc, lexicon);
  const modals = (doc.text.match(/\b(?:shall|must)\b/gi) ?? []).length;
  return { ...(incorporation ? { responsesIncorporated: incorporation } : {}), ...(conformance ? { conformance } : {}), ...(modals <= PRESENT_TENSE_DRAFT_MODALS ? { dutiesInPresent: true as const } : {}) };
}
