/**
 * A requirement's words name the parties by the pack's conventional words: "Customer systems",
 * "access to the Client", "Provider Personnel". A draft that defines the customer as "the
 * Authority" or the provider as "the Supplier" says the same in its own words ("the Authority's
 * systems", "Supplier Personnel"), so each such term is read with the draft's defined terms as well.
 * Without this, "The Supplier shall use multi-factor authentication for all access to the
 * Authority's systems" matched no provider-access words at all.
 */
import type { Parties } from './parties';
import { termSet, type TermSet } from './terms';
import type { Requirement } from './types';

const CUSTOMER_WORD = /\b(?:Customer|Client)\b/g;
const PROVIDER_WORD = /\bProvider\b/g;
/** The conventional words themselves need no second reading. */
const CONVENTIONAL = new Set(['customer', 'client', 'provider']);

const cache = new Map<string, TermSet[] | null>();

/** Each term that names a party by a conventional word, also with the draft's own defined term for that side. */
export function withPartyWords(terms: readonly string[], customer: string, provider: string): string[] {
  const out: string[] = [];
  for (const term of terms) {
    // replace() with a global pattern resets lastIndex itself; an unchanged result names no party.
    if (customer) { const t = term.replace(CUSTOMER_WORD, customer); if (t !== term) out.push(t); }
    if (provider) { const t = term.replace(PROVIDER_WORD, provider); if (t !== term) out.push(t); }
  }
  return out.filter((t) => !terms.includes(t));
}

/**
 * The requirement's groups (`groups`, the first with the draft's topic `aliases` added) with the
 * party terms added, or undefined when the draft uses the conventional words or no term names a party.
 */
export function partyWordGroups(req: Requirement, groups: TermSet[], aliases: readonly string[], parties: Parties): TermSet[] | undefined {
  const customer = usable(parties.customer);
  const provider = usable(parties.provider);
  if (!customer && !provider) return undefined;
  const key = `${req.id}\u0000${customer}\u0000${provider}\u0000${aliases.join('\u0000')}`;
  let found = cache.get(key);
  if (found === undefined) {
    if (cache.size > 200) cache.clear();
    const firstTerms = aliases.length ? [...req.detect[0]!, ...aliases] : req.detect[0]!;
    let added = false;
    const next = groups.map((set, g) => {
      const terms = g === 0 ? firstTerms : req.detect[g]!;
      const extra = withPartyWords(terms, customer, provider);
      if (!extra.length) return set;
      added = true;
      return termSet([...terms, ...extra]);
    });
    found = added ? next : null;
    cache.set(key, found);
  }
  return found ?? undefined;
}

/** A defined term worth reading in place of a conventional word: a word or two of letters, not the conventional word itself. */
function usable(term: string): string {
  return term && !CONVENTIONAL.has(term.toLowerCase()) && /^[\p{L}][\p{L}\p{N} &.'’-]{1,40}$/u.test(term) ? term : '';
}
