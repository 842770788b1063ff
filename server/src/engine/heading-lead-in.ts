/**
 * A heading that itself says what its bare items are. Statements of work and service schedules
 * list items without a verb under "Exclusions", "Out of scope" or "Services not included" (each
 * item is left out of the services) and under "Customer responsibilities" or "Client
 * dependencies" (each item is the customer's to do). The heading is then the items' lead-in, as
 * "The following are excluded from the Services:" or "The Customer shall:" would be. A heading
 * over the provider's items ("Provider responsibilities") adds nothing: a bare item there stays a
 * list item without a binding verb.
 */
import type { ClauseUnit, ParsedDocument } from './parse';
import type { Classification } from './classify';
import { sideName, type Parties } from './parties';
import type { Role } from './types';
import type { HeadingLeadPatterns } from './heading-words';

export type HeadingLeadKind = 'exclusion' | 'responsibilities' | 'assumption';

/** The lead-in a heading gives the verbless items under it. */
export interface HeadingLead {
  kind: HeadingLeadKind;
  /** The heading's title and where it stands in the document. */
  title: string;
  start: number;
  /** The words of the title that make it a lead-in ("Excluded", "responsibilities"), relative to it. */
  keyword: { start: number; end: number };
}

// "Exclusions", "Service exclusions", "Excluded services", "Services not included", "Out of scope",
// "What is not included"; "Assumptions", "Key assumptions", "Pricing assumptions": the facts a party
// relied on when it priced or planned the work ("All servers run a supported operating system"). An
// assumption states what is taken to be so; it promises nothing, and an untrue one is a ground for a
// change, not a breach. "Customer responsibilities", "Client's obligations", "Responsibilities of the
// Customer", "Your responsibilities". The words are the lexicon's (`headingLeads`, heading-words.ts).

/** The heading lead-in of `unit`: its own section's title when that title is of one of the two kinds. */
export function headingLeadOf(doc: ParsedDocument, unit: ClauseUnit, words: HeadingLeadPatterns): HeadingLead | undefined {
  const section = unit.section >= 0 ? doc.sections[unit.section] : undefined;
  if (!section) return undefined;
  const title = section.title.trim().replace(/[.:]+$/, '');
  const kind: HeadingLeadKind | undefined = words.exclusionTitle.test(title) ? 'exclusion' : words.assumptionTitle.test(title) ? 'assumption' : words.holderFirst.test(title) || words.holderAfter.test(title) ? 'responsibilities' : undefined;
  if (!kind) return undefined;
  const line = doc.text.slice(section.headingSpan.start, section.headingSpan.end);
  const at = line.indexOf(title);
  const keyword = words.keyword.exec(title);
  if (!keyword) return undefined;
  return { kind, title, start: section.headingSpan.start + Math.max(0, at), keyword: { start: keyword.index, end: keyword.index + keyword[0].length } };
}

/** The customer-side name a "… responsibilities" heading gives its items to, if it names the customer. */
export function customerHolder(title: string, parties: Parties, words: HeadingLeadPatterns): string | undefined {
  const m = words.holderFirst.exec(title) ?? words.holderAfter.exec(title);
  const name = m?.[1]?.trim().replace(/['’]s?$/, '');
  if (!name) return undefined;
  if (/^your$/i.test(name)) return parties.names.some((n) => n.role === 'customer' && /^you$/i.test(n.term)) ? name : undefined;
  return parties.names.some((n) => n.role === 'customer' && !n.staffOf && n.term.toLowerCase() === name.toLowerCase()) ? name : undefined;
}

/**
 * How a verbless item under `lead` reads: left out of the services under an exclusions heading;
 * the customer's under a heading of the customer's responsibilities (when the duty is the
 * provider's). Undefined when the heading says nothing about the item.
 */
export function headingReading(lead: HeadingLead, parties: Parties, obligated: Role | undefined, words: HeadingLeadPatterns): Classification | undefined {
  const cue = { text: lead.title, start: lead.start, end: lead.start + lead.title.length };
  if (lead.kind === 'assumption') return { status: 'weak', reason: `it is listed under the heading “${lead.title}”: an assumption, which promises nothing`, unrelated: true, form: 'statement' };
  if (lead.kind === 'exclusion') {
    return { status: 'negated', reason: `it is listed under the heading “${lead.title}”, which leaves it out of the services`, cue, form: 'statement' };
  }
  const holder = customerHolder(lead.title, parties, words);
  if (!holder || obligated === 'customer') return undefined;
  return { status: 'wrong-party', reason: `it is listed under the heading “${lead.title}”, which gives it to ${sideName(parties, 'customer')}; AA22-131A expects ${sideName(parties, 'provider')} to ${obligated ? 'owe' : 'share'} it`, cue, subject: 'customer', subjectText: holder, form: 'statement' };
}
