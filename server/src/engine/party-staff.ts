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
import type { Lexicon } from './lexicon';
import type { StaffPatterns } from './staff-words';

// The nouns of bodies of people ("Internal IT Team", "Client Personnel", "Security Operations
// Centre") and of one person a party names ("Designated IT Contact", "Customer Representative"),
// the nominee and the nominating verbs, the verbs of definition and the links between people and
// their party are the lexicon's (`staffWords`, staff-words.ts); the words between a party's name
// and its people ("own", "internal") are `allocatedHolders.staffModifiers`, as for allocations.
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
function ownerOf(definition: string, names: string, lex: Lexicon): string | undefined {
  const { peopleNoun, ownerLink } = lex.staffWords;
  const possessive = partyRegExp(`^(?:the\\s+|all\\s+|any\\s+|those\\s+)?(${names})['’]s?\\s+${lex.allocatedHolders.staffModifiers}(?:[\\p{L}-]+\\s+){0,3}?${peopleNoun}\\b`, 'iu');
  const m = possessive.exec(definition);
  if (m) return m[1];
  const of = partyRegExp(`^(?:the\\s+|all\\s+|any\\s+|those\\s+)?(?:[\\p{L}-]+\\s+){0,3}?${peopleNoun}\\b[^()]{0,60}?\\b${ownerLink}\\s+(?:the\\s+)?(${names})(?![\\p{L}\\p{N}])`, 'iu');
  return of.exec(definition)?.[1];
}

/** Does `definition` make its term a person the party nominates ("the person the Franchisee nominates under …", "the individual appointed by the Customer")? Returns the party's name. */
function nominatorOf(definition: string, names: string, words: StaffPatterns): string | undefined {
  const named = partyRegExp(`^(?:the\\s+|a\\s+|an\\s+|any\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${words.nominee}\\s+(?:(?:whom|that|who)\\s+)?(?:(?:the\\s+)?(${names})\\s+${words.nominates}|${words.nominates}\\s+by\\s+(?:the\\s+)?(${names}))(?![\\p{L}\\p{N}])`, 'iu').exec(definition);
  return named ? (named[1] ?? named[2]) : undefined;
}

/**
 * Does the text before a parenthesised definition name one party's people? "the Client's own IT
 * staff (the "In-House Team")", or "Organization employs its own IT staff (the "Internal IT Team")"
 * (the party is the subject, "its own" its people). Returns the party's name.
 */
function ownerBefore(before: string, names: string, lex: Lexicon): string | undefined {
  const people = String.raw`${lex.allocatedHolders.staffModifiers}(?:[\p{L}-]+\s+){0,3}?${lex.staffWords.peopleNoun},?\s*$`;
  const possessive = partyRegExp(`(?<![\\p{L}\\p{N}])(${names})['’]s?\\s+${people}`, 'u').exec(before);
  if (possessive) return possessive[1];
  return partyRegExp(`^(?:\\(?[\\d.]*\\d[\\d.]*\\)?\\s+)?(?:[Tt]he\\s+)?(${names})\\s+(?:[\\p{L}-]+\\s+){1,3}?(?:its|their)\\s+${people}`, 'u').exec(before.trim() + ' ')?.[1];
}

/** The defined bodies of people that belong to the customer side of `parties`. */
export function staffTerms(doc: ParsedDocument, parties: Pick<Parties, 'names'>, lex: Lexicon): StaffTerm[] {
  const words = lex.staffWords;
  const byRole = (['provider', 'customer'] as const).map((role) => ({ role, names: partyPattern(parties as Parties, role) })).filter((r) => r.names);
  if (!byRole.length) return [];
  const known = new Set(parties.names.map((n) => n.term.toLowerCase()));
  const out: StaffTerm[] = [];
  for (const unit of doc.units.slice(0, SCAN_LIMIT)) {
    for (const s of unit.sentences) {
      const add = (name: string, at: number, bodyOwnerIn: (names: string) => string | undefined, definition?: string): void => {
        const term = name.replace(/\s+/g, ' ').trim().replace(/^the\s+(?=\p{Lu})/iu, '');
        const person = !words.bodyTerm.test(term) && definition !== undefined && words.personTerm.test(term);
        if ((!words.bodyTerm.test(term) && !person) || known.has(term.toLowerCase())) return;
        const ownerIn = person ? (names: string) => nominatorOf(definition, names, words) : bodyOwnerIn;
        // A body whose definition names both sides ("employees of the Provider or the Customer") belongs to neither.
        const owners = byRole.map((r) => ({ role: r.role, of: ownerIn(r.names) })).filter((o) => o.of !== undefined);
        if (owners.length !== 1 || owners[0]!.role !== 'customer') return;
        known.add(term.toLowerCase());
        out.push({ term, role: owners[0]!.role, of: owners[0]!.of!.replace(/\s+/g, ' '), definedAt: at });
      };
      if (s.text.includes('(')) for (const d of definitionsInParens(s.text)) add(d.name, s.start + d.index, (names) => ownerBefore(d.before, names, lex));
      if (!words.mayDefine.test(s.text)) continue;
      const means = words.quotedMeans;
      means.lastIndex = 0;
      for (let m = means.exec(s.text); m; m = means.exec(s.text)) add(m[1]!, s.start + m.index, (names) => ownerOf(m![2]!.trim(), names, lex), m[2]!.trim());
    }
  }
  // Markdown definition lists mark the term in bold, not quotes ("- **Designated IT Contact** means …").
  for (const m of doc.text.slice(0, 200_000).matchAll(words.boldMeans)) {
    const term = m[1]!.trim();
    if (words.personTerm.test(term) && !words.bodyTerm.test(term) && !known.has(term.toLowerCase())) {
      const owners = byRole.map((r) => ({ role: r.role, of: nominatorOf(m[2]!.trim(), r.names, words) })).filter((o) => o.of !== undefined);
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
