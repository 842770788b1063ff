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

const KEYWORD = /assumptions|exclu\p{L}*|not\s+(?:included|in\s+scope|covered)|out[\s-]+of[\s-]+scope|outside\s+(?:the\s+)?scope|responsibilities|obligations|duties|dependencies|tasks/iu;

const ITEMS = String.raw`(?:services?|items?|activities|work|tasks|scope)`;
/** "Exclusions", "Service exclusions", "Excluded services", "Services not included", "Out of scope", "What is not included". */
const EXCLUSION_TITLE = new RegExp(
  String.raw`^(?:${ITEMS}\s+)?(?:exclusions?|excluded(?:\s+${ITEMS})?|not\s+included|not\s+in\s+scope|not\s+covered|out[\s-]+of[\s-]+scope(?:\s+${ITEMS})?)$` +
    String.raw`|^${ITEMS}\s+(?:not\s+included|excluded|out[\s-]+of[\s-]+scope|not\s+covered|outside\s+(?:the\s+)?scope)$|^what(?:\s+is|['’]s)\s+not\s+(?:included|covered)$`,
  'iu',
);
/**
 * "Assumptions", "Key assumptions", "Pricing assumptions": the facts a party relied on when it priced
 * or planned the work ("All servers run a supported operating system"). An assumption states what is
 * taken to be so; it promises nothing, and an untrue one is a ground for a change, not a breach.
 */
const ASSUMPTION_TITLE = /^(?:(?:key|general|pricing|commercial|service|project|planning|delivery)\s+)?assumptions$/iu;
/** "Customer responsibilities", "Client's obligations", "Responsibilities of the Customer", "Your responsibilities". */
const DUTIES = String.raw`(?:responsibilities|obligations|duties|dependencies|tasks)`;
const HOLDER_FIRST = new RegExp(String.raw`^(?:the\s+)?(.{1,40}?)(?:['’]s?)?\s+(?:retained\s+)?${DUTIES}$`, 'iu');
const HOLDER_AFTER = new RegExp(String.raw`^${DUTIES}\s+of\s+(?:the\s+)?(.{1,40})$`, 'iu');

/** The heading lead-in of `unit`: its own section's title when that title is of one of the two kinds. */
export function headingLeadOf(doc: ParsedDocument, unit: ClauseUnit): HeadingLead | undefined {
  const section = unit.section >= 0 ? doc.sections[unit.section] : undefined;
  if (!section) return undefined;
  const title = section.title.trim().replace(/[.:]+$/, '');
  const kind: HeadingLeadKind | undefined = EXCLUSION_TITLE.test(title) ? 'exclusion' : ASSUMPTION_TITLE.test(title) ? 'assumption' : HOLDER_FIRST.test(title) || HOLDER_AFTER.test(title) ? 'responsibilities' : undefined;
  if (!kind) return undefined;
  const line = doc.text.slice(section.headingSpan.start, section.headingSpan.end);
  const at = line.indexOf(title);
  const keyword = KEYWORD.exec(title);
  if (!keyword) return undefined;
  return { kind, title, start: section.headingSpan.start + Math.max(0, at), keyword: { start: keyword.index, end: keyword.index + keyword[0].length } };
}

/** The customer-side name a "… responsibilities" heading gives its items to, if it names the customer. */
export function customerHolder(title: string, parties: Parties): string | undefined {
  const m = HOLDER_FIRST.exec(title) ?? HOLDER_AFTER.exec(title);
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
export function headingReading(lead: HeadingLead, parties: Parties, obligated: Role | undefined): Classification | undefined {
  const cue = { text: lead.title, start: lead.start, end: lead.start + lead.title.length };
  if (lead.kind === 'assumption') return { status: 'weak', reason: `it is listed under the heading “${lead.title}”: an assumption, which promises nothing`, unrelated: true, form: 'statement' };
  if (lead.kind === 'exclusion') {
    return { status: 'negated', reason: `it is listed under the heading “${lead.title}”, which leaves it out of the services`, cue, form: 'statement' };
  }
  const holder = customerHolder(lead.title, parties);
  if (!holder || obligated === 'customer') return undefined;
  return { status: 'wrong-party', reason: `it is listed under the heading “${lead.title}”, which gives it to ${sideName(parties, 'customer')}; AA22-131A expects ${sideName(parties, 'provider')} to ${obligated ? 'owe' : 'share'} it`, cue, subject: 'customer', subjectText: holder, form: 'statement' };
}
