/**
 * A party's role from how the document casts it, before any word in its name. A preamble or
 * recital says which party provides the services ("Northshire Shared Services Company Limited
 * (the "Service Company"), which provides ICT services to …", "the Service Company will operate
 * the Council's ICT", "the Company has been appointed to provide the Services"). When the name
 * itself holds a customer word ("Company", which consulting agreements use for the client), the
 * name word is only a fallback: the cast party is the provider checked and the other party its
 * customer. Read only where no party is defined with a provider word, so a consulting agreement
 * where "the Company" engages "the Consultant" keeps the Company as the customer.
 */
import { bundledLexicon } from './catalog/lexicon-file';
import type { Lexicon } from './lexicon';
import type { ParsedDocument } from './parse';
import type { PartyName } from './parties';

/** How many opening units may hold the preamble and recitals (as parties.ts reads them). */
const RECITAL_UNITS = 40;
/**
 * The words are the lexicon's (`serviceCast`, reading-words.ts): what a party does with the
 * services ("provides", "operates"), what it provides ("services", "ICT"), the framing between
 * the party and its act ("will also", "has been appointed to") and the words that show another
 * act between the verb and its object ("provide the Supplier with access to its systems").
 */
type CastPatterns = Lexicon['serviceCast'];

/**
 * Re-cast the parties in `names` (changed in place) when the preamble or recitals cast a party
 * named with a customer word as the one that provides the services; `roleNames` are the conventional
 * role names ("Customer", "Client"), never re-cast. Returns what was assumed, for
 * the hover, or undefined.
 */
export function castServiceProvider(doc: ParsedDocument, names: PartyName[], roleNames: string[], words: CastPatterns = bundledLexicon().serviceCast): string | undefined {
  const isPronoun = (n: PartyName): boolean => /^(?:we|us|you)$/i.test(n.term);
  // A party defined with a provider word ("the Consultant") is cast by its name already.
  if (names.some((n) => n.role === 'provider' && n.definedAt !== undefined && !n.assumed && !n.staffOf && !isPronoun(n))) return undefined;
  // A bare role name ("the Customer") is a role, not a name that merely holds a customer word.
  const isRoleName = (n: PartyName): boolean => roleNames.some((w) => w.toLowerCase() === n.term.toLowerCase());
  const candidates = names.filter((n) => n.role === 'customer' && n.definedAt !== undefined && !n.staffOf && !isPronoun(n) && !isRoleName(n));
  if (!candidates.length) return undefined;
  const counts = castCounts(doc, candidates.map((n) => n.term), words);
  const ranked = candidates.map((n) => ({ n, count: counts.get(n.term.toLowerCase()) ?? 0 })).sort((a, b) => b.count - a.count);
  const best = ranked[0]!;
  // Two parties cast alike (a shared service both run) say nothing about which is checked.
  if (best.count === 0 || (ranked[1] && ranked[1].count === best.count && ranked[1].n.term.toLowerCase() !== best.n.term.toLowerCase())) return undefined;
  const provider = best.n.term;
  const cast = `read “${provider}” as the provider: the document casts it as the party that provides the services`;
  const assumed = [cast];
  for (const n of names) {
    if (n.role === 'both' || n.conventional || n.staffOf || isPronoun(n)) continue;
    if (n.term.toLowerCase() === provider.toLowerCase()) Object.assign(n, { role: 'provider', assumed: cast });
    else if (n.role === 'provider' && n.definedAt !== undefined) {
      const other = `read “${n.term}” as the customer: the ${provider} provides the services to it`;
      Object.assign(n, { role: 'customer', assumed: other });
      assumed.push(other);
    }
  }
  return assumed.join('; ');
}

/** A party the preamble introduces under a name with no role word: `… Pty Ltd (the "Franchisor")`. */
export interface PreambleParty {
  term: string;
  at: number;
  legalName?: string;
  /** A company's own short name ("Tarn" for Tarn Valley Systems, Inc.): prose names it without an article. */
  ownName?: boolean;
}

/**
 * Parties named with no role word ("the CUSO" and "the Credit Union", "the Franchisor" and "the
 * Franchisee") are cast by what the document says they do: when no side is defined otherwise and
 * the preamble or recitals cast exactly one of them as providing the services ("The Franchisor
 * provides the Managed Technology Services to …", "the CUSO shall provide the managed services"),
 * it is the provider and the other parties are its customers. Adds them to `names`; returns what
 * was assumed, or undefined.
 */
export function castRolelessParties(doc: ParsedDocument, names: PartyName[], parties: PreambleParty[], words: CastPatterns = bundledLexicon().serviceCast): string | undefined {
  const definedRoles = new Set(names.filter((n) => n.definedAt !== undefined && n.role !== 'both').map((n) => n.role));
  // A side defined by its role word and the provider only by its name ("Harlow Group Services
  // Limited (HGS)" and "(each a Recipient Affiliate)"): the cast party is the provider, and the
  // others the preamble names (an ultimate parent in the recitals) stay uncast.
  const onlyProviderMissing = definedRoles.size === 1 && definedRoles.has('customer');
  if (definedRoles.size > 0 && !onlyProviderMissing) return undefined;
  const taken = new Set(names.map((n) => n.term.toLowerCase()));
  const fresh = parties.filter((p, i) => !taken.has(p.term.toLowerCase()) && parties.findIndex((q) => q.term.toLowerCase() === p.term.toLowerCase()) === i);
  if (fresh.length < (onlyProviderMissing ? 1 : 2)) return undefined;
  const counts = castCounts(doc, fresh.map((p) => p.term), words);
  const count = (p: PreambleParty): number => counts.get(p.term.toLowerCase()) ?? 0;
  const best = Math.max(...fresh.map(count));
  const cast = fresh.filter((p) => count(p) === best);
  if (best === 0 || cast.length > 1) return undefined;
  const provider = cast[0]!;
  const assumed: string[] = [];
  for (const p of onlyProviderMissing ? [provider] : fresh) {
    const role = p === provider ? 'provider' : 'customer';
    const why = p === provider ? `read “${p.term}” as the provider: the document casts it as the party that provides the services` : `read “${p.term}” as the customer: the ${provider.term} provides the services to it`;
    names.push({ term: p.term, role, definedAt: p.at, assumed: why, ...(p.legalName ? { legalName: p.legalName } : {}), ...(p.ownName ? { ownName: true } : {}) });
    assumed.push(why);
  }
  return assumed.join('; ');
}

/** Per term (lower case), the opening sentences that cast it as providing the services. */
function castCounts(doc: ParsedDocument, terms: string[], words: CastPatterns): Map<string, number> {
  const counts = new Map<string, number>();
  const names = [...terms].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+'));
  const re = words.castOf(names);
  const limit = Math.min(doc.units.length, RECITAL_UNITS);
  for (let i = 0; i < limit; i++) {
    for (const s of doc.units[i]!.sentences) {
      for (const m of s.text.matchAll(re)) {
        if (words.otherAct.test(m[2]!)) continue;
        const key = m[1]!.replace(/\s+/g, ' ').toLowerCase();
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/**
 * `assumptions` without those a later cast overturned: "read “Council” as the provider: …" goes
 * once the Council is read as the customer, so the hover says only what was finally assumed.
 */
export function standingAssumptions(assumptions: string[], names: readonly PartyName[]): string[] {
  return assumptions.filter((a) => {
    const m = /^read “([^”]+)” as the (provider|customer):/u.exec(a);
    if (!m || a.includes('; read “')) return true;
    const named = names.filter((n) => n.term.toLowerCase() === m[1]!.toLowerCase());
    return !named.length || named.some((n) => n.role === m[2]);
  });
}
