/**
 * A customer may write to its provider in its own voice: a side letter, comfort letter or
 * procurement letter says "we require that you …" with "we" the customer and "you" the provider,
 * the reverse of terms of service. The document then defines both pronouns by the parties' names
 * ("Acme Clinics LLP ("we", "us") and Beacon IT Ltd ("you")"), and what the provider runs is
 * "yours": "your engineers", "your service desk", "your other clients". Only a provider has those,
 * so when the defined "you" holds them more often than the defined "we", "you" is the provider.
 */
import type { ParsedDocument } from './parse';
import type { PartyName } from './parties';

/** How many opening units are read for the possessives (as parties.ts reads definitions). */
const UNITS_READ = 400;
/** "your" must hold the provider's things this many times, and more often than "our". */
const MIN_HOLDINGS = 3;

function escape(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/** Does the document speak as the customer ("we") to its provider ("you")? `holdings` is the lexicon's `providerHoldings`. */
export function speaksAsCustomer(doc: ParsedDocument, names: readonly PartyName[], holdings: readonly string[]): boolean {
  const defined = (re: RegExp): boolean => names.some((n) => re.test(n.term) && n.definedAt !== undefined);
  if (!holdings.length || !defined(/^we$/i) || !defined(/^you$/i)) return false;
  const things = [...holdings].sort((a, b) => b.length - a.length).map(escape).join('|');
  const held = (owner: string): RegExp => new RegExp(`\\b${owner}\\s+(?:own\\s+|other\\s+)?(?:${things})\\b`, 'gi');
  let yours = 0;
  let ours = 0;
  for (const unit of doc.units.slice(0, UNITS_READ)) {
    for (const s of unit.sentences) {
      yours += s.text.match(held('your'))?.length ?? 0;
      ours += s.text.match(held('our'))?.length ?? 0;
    }
  }
  return yours >= MIN_HOLDINGS && yours > 2 * ours;
}

/** The role a pronoun takes when the customer speaks: first person the customer, second person the provider. */
export function customerVoiceRole(term: string, firstPerson: readonly string[], secondPerson: readonly string[]): 'provider' | 'customer' | undefined {
  const t = term.toLowerCase();
  if (t === 'our' || firstPerson.some((w) => w.toLowerCase() === t)) return 'customer';
  if (t === 'your' || secondPerson.some((w) => w.toLowerCase() === t)) return 'provider';
  return undefined;
}
