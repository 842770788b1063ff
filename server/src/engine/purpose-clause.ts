/**
 * "The Customer shall keep its vendor support contracts current so that security patches remain
 * available": the requirement's words stand only in a clause of purpose, which says why another
 * act is done (keeping contracts), not that anyone does this one. Such a sentence is no evidence.
 * A clause of purpose opens with "so that" or "in order that" after the sentence's own verb. Read
 * so only for a duty of the other party ("the Provider shall schedule windows so that patches are
 * installed within 14 days" is the provider's means to the duty, and stays evidence).
 */
import type { Parties } from './parties';
import { partyMentions } from './subjects';
import type { Requirement } from './types';
import { termSet } from './terms';

const PURPOSE = /\b(?:so\s+that|in\s+order\s+that)\b/i;

/** Is `text` a duty of the customer whose topic words all stand after its "so that" / "in order that"? */
export function onlyInPurposeClause(text: string, req: Requirement, parties: Parties): boolean {
  const m = PURPOSE.exec(text);
  if (!m || m.index === 0 || req.party === 'customer') return false;
  const subject = partyMentions(text, parties, 0, m.index)[0];
  if (subject?.role !== 'customer') return false;
  // The topic words (first detect list): the other lists name objects ("software") the act may share.
  const hits = termSet(req.detect[0] ?? []).find(text);
  if (!hits.length) return false;
  // The purpose clause runs to the next clause break.
  const stop = text.slice(m.index).search(/[;:]/);
  const end = stop < 0 ? text.length : m.index + stop;
  return hits.every((h) => h.start > m.index && h.start < end);
}
