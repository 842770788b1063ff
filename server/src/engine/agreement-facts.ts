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

export function agreementFacts(doc: ParsedDocument, lexicon: Lexicon): { responsesIncorporated?: Incorporation; conformance?: Conformance } {
  const incorporation = incorporatedResponses(doc, lexicon.incorporation);
  const conformance = conformanceOf(doc, lexicon);
  return { ...(incorporation ? { responsesIncorporated: incorporation } : {}), ...(conformance ? { conformance } : {}) };
}
