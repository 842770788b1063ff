/**
 * Defined parties: read the preamble and definitions ("ABC Ltd. (the "Supplier")",
 * ""MSP" means …", "hereinafter "Client"") and map each defined name to a role, so that
 * "Supplier shall" reads as a provider obligation.
 */
import type { ParsedDocument } from './parse';
import type { Role } from './types';

export interface PartyName {
  /** The defined term as written, e.g. "Supplier". */
  term: string;
  role: Role;
  /** Where it was defined (offset), if it was. */
  definedAt?: number;
  /** The legal name it stands for, e.g. "Northwind Managed IT Ltd.". */
  legalName?: string;
}

export interface Parties {
  names: PartyName[];
  /** The preferred defined term per role (used when writing clauses). */
  provider: string;
  customer: string;
  /** True when at least one party was found defined in the document. */
  defined: boolean;
}

const PROVIDER_TERMS = [
  'Provider', 'Service Provider', 'Managed Service Provider', 'MSP', 'MSSP', 'Supplier', 'Vendor',
  'Contractor', 'Consultant', 'Processor', 'Data Processor', 'Developer', 'Seller', 'Licensor',
  'Service Organization', 'Service Organisation', 'Business Associate', 'Subprocessor', 'Outsourcer',
  'Partner',
];
const CUSTOMER_TERMS = [
  'Customer', 'Client', 'Buyer', 'Purchaser', 'Controller', 'Data Controller', 'Government',
  'Agency', 'Department', 'Licensee', 'Subscriber', 'Covered Entity', 'Company', 'Organization',
  'Organisation', 'Recipient', 'Contracting Officer', 'Owner', 'Principal',
];

function roleOfTerm(term: string): Role | undefined {
  const t = term.trim().toLowerCase();
  const matches = (list: string[]): boolean => list.some((x) => t === x.toLowerCase() || t.endsWith(' ' + x.toLowerCase()));
  if (matches(PROVIDER_TERMS)) return 'provider';
  if (matches(CUSTOMER_TERMS)) return 'customer';
  return undefined;
}

const QUOTE = `["“”'‘’]`;
/** `Acme Ltd. (the "Supplier")`, `(hereinafter "Client")`, `("MSP")`, `(together, "Provider")`. */
const DEFINED_IN_PARENS = new RegExp(
  `([^()\\n]{0,120}?)\\(\\s*(?:each\\s+a\\s+|together\\s*,?\\s+|collectively\\s*,?\\s+)?(?:hereinafter(?:\\s+(?:referred\\s+to\\s+as|called))?\\s+)?(?:as\\s+)?(?:the\\s+|a\\s+|an\\s+)?${QUOTE}([^"“”'‘’\\n]{1,40})${QUOTE}\\s*\\)`,
  'giu',
);
/** `"MSP" means …`, `"Customer" or "you" refers to …`. */
const DEFINED_MEANS = new RegExp(`${QUOTE}([^"“”'‘’\\n]{1,40})${QUOTE}\\s+(?:means|shall mean|refers to|is defined as)\\b`, 'giu');

/** Find the parties defined in a document. Looks at every unit (definitions can be anywhere). */
export function detectParties(doc: ParsedDocument): Parties {
  const names: PartyName[] = [];
  const seen = new Set<string>();
  const add = (term: string, at: number, legalName?: string): void => {
    const clean = term.replace(/\s+/g, ' ').trim();
    const role = roleOfTerm(clean);
    if (!role || seen.has(clean.toLowerCase())) return;
    seen.add(clean.toLowerCase());
    names.push({ term: clean, role, definedAt: at, ...(legalName ? { legalName } : {}) });
  };
  const scanLimit = Math.min(doc.units.length, 400);
  for (let i = 0; i < scanLimit; i++) {
    const unit = doc.units[i]!;
    for (const s of unit.sentences) {
      DEFINED_IN_PARENS.lastIndex = 0;
      for (let m = DEFINED_IN_PARENS.exec(s.text); m; m = DEFINED_IN_PARENS.exec(s.text)) {
        const legal = m[1]!.replace(/^.*?\b(?:between|and|by|with)\s+/i, '').replace(/[,\s]+$/, '').trim();
        add(m[2]!, s.start + m.index, legal && legal.length < 100 ? legal : undefined);
      }
      DEFINED_MEANS.lastIndex = 0;
      for (let m = DEFINED_MEANS.exec(s.text); m; m = DEFINED_MEANS.exec(s.text)) add(m[1]!, s.start + m.index);
    }
  }
  const defined = names.length > 0;
  // Undefined but conventional role names still work as subjects.
  for (const term of ['Provider', 'Service Provider', 'MSP', 'Supplier', 'Vendor', 'Contractor', 'Customer', 'Client']) {
    if (!seen.has(term.toLowerCase())) {
      names.push({ term, role: roleOfTerm(term)! });
      seen.add(term.toLowerCase());
    }
  }
  const first = (role: Role): string => names.find((n) => n.role === role && n.definedAt !== undefined)?.term
    ?? (role === 'provider' ? 'Provider' : 'Customer');
  return { names, provider: first('provider'), customer: first('customer'), defined };
}

/** A regular expression source that matches any of the party terms of one role. */
export function partyPattern(parties: Parties, role: Role): string {
  const terms = parties.names
    .filter((n) => n.role === role)
    .flatMap((n) => [n.term, ...(n.legalName ? [n.legalName] : [])])
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return terms.join('|');
}
