/**
 * "… excludes support required to recover data following Customer's failure to backup",
 * "not liable for data lost through the Customer's failure to back it up": the requirement's
 * words name what the other party failed to do. Such a sentence allocates the consequences of
 * that party's own failure (support, liability); it neither disclaims nor gives the duty.
 */
import type { Parties } from './parties';
import { partyRegex } from './subjects';
import { termSet } from './terms';
import type { PartyFailurePatterns } from './failure-words';
import type { Requirement, Role } from './types';

// "<party>'s failure to", "failure of/by (the) <party> to", "<party> fails to", then up to three
// words before the concept; a quick test for the same words first, as most sentences name no
// failure. The words are the lexicon's (`partyFailures`, failure-words.ts).

export const OTHER_PARTYS_FAILURE = 'it names what the other party failed to do, to allocate the consequences; it neither gives nor disclaims the duty';

/**
 * Does every topic word of `req` (its first concept group) in `text` name what the party other
 * than `obligated` failed to do?
 */
export function otherPartysFailure(text: string, req: Requirement, parties: Parties, obligated: Role | undefined, words: PartyFailurePatterns): boolean {
  if (!obligated || !words.namesFailure.test(text)) return false;
  const topics = termSet(req.detect[0] ?? []).find(text);
  return topics.length > 0 && topics.every((h) => failedBy(text, h.start, parties, obligated, words));
}

function failedBy(text: string, at: number, parties: Parties, obligated: Role, words: PartyFailurePatterns): boolean {
  const before = text.slice(Math.max(0, at - 120), at);
  const m = words.failureBefore.exec(before);
  if (!m) return false;
  const start = at - before.length + m.index;
  const end = start + m[0].length;
  // The party that failed stands just before "'s failure" / "fails", or inside "failure of the Customer"
  // (possessives included, which partyMentions leaves out as no subjects).
  const re = partyRegex(parties);
  let failing: Role | undefined;
  re.lastIndex = Math.max(0, start - 40);
  for (let p = re.exec(text); p && p.index < end; p = re.exec(text)) {
    const pEnd = p.index + p[0].length;
    if (pEnd >= start - 1 && pEnd <= end) failing = p[1] !== undefined ? 'provider' : p[2] !== undefined ? 'customer' : undefined;
  }
  return failing !== undefined && failing !== obligated;
}
