/**
 * A subcontract casts its parties against their usual words. The party it defines as the one it
 * engages ("QUILLON LTD (the "Subcontractor")") does the work in the end customer's environment,
 * so it is the provider checked; the party that engages it ("the Prime Contractor", "the Main
 * Contractor", "the Supplier") is, in this document, its customer. Without this reading a
 * back-to-back subcontract is checked against the wrong party: every duty of the Subcontractor
 * reads as no party's, and every duty the prime keeps for itself reads as the provider's.
 */
import type { ParsedDocument } from './parse';
import type { PartyName } from './parties';
import type { Lexicon, PartyWords } from './lexicon';
import type { TermHit } from './terms';
import { outsideEntityNames } from './entity-names';
import { readReferencedParties } from './reference-parties';
import { castServiceProvider } from './service-cast';

/** The hover's assumptions once every cast is read (parties.ts reads the casts through this file). */
export { standingAssumptions } from './service-cast';

/** The subcontracted party's name, per document (keyed by its parties' name list). */
const subcontractedName = new WeakMap<readonly PartyName[], string>();

/** How many opening units may hold the parties' definitions (the preamble, as parties.ts reads it). */
const PREAMBLE_UNITS = 40;
/** `(the "Subcontractor")`, `("Sub-contractor")`: a name defined in parentheses after a party's legal name. */
const DEFINED_IN_PARENS = /\(\s*(?:the\s+)?["“]([^"“”\n]{1,40})["”]\s*\)/giu;

/**
 * How the document itself casts its parties, before any fallback: a subcontract's parties, the
 * words its interpretation clauses read as a party, then the party its recitals cast as providing
 * the services. Returns what was assumed, or undefined.
 */
export function castPartiesByDocument(doc: ParsedDocument, names: PartyName[], words: Required<PartyWords>, cast?: Lexicon['serviceCast']): string | undefined {
  const read = [castSubcontractParties(doc, names, words), readReferencedParties(doc, names)].filter((r) => r !== undefined);
  // The recitals' cast is a fallback for the name words only: a subcontract's cast comes first.
  if (!read.length) read.push(...[castServiceProvider(doc, names, words.conventional, cast)].filter((r) => r !== undefined));
  return read.length ? read.join('; ') : undefined;
}

/**
 * Re-cast the parties of a subcontract in `names` (changed in place): the subcontracted party
 * becomes the provider and every provider word the document defines for another party becomes
 * the customer side. Returns what was assumed, for the hover, or undefined when the document
 * defines no subcontracted party next to a provider party.
 */
export function castSubcontractParties(doc: ParsedDocument, names: PartyName[], words: Required<PartyWords>): string | undefined {
  const subcontracted = definedSubcontractor(doc, words.subcontracted);
  if (!subcontracted || names.some((n) => sameName(n.term, subcontracted.term))) return undefined;
  const engaging = names.filter((n) => n.role === 'provider' && n.definedAt !== undefined && !n.staffOf && !/^(?:we|us)$/i.test(n.term));
  if (!engaging.length) return undefined;
  const engagingTerms = engaging.map((n) => n.term);
  const performs = `read “${subcontracted.term}” as the provider: it performs the services under this subcontract`;
  for (const n of names) {
    const engages = engagingTerms.find((t) => sameName(n.term, t));
    if (n.role === 'provider' && engages) Object.assign(n, { role: 'customer', assumed: `read “${engages}” as the customer: it engages the ${subcontracted.term} under this subcontract` });
  }
  names.unshift({ term: subcontracted.term, role: 'provider', definedAt: subcontracted.at, assumed: performs });
  subcontractedName.set(names, subcontracted.term.toLowerCase());
  const assumed = [performs, ...engagingTerms.map((t) => `read “${t}” as the customer: it engages the ${subcontracted.term} under this subcontract`)].join('; ');
  return assumed;
}

/**
 * `hits` without the subcontracted party's own name and without the agreement's name for itself.
 * In a subcontract "the Subcontractor" (as defined, with its capital) is a party, not the
 * supply-chain topic, so "The End Customer may enforce clause 5 against the Subcontractor" says
 * nothing about subcontracting; and "this Subcontract" is the document itself, in any agreement.
 * The provider's own subcontractors keep their lower-case word or another name ("sub-subcontractor").
 */
export function outsideSubcontractedName(text: string, hits: TermHit[], names: readonly PartyName[]): TermHit[] {
  if (!hits.length) return hits;
  const name = subcontractedName.get(names);
  const isName = (h: TermHit): boolean =>
    SELF_REFERENCE.test(text.slice(Math.max(0, h.start - 5), h.end)) ||
    (name !== undefined && /^\p{Lu}/u.test(text.charAt(h.start)) && text.slice(h.start, h.end).toLowerCase().replace(/s$/, '') === name);
  return hits.some(isName) ? hits.filter((h) => !isName(h)) : hits;
}

/** "this Subcontract", "this sub-contract": the agreement's name for itself (checked on the hit and the five characters before it). */
const SELF_REFERENCE = /^this\s+sub-?contract$/i;

/** A sentence's term hits without those inside a company's name (entity-names.ts) or the subcontracted party's name. */
export function outsidePartyAndEntityNames(text: string, hits: TermHit[], names: readonly PartyName[]): TermHit[] {
  return outsideSubcontractedName(text, outsideEntityNames(text, hits), names);
}

/** "the Prime Contractor" and "Prime Contractor" are one name. */
function sameName(a: string, b: string): boolean {
  const bare = (t: string): string => t.replace(/^the\s+/i, '').replace(/\s+/g, ' ').toLowerCase();
  return bare(a) === bare(b);
}

/** The first subcontracted-party name defined in the preamble after a legal name, and where. */
function definedSubcontractor(doc: ParsedDocument, subcontracted: string[]): { term: string; at: number } | undefined {
  if (!subcontracted.length) return undefined;
  const heads = subcontracted.map((w) => w.toLowerCase());
  const limit = Math.min(doc.units.length, PREAMBLE_UNITS);
  for (let i = 0; i < limit; i++) {
    for (const s of doc.units[i]!.sentences) {
      if (!s.text.includes('(')) continue;
      DEFINED_IN_PARENS.lastIndex = 0;
      for (let m = DEFINED_IN_PARENS.exec(s.text); m; m = DEFINED_IN_PARENS.exec(s.text)) {
        const term = m[1]!.trim().replace(/^the\s+/i, '');
        const lower = term.toLowerCase();
        if (!heads.some((h) => lower === h || lower.endsWith(' ' + h))) continue;
        // A party: a capitalised name stands before the parenthesis in the same sentence.
        if (/\p{Lu}[\p{L}&.-]+/u.test(s.text.slice(0, m.index))) return { term, at: s.start + m.index };
      }
    }
  }
  return undefined;
}
