/**
 * Company short names with no role word (`GitHub, Inc. ("GitHub")`, `Acme Hosting Ltd ("Acme")`):
 * which side each is on, from the roles the document defines and from who carries the duties.
 */
import type { PartyName } from './parties';
import type { Role } from './types';

/** Legal-form words that make a parenthesised name a party's short name. */
export const COMPANY_FORM = /\b(?:Ltd|Limited|Inc|Incorporated|LLC|L\.L\.C|LLP|L\.P|LP|plc|PLC|Corp|Corporation|Company|Co|GmbH|AG|S\.A|SA|N\.A|B\.V|BV|Pty|SE|SAS|AB|Oy)\b\.?/;

/** Per term (lower-case), sentences in which it is the subject of a duty: "Acme shall", "each Covered Entity must". One scan for all terms. */
function dutyCounts(text: string, terms: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  if (!terms.length) return counts;
  const names = [...terms].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${names.join('|')})\\s+(?:shall|must|will|agrees\\s+to|undertakes\\s+to|is\\s+required\\s+to)\\b`, 'gu');
  for (const m of text.slice(0, 500_000).matchAll(re)) {
    const key = m[1]!.replace(/\s+/g, ' ').toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** A party's short name with no role word, and the name it stands for. */
export interface ShortName {
  term: string;
  definedAt: number;
  legalName: string;
  /** Defined by what the party is (`(the "Practice")`), not by a word of its name. */
  described?: boolean;
}

/**
 * Give company short names a role when the document does: the other side of the one defined
 * role, else the provider for the name that carries most duties and the customer for the rest.
 */
export function assignShortNames(text: string, names: PartyName[], unnamed: ShortName[], seen: Set<string>, meansOnly: ReadonlySet<string> = new Set()): string[] {
  const hasRole = (r: Role): boolean => names.some((n) => n.role === r && n.definedAt !== undefined);
  // A name defined by what the party is ("the Practice") is only the other side of a defined role.
  const oneSided = hasRole('provider') !== hasRole('customer');
  const fresh = unnamed.filter((u) => !seen.has(u.term.toLowerCase()) && (!u.described || oneSided));
  if (!fresh.length) return [];
  const assumptions: string[] = [];
  const push = (u: (typeof fresh)[number], role: Role, why: string): void => {
    if (seen.has(u.term.toLowerCase())) return;
    seen.add(u.term.toLowerCase());
    const assumed = `read “${u.term}” as the ${role}: ${why}`;
    names.push({ term: u.term, role, definedAt: u.definedAt, legalName: u.legalName, assumed, ...(u.described ? {} : { ownName: true }) });
    assumptions.push(assumed);
  };
  if (hasRole('provider') && hasRole('customer')) {
    // A provider word defined only in the definitions ("“Subprocessor” means other processors used
    // by GitHub") names no party to the agreement: a company short name that carries more duties
    // is the provider, named before it.
    const definitionOnly = names.filter((n) => n.role === 'provider' && n.definedAt !== undefined);
    if (!definitionOnly.length || !definitionOnly.every((n) => meansOnly.has(n.term.toLowerCase()))) return [];
    const counts = dutyCounts(text, [...fresh.map((u) => u.term), ...definitionOnly.map((n) => n.term)]);
    const count = (term: string): number => counts.get(term.replace(/\s+/g, ' ').toLowerCase()) ?? 0;
    const best = fresh.reduce((a, b) => (count(b.term) > count(a.term) ? b : a));
    if (count(best.term) <= Math.max(...definitionOnly.map((n) => count(n.term)))) return [];
    const assumed = `read “${best.term}” as the provider: it carries the duties, and “${definitionOnly[0]!.term}” is only defined, not a party`;
    names.splice(names.indexOf(definitionOnly[0]!), 0, { term: best.term, role: 'provider', definedAt: best.definedAt, legalName: best.legalName, assumed, ownName: true });
    seen.add(best.term.toLowerCase());
    return [assumed];
  }
  for (const u of fresh.filter((f) => f.described)) {
    const role: Role = hasRole('provider') ? 'customer' : 'provider';
    push(u, role, `the other party is the ${role === 'customer' ? 'provider' : 'customer'}`);
  }
  // A provider word defined for a company in the preamble ("Tidewater Hosting plc (the "Service
  // Provider")") is the provider whatever the duty counts: a security schedule in the passive
  // voice names it less often than the customer it serves.
  if (names.some((n) => n.role === 'provider' && n.legalName !== undefined && COMPANY_FORM.test(n.legalName))) {
    for (const u of fresh) push(u, 'customer', 'the other party is the provider');
    return assumptions;
  }
  // Duties decide: the short name that carries more duties than any defined provider word is the
  // provider ("sub-processor" defined in a DPA does not make the company that signs it the customer).
  const byTerm = dutyCounts(text, [...fresh.map((u) => u.term), ...names.filter((n) => n.definedAt !== undefined).map((n) => n.term)]);
  const count = (term: string): number => byTerm.get(term.replace(/\s+/g, ' ').toLowerCase()) ?? 0;
  const providerCount = Math.max(0, ...names.filter((n) => n.role === 'provider' && n.definedAt !== undefined).map((n) => count(n.term)));
  const counts = fresh.map((u) => count(u.term));
  const top = counts.indexOf(Math.max(...counts));
  if (counts[top]! > providerCount || (hasRole('customer') && !hasRole('provider'))) {
    const why = counts[top]! > providerCount ? 'it carries most of the duties' : 'the other party is the customer';
    fresh.forEach((u, i) => push(u, i === top ? 'provider' : 'customer', i === top ? why : 'the other party carries the duties'));
  } else if (hasRole('provider')) {
    for (const u of fresh) push(u, 'customer', 'the other party is the provider');
  }
  return assumptions;
}

/**
 * A document that defines no provider but puts its duties on a customer-side word ("each
 * Covered Entity shall", "the Company shall") is read with that party as the one checked.
 */
export function providerByDuties(text: string, names: PartyName[]): string | undefined {
  if (names.some((n) => n.role === 'provider' && n.definedAt !== undefined)) return undefined;
  const candidates = names.filter((n) => n.role !== 'both' && !/^(?:we|us|you)$/i.test(n.term));
  const counts = dutyCounts(text, candidates.map((n) => n.term));
  const count = (n: PartyName): number => counts.get(n.term.replace(/\s+/g, ' ').toLowerCase()) ?? 0;
  if (candidates.some((n) => n.role === 'provider' && count(n) > 0)) return undefined;
  let best: PartyName | undefined;
  let bestCount = 1;
  for (const n of candidates) {
    if (n.role !== 'customer') continue;
    const c = count(n);
    if (c > bestCount) {
      best = n;
      bestCount = c;
    }
  }
  if (!best) return undefined;
  // Every spelling of that party moves with it.
  const assumed = `read “${best.term}” as the party checked (the provider side): it carries the duties and no provider is defined`;
  for (const n of names) if (n.role === 'customer' && n.term.toLowerCase() === best.term.toLowerCase()) Object.assign(n, { role: 'provider', assumed });
  return assumed;
}

