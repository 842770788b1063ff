/**
 * A party's own people as that party: co-managed agreements give duties to a defined body of
 * staff ("'Internal IT Team' means the Organization's own IT employees", "'Client Personnel'
 * means employees of the Client") and then write "The Internal IT Team handles monitoring". Such
 * a term acts for the party its definition makes it part of, as "the Client's IT department"
 * does (subjects.ts reads that possessive form).
 *
 * Only a term that itself names a body of people (it ends in team, personnel, department …) is
 * read so: "'Authorised User' means any employee of the Customer" is someone the provider serves,
 * not the customer acting.
 *
 * Only the customer's bodies are read: a sentence that names no party is already the provider's
 * duty, so the provider's own team gains nothing as a name, and as a name it would turn the
 * object of a customer's act ("the Client shall revoke the access of Personnel") into an addressee.
 */
import type { ParsedDocument } from './parse';
import { definitionsInParens, partyPattern, type Parties, type PartyName } from './parties';
import type { Role } from './types';
import { partyRegExp } from './party-regexps';

/** The head noun of a body of people or an organisational unit, as a defined term ends. */
const BODY_NOUN = String.raw`(?:teams?|personnel|staff|employees|departments?|units?|divisions?|functions?|desks?|cent(?:er|re)s?|workforce)`;
/** People of a party as a definition or an agent names them ("the Client's engineers"). */
export const PEOPLE_NOUN = String.raw`(?:${BODY_NOUN.slice(3, -1)}|officers?|managers?|administrators?|engineers?|technicians?|members?)`;
/** The term names such a body: "Internal IT Team", "Client Personnel", "Security Operations Centre". */
const BODY_TERM = new RegExp(`^[\\p{L}\\p{N} '’&-]*\\b${BODY_NOUN}$`, 'iu');

/**
 * One person a party names to act for it ("Designated IT Contact", "Customer Representative",
 * "Nominated Security Officer"): read as the party only when the definition says the party
 * nominates, appoints or designates that person (nominee), never for a user the provider serves.
 */
const PERSON_TERM = /^[\p{L}\p{N} '’&-]*\b(?:contacts?|representatives?|officers?|managers?|co-?ordinators?|liaisons?|leads?|administrators?)$/iu;
const NOMINEE = String.raw`(?:person|individual|employee|officer|member\s+of\s+staff|contact|representative)`;
const NOMINATES = String.raw`(?:nominates|appoints|designates|names|nominated|appointed|designated|named)`;

const QUOTE = `["“”'‘’]`;
/** `"Internal IT Team" means …`: the term and the opening of its definition. */
const MEANS = new RegExp(`${QUOTE}([^"“”'‘’\\n]{2,40})${QUOTE}\\s+(?:means|shall\\s+mean|refers\\s+to|is\\s+defined\\s+as)\\s+([^.;\\n]{0,160})`, 'giu');
/** `**Designated IT Contact** means …`: a bold term and the opening of its definition. */
const BOLD_MEANS = /\*\*([^*\n]{2,40})\*\*\s+(?:means|shall\s+mean|refers\s+to|is\s+defined\s+as)\s+([^.;\n]{0,160})/gu;
/** How many units are read for definitions (as detectParties does). */
const SCAN_LIMIT = 400;

/** The staff terms found: the term, the role of the party it belongs to, and that party's name. */
export interface StaffTerm {
  term: string;
  role: Role;
  of: string;
  definedAt: number;
}

/**
 * Does `definition` make its term the staff or a unit of one party? "the Organization's own IT
 * employees" (possessive) or "employees of the Client", "the security team employed by the Client"
 * (the body, then "of"/"employed by"/"within" and the party). Returns the party's name.
 */
function ownerOf(definition: string, names: string): string | undefined {
  const possessive = partyRegExp(`^(?:the\\s+|all\\s+|any\\s+|those\\s+)?(${names})['’]s?\\s+(?:own\\s+|internal\\s+|in-house\\s+)*(?:[\\p{L}-]+\\s+){0,3}?${PEOPLE_NOUN}\\b`, 'iu');
  const m = possessive.exec(definition);
  if (m) return m[1];
  const of = partyRegExp(`^(?:the\\s+|all\\s+|any\\s+|those\\s+)?(?:[\\p{L}-]+\\s+){0,3}?${PEOPLE_NOUN}\\b[^()]{0,60}?\\b(?:of|employed\\s+by|engaged\\s+by|within|at)\\s+(?:the\\s+)?(${names})(?![\\p{L}\\p{N}])`, 'iu');
  return of.exec(definition)?.[1];
}

/** Does `definition` make its term a person the party nominates ("the person the Franchisee nominates under …", "the individual appointed by the Customer")? Returns the party's name. */
function nominatorOf(definition: string, names: string): string | undefined {
  const nominee = partyRegExp(`^(?:the\\s+|a\\s+|an\\s+|any\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${NOMINEE}\\s+(?:(?:whom|that|who)\\s+)?(?:(?:the\\s+)?(${names})\\s+${NOMINATES}|${NOMINATES}\\s+by\\s+(?:the\\s+)?(${names}))(?![\\p{L}\\p{N}])`, 'iu').exec(definition);
  return nominee ? (nominee[1] ?? nominee[2]) : undefined;
}

/**
 * Does the text before a parenthesised definition name one party's people? "the Client's own IT
 * staff (the "In-House Team")", or "Organization employs its own IT staff (the "Internal IT Team")"
 * (the party is the subject, "its own" its people). Returns the party's name.
 */
function ownerBefore(before: string, names: string): string | undefined {
  const people = String.raw`(?:own\s+|internal\s+|in-house\s+)*(?:[\p{L}-]+\s+){0,3}?${PEOPLE_NOUN},?\s*$`;
  const possessive = partyRegExp(`(?<![\\p{L}\\p{N}])(${names})['’]s?\\s+${people}`, 'u').exec(before);
  if (possessive) return possessive[1];
  return partyRegExp(`^(?:\\(?[\\d.]*\\d[\\d.]*\\)?\\s+)?(?:[Tt]he\\s+)?(${names})\\s+(?:[\\p{L}-]+\\s+){1,3}?(?:its|their)\\s+${people}`, 'u').exec(before.trim() + ' ')?.[1];
}

/** The defined bodies of people that belong to the customer side of `parties`. */
export function staffTerms(doc: ParsedDocument, parties: Pick<Parties, 'names'>): StaffTerm[] {
  const byRole = (['provider', 'customer'] as const).map((role) => ({ role, names: partyPattern(parties as Parties, role) })).filter((r) => r.names);
  if (!byRole.length) return [];
  const known = new Set(parties.names.map((n) => n.term.toLowerCase()));
  const out: StaffTerm[] = [];
  for (const unit of doc.units.slice(0, SCAN_LIMIT)) {
    for (const s of unit.sentences) {
      const add = (name: string, at: number, bodyOwnerIn: (names: string) => string | undefined, definition?: string): void => {
        const term = name.replace(/\s+/g, ' ').trim().replace(/^the\s+(?=\p{Lu})/iu, '');
        const person = !BODY_TERM.test(term) && definition !== undefined && PERSON_TERM.test(term);
        if ((!BODY_TERM.test(term) && !person) || known.has(term.toLowerCase())) return;
        const ownerIn = person ? (names: string) => nominatorOf(definition, names) : bodyOwnerIn;
        // A body whose definition names both sides ("employees of the Provider or the Customer") belongs to neither.
        const owners = byRole.map((r) => ({ role: r.role, of: ownerIn(r.names) })).filter((o) => o.of !== undefined);
        if (owners.length !== 1 || owners[0]!.role !== 'customer') return;
        known.add(term.toLowerCase());
        out.push({ term, role: owners[0]!.role, of: owners[0]!.of!.replace(/\s+/g, ' '), definedAt: at });
      };
      if (s.text.includes('(')) for (const d of definitionsInParens(s.text)) add(d.name, s.start + d.index, (names) => ownerBefore(d.before, names));
      if (!/\b(?:means|mean|refers|defined)\b/.test(s.text)) continue;
      MEANS.lastIndex = 0;
      for (let m = MEANS.exec(s.text); m; m = MEANS.exec(s.text)) add(m[1]!, s.start + m.index, (names) => ownerOf(m![2]!.trim(), names), m[2]!.trim());
    }
  }
  // Markdown definition lists mark the term in bold, not quotes ("- **Designated IT Contact** means …").
  for (const m of doc.text.slice(0, 200_000).matchAll(BOLD_MEANS)) {
    const term = m[1]!.trim();
    if (PERSON_TERM.test(term) && !BODY_TERM.test(term) && !known.has(term.toLowerCase())) {
      const owners = byRole.map((r) => ({ role: r.role, of: nominatorOf(m[2]!.trim(), r.names) })).filter((o) => o.of !== undefined);
      if (owners.length === 1 && owners[0]!.role === 'customer') {
        known.add(term.toLowerCase());
        out.push({ term, role: 'customer', of: owners[0]!.of!.replace(/\s+/g, ' '), definedAt: m.index! });
      }
    }
  }
  return out;
}

/** The party names for staff terms, with the assumption the hover shows. */
export function staffPartyNames(staff: StaffTerm[]): PartyName[] {
  return staff.map((s) => ({
    term: s.term,
    role: s.role,
    definedAt: s.definedAt,
    staffOf: s.of,
    assumed: `read “${s.term}” as the ${s.role} side: the definitions make it the ${s.of}’s staff`,
  }));
}
