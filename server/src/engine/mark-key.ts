/**
 * The key of a responsibility matrix: GxP quality agreements, outsourcing schedules and RACI
 * annexes list imperative activities ("Back up all systems daily") with a mark in the column of
 * the party that does each one, and say in a key what a mark obliges:
 *   "An X in a party's column means that the party shall perform the activity" — a mark binds;
 *   "CG = Contract Giver; CA = Contract Acceptor" — the column heads are the parties' initials.
 * Read as drafters mean it: under such a key, the provider's mark binds the provider to the row
 * as written (its hedges still weaken it), a mark only under the customer moves the duty
 * (table-rows.ts), and a row no party is marked for is no one's duty.
 */
import type { LeadIn } from './classify';
import type { ParsedDocument } from './parse';

/**
 * A key sentence: a mark ("X", "✓", "R", "tick") in a party's column "means" / "indicates" that
 * the party shall, must or is obliged to do the row. "R: performs the activity" only describes
 * who works and binds no one; a key that states the duty does.
 */
const MARK_BINDS = /(?:^|[\s(“"'*])(?:an?\s+)?[*“"']*(?:x|✓|✔|r|tick)[*”"']*\s+(?:mark\s+)?(?:in|under)\s+(?:a|the|each)\s+party['’]s\s+column\b[^.;]{0,40}?\b(?:means?|indicates?|denotes?|signif(?:y|ies)|shows?)\b[^.;]{0,120}?\b(?:shall|must|is\s+(?:obliged|obligated|required)\s+to|undertakes?\s+to)\b/i;

/** The sentence, outside any table, that says a mark in a party's column binds that party. */
export function markKeyLead(doc: ParsedDocument): LeadIn | undefined {
  for (const unit of doc.units) {
    if (unit.kind === 'table-cell') continue;
    for (const s of unit.sentences) {
      const m = MARK_BINDS.exec(s.text);
      if (m) return { text: s.text.slice(0, m.index + m[0].length), start: s.start, marked: true };
    }
  }
  return undefined;
}

/** "CG = Contract Giver", "CA: the Contract Acceptor": initials a table key spells out. */
const INITIALS = /(?<![\p{L}\p{N}])(\p{Lu}{2,5})\s*(?:=|:|–|—|means|stands\s+for)\s*(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})/gu;

/** The initials a key paragraph spells out, initials → name. */
export function keyInitials(text: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of text.matchAll(INITIALS)) names.set(m[1]!, m[2]!);
  return names;
}

/** A header row with each head that the key spells out replaced by its name ("CG | CA" → "Contract Giver | Contract Acceptor"). */
export function spelledHeader(header: string, initials: Map<string, string>): string {
  if (!initials.size) return header;
  return header
    .split(' | ')
    .map((cell) => initials.get(cell.trim()) ?? cell)
    .join(' | ');
}
