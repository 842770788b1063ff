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
import type { MarkKeyPatterns } from './mark-key-words';
import type { ParsedDocument } from './parse';

/**
 * The sentence, outside any table, that says a mark ("X", "✓", "R", "tick") in a party's column
 * "means" / "indicates" that the party shall, must or is obliged to do the row. "R: performs the
 * activity" only describes who works and binds no one; a key that states the duty does. The words
 * are the lexicon's (`markKeys`, mark-key-words.ts).
 */
export function markKeyLead(doc: ParsedDocument, keys: MarkKeyPatterns): LeadIn | undefined {
  for (const unit of doc.units) {
    if (unit.kind === 'table-cell') continue;
    for (const s of unit.sentences) {
      const m = keys.binds.exec(s.text);
      if (m) return { text: s.text.slice(0, m.index + m[0].length), start: s.start, marked: true };
    }
  }
  return undefined;
}

/** The initials a key paragraph spells out ("CG = Contract Giver", "CA: the Contract Acceptor"), initials → name. */
export function keyInitials(text: string, keys: MarkKeyPatterns): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of text.matchAll(keys.initials)) names.set(m[1]!, m[2]!);
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
