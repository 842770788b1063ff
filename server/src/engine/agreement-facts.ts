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
/**
 * And it binds its parties in words of its own at least this often ("is bound to", "undertakes to":
 * the lexicon's binding verbs other than the modals): a note or a description with no "shall" binds
 * no one in the present ("The Provider applies least privilege" stays a description).
 */
const PRESENT_TENSE_DRAFT_BINDINGS = 2;
const MODAL = /^(?:shall|must|will)$/i;

function bindsInPresent(doc: ParsedDocument, lexicon: Lexicon): boolean {
  if ((doc.text.match(/\b(?:shall|must)\b/gi) ?? []).length > PRESENT_TENSE_DRAFT_MODALS) return false;
  const verbs = new RegExp(lexicon.contractSignals.bindingVerb.source, 'gi');
  let own = 0;
  for (const m of doc.text.matchAll(verbs)) if (!MODAL.test(m[0]) && ++own >= PRESENT_TENSE_DRAFT_BINDINGS) return true;
  return false;
}

export function agreementFacts(doc: ParsedDocument, lexicon: Lexicon): { responsesIncorporated?: Incorporation; conformance?: Conformance; dutiesInPresent?: true } {
  const incorporation = incorporatedResponses(doc, lexicon.incorporation);
  const conformance = conformanceOf(doc, lexicon);
  return { ...(incorporation ? { responsesIncorporated: incorporation } : {}), ...(conformance ? { conformance } : {}), ...(bindsInPresent(doc, lexicon) ? { dutiesInPresent: true as const } : {}) };
}
