/**
 * A duty given to the holder named after an allocation word, with no modal: "Patch deployment
 * falls to the Internal IT Team", "Monitoring rests with the Client", "Backups are owned by the
 * Client's IT department". Responsibility matrices and co-managed agreements allocate so; when the
 * holder is the customer side, the act is the customer's, as "The Client installs patches" is
 * (named-customer-act.ts).
 *
 * Not an allocation: the words negated ("does not fall to the Client"), a holder that is not
 * right after them ("falls to the Provider on behalf of the Client"), and ownership words
 * ("is owned by", "remains with") whose holder is the party itself: that is title to property.
 */
import type { AllocatedHolderPatterns } from './holder-words';
import type { Lexicon } from './lexicon';
import type { Parties } from './parties';
import { partyPattern } from './parties';
import { partyMentions } from './subjects';
import type { Span } from './types';

// "does not fall to", "no longer rests with": the words give nothing. The negators, the allocation
// words that need an act ("is for"), the "-ing" nouns that are things and the words before a party's
// people ("own", "internal") are the lexicon's (`allocatedHolders`, holder-words.ts).
const possessivePeople = new WeakMap<Parties, WeakMap<AllocatedHolderPatterns, RegExp | undefined>>();

// A subject that is an act, not a thing (`actSubject`): a gerund ("Backing up the data", "Testing
// restores") or an act noun with its object ("Patching of the servers", "the removal of accounts").
// What "remains with" or "stays with" a party is then a duty; "the backup media remains with the
// Customer" is title to property. "is for", "are for", "it's for" (`needsAct`) need an act after
// the holder ("… is for the Client to arrange").
/** "… to arrange", "… and its IT team to arrange" right after the holder. */
const TO_ACT = /^(?:['’]s?\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)?(?:\s+and\s+(?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)?\s+to\s+\p{Ll}/u;

/** "the Client's (own) IT department" at the start of `after`: the span of the customer's name. */
function customerPeopleAt(after: string, parties: Parties, words: AllocatedHolderPatterns): { start: number; end: number } | undefined {
  let byWords = possessivePeople.get(parties);
  if (!byWords) possessivePeople.set(parties, (byWords = new WeakMap()));
  if (!byWords.has(words)) {
    const names = partyPattern(parties, 'customer');
    byWords.set(words, names ? new RegExp(`^(\\s+(?:the\\s+)?)(${names})['’]s?\\s+${words.staffModifiers}(?:[\\p{L}-]+\\s+){0,3}?${words.peopleNoun}(?![\\p{L}\\p{N}])`, 'u') : undefined);
  }
  const m = byWords.get(words)?.exec(after);
  return m ? { start: m[1]!.length, end: m[1]!.length + m[2]!.length } : undefined;
}

/** The allocation in `clause` that gives its act to the customer side, and the holder's words. */
export function customerAllocation(text: string, clause: Span, parties: Parties, lex: Lexicon): { act: string; who: string; allocated: true } | undefined {
  const scope = text.slice(clause.start, clause.end);
  const words = lex.allocatedHolders;
  const hits = [...lex.allocation.find(scope).map((h) => ({ ...h, staffOnly: false })), ...lex.allocationToStaff.find(scope).map((h) => ({ ...h, staffOnly: true }))];
  for (const hit of hits.sort((a, b) => a.start - b.start)) {
    if (words.negatedBefore.test(scope.slice(0, hit.start))) continue;
    const from = clause.start + hit.end;
    const after = text.slice(from, clause.end);
    // "is for the Client to arrange": a bare "is for" allocates only with an act for the holder to do.
    const needsAct = words.needsAct.test(hit.term);
    const people = customerPeopleAt(after, parties, words);
    if (people && (!needsAct || TO_ACT.test(after.slice(people.end)))) return { act: text.slice(clause.start + hit.start, from + people.end), who: text.slice(from + people.start, from + people.end), allocated: true };
    const lead = /^\s+(?:the\s+)?/.exec(after)?.[0].length ?? 0;
    const holder = partyMentions(text, parties, from, clause.end).find((m) => m.start === from + lead);
    if (!holder || holder.role !== 'customer') continue;
    // … or with an act as its subject: "Removing the access of leavers is for the Client."
    if (needsAct && !TO_ACT.test(text.slice(holder.end, clause.end)) && !actSubject(scope, hit.start, words)) continue;
    // Ownership words give a duty only to a body of people (a defined team, not the party itself),
    // or to the party when what stays with it is an act: "Backing up the data stays with the Customer".
    if (hit.staffOnly && !parties.names.some((n) => n.staffOf && n.term === text.slice(holder.start, holder.end)) && !actSubject(scope, hit.start, words)) continue;
    return { act: text.slice(clause.start + hit.start, holder.end), who: text.slice(holder.start, holder.end), allocated: true };
  }
  return undefined;
}

/** Is the subject before `at` (clause numbering and table bars skipped) an act ("Backing up the data", "the removal of accounts")? */
function actSubject(scope: string, at: number, words: AllocatedHolderPatterns): boolean {
  return words.actSubject.test(scope.slice(LEAD.exec(scope)![0].length, at));
}

/** Clause numbering, table bars and emphasis before a subject ("4.10 ", "| ", "**"). */
const LEAD = /^[\s|*_>([\]-]*(?:\p{Lu}{0,3}[\d.]*\d[\d.]*\p{Ll}?\)?[\s|*_.]+)?/u;

/**
 * "The Client's security team owns incident response", "the Internal IT Team has ownership of
 * patching": ownership said by the customer's body of people as the subject gives them the duty,
 * as "incident response is owned by the Client's security team" does. Said by the customer itself
 * ("the Customer owns the backup media") it is title to property, not a duty.
 */
export function customerStaffOwnership(text: string, clause: Span, parties: Parties, lex: Lexicon): { act: string; who: string; allocated: true } | undefined {
  const scope = text.slice(clause.start, clause.end);
  const hit = lex.ownershipByStaff.find(scope)[0];
  if (!hit) return undefined;
  const lead = LEAD.exec(scope)![0].length;
  const subject = scope.slice(lead, hit.start).replace(/\s+$/, '');
  const padded = ` ${subject.replace(/^the\s/i, 'the ')}`;
  const words = lex.allocatedHolders;
  const people = customerPeopleAt(padded, parties, words);
  const bySubject = !!people && words.peopleRest.test(padded.slice(people.end));
  const staff = !bySubject && parties.names.some((n) => n.staffOf && n.role === 'customer' && subject.replace(/^the\s+/i, '') === n.term);
  if (!bySubject && !staff) return undefined;
  return { act: scope.slice(lead, hit.end), who: subject.replace(/^the\s+/i, ''), allocated: true };
}
