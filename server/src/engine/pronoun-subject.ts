/**
 * "Disabling accounts falls to the Internal IT Team: it disables leavers' accounts …", "The
 * Provider has no incident response obligation: it does not maintain a plan …": a clause that
 * opens with "it" or "they" speaks of the party the clause before it named. Read alone, its
 * subject would be the first party named after the pronoun, often the object ("notify the
 * Customer").
 *
 * Only when that is unambiguous: the clause before (in the same sentence) names parties of one
 * side only, by name, as a possessive ("the Customer's IT team") or as a defined team. A dummy
 * "it is agreed" / "it is for the Customer to …" opens no clause about a party.
 */
import { clauseSpans } from './clauses';
import type { Parties } from './parties';
import { partyPattern } from './parties';
import type { Role, Span } from './types';

/** A pronoun subject at the start of a clause (after numbering, "and", or "then"). */
const PRONOUN_OPENING = /^\s*(?:(?:and|then|so)\s+)?(it|they)\b(?!['’]s\b|\s+(?:is|was|are|were|will\s+be|shall\s+be|may\s+be|has\s+been)\s+(?:for|agreed|acknowledged|understood|possible|expected|intended|necessary|likely|the|a|an|not\s+(?:possible|necessary))\b)/i;

export interface PronounSubject extends Span {
  role: Role;
  /** The pronoun as written. */
  pronoun: string;
}

const sideNames = new WeakMap<Parties, Map<Role, RegExp | undefined>>();

function namesOf(parties: Parties, role: Role): RegExp | undefined {
  let byRole = sideNames.get(parties);
  if (!byRole) sideNames.set(parties, (byRole = new Map()));
  if (!byRole.has(role)) {
    const names = partyPattern(parties, role);
    byRole.set(role, names ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names})(?![\\p{L}\\p{N}])`, 'u') : undefined);
  }
  return byRole.get(role);
}

/** The party a pronoun opening `clause` (relative offsets in `text`) refers to, if that is unambiguous. */
export function pronounSubject(text: string, clause: Span, parties: Parties): PronounSubject | undefined {
  const m = PRONOUN_OPENING.exec(text.slice(clause.start, clause.end));
  if (!m) return undefined;
  const before = clauseSpans(text).filter((c) => c.end <= clause.start).pop();
  if (!before) return undefined;
  const previous = text.slice(before.start, before.end);
  const named = (['provider', 'customer'] as const).filter((r) => namesOf(parties, r)?.test(previous));
  if (named.length !== 1) return undefined;
  const start = clause.start + m.index + m[0].length - m[1]!.length;
  return { role: named[0]!, pronoun: m[1]!, start, end: start + m[1]!.length };
}
