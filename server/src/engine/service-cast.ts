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
import type { ParsedDocument } from './parse';
import type { PartyName } from './parties';

/** How many opening units may hold the preamble and recitals (as parties.ts reads them). */
const RECITAL_UNITS = 40;
/** What a party does with the services when it provides them. */
const SERVICE_VERB = String.raw`(?:provides?|providing|delivers?|delivering|operates?|operating|supplies|supply|supplying|performs?|performing|runs?|manages?|hosts?)`;
/** What is provided: the services or the systems run for the other party. */
const SERVICE_OBJECT = String.raw`(?:services?|systems?|ICT|IT|infrastructure|platform|solution|support)`;
/**
 * Words between the verb and the object that show another act: "provide the Supplier with
 * access to its systems", "supply information about the services", "provide data to the systems".
 */
const OTHER_ACT = /\b(?:with|to|for|access|information|data|details|premises|facilities|instructions|payment|funding|about)\b/iu;
/** Modal and framing words between the party and its act: "will also", "has agreed to", "intends to". */
const LEAD_IN = String.raw`(?:(?:already|also|currently|now|will|shall|must|agrees\s+to|has\s+agreed\s+to|undertakes\s+to|is\s+to|intends\s+to|is\s+willing\s+to|wishes\s+to|has\s+(?:been\s+)?(?:engaged|appointed|retained|contracted|commissioned)(?:\s+by\s+[^,.;()]{1,60}?)?\s+to|is\s+(?:engaged|appointed|retained|contracted|commissioned)(?:\s+by\s+[^,.;()]{1,60}?)?\s+to|(?:engaged|appointed|retained)(?:\s+by\s+[^,.;()]{1,60}?)?\s+to)\s+)*`;

/**
 * Re-cast the parties in `names` (changed in place) when the preamble or recitals cast a party
 * named with a customer word as the one that provides the services; `roleNames` are the conventional
 * role names ("Customer", "Client"), never re-cast. Returns what was assumed, for
 * the hover, or undefined.
 */
export function castServiceProvider(doc: ParsedDocument, names: PartyName[], roleNames: string[]): string | undefined {
  const isPronoun = (n: PartyName): boolean => /^(?:we|us|you)$/i.test(n.term);
  // A party defined with a provider word ("the Consultant") is cast by its name already.
  if (names.some((n) => n.role === 'provider' && n.definedAt !== undefined && !n.assumed && !n.staffOf && !isPronoun(n))) return undefined;
  // A bare role name ("the Customer") is a role, not a name that merely holds a customer word.
  const isRoleName = (n: PartyName): boolean => roleNames.some((w) => w.toLowerCase() === n.term.toLowerCase());
  const candidates = names.filter((n) => n.role === 'customer' && n.definedAt !== undefined && !n.staffOf && !isPronoun(n) && !isRoleName(n));
  if (!candidates.length) return undefined;
  const counts = castCounts(doc, candidates.map((n) => n.term));
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

/** Per term (lower case), the opening sentences that cast it as providing the services. */
function castCounts(doc: ParsedDocument, terms: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const names = [...terms].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+'));
  // The party, then (after its definition's closing quote and parenthesis, or a "which"/"who") its act.
  const re = new RegExp(
    String.raw`(?<![\p{L}\p{N}])(${names.join('|')})["”’]?\)?,?\s+(?:(?:which|who)\s+)?${LEAD_IN}${SERVICE_VERB}\s+((?:[\p{L}\p{N}'’&-]+\s+){0,6}?)${SERVICE_OBJECT}\b`,
    'gu',
  );
  const limit = Math.min(doc.units.length, RECITAL_UNITS);
  for (let i = 0; i < limit; i++) {
    for (const s of doc.units[i]!.sentences) {
      for (const m of s.text.matchAll(re)) {
        if (OTHER_ACT.test(m[2]!)) continue;
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
