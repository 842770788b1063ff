/**
 * An interpretation clause that reads one party word as another: "In Schedule 2 a reference to
 * "the Provider" is a reference to the Subcontractor", "references to the "Service Organisation"
 * are to be read as references to the Supplier". Flow-down subcontracts and incorporated schedules
 * reproduce another contract's clauses in its own words; this clause is what makes them bind the
 * party named, so the word takes that party's role, and the hover says why.
 */
import type { ParsedDocument } from './parse';
import type { PartyName } from './parties';
import type { Role } from './types';

/** How many units may hold the interpretation clauses (definitions and interpretation come first). */
const INTERPRETATION_UNITS = 80;
/** `reference(s) [in …] to "X" is/are [to be read as] (a) reference(s) to [the] Y`; case-sensitive, so Y is only capitalised words. */
const READ_AS = /\b[Rr]eferences?\s+(?:in\s+[^"“”\n]{1,60}?\s+)?to\s+(?:the\s+)?["“](?:the\s+)?([^"“”\n]{1,40})["”]\s+(?:is|are|shall\s+be|will\s+be)\s+(?:to\s+be\s+read\s+as\s+|read\s+as\s+|deemed\s+to\s+be\s+)?(?:a\s+)?references?\s+to\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,3})/gu;

/**
 * Give each word an interpretation clause reads as a party that party's role (`names` changed in
 * place). A party the document itself defines keeps its role: the clause then only speaks of
 * another text's words. Returns what was assumed, or undefined.
 */
export function readReferencedParties(doc: ParsedDocument, names: PartyName[]): string | undefined {
  const assumed: string[] = [];
  const limit = Math.min(doc.units.length, INTERPRETATION_UNITS);
  for (let i = 0; i < limit; i++) {
    for (const s of doc.units[i]!.sentences) {
      if (!/reference/i.test(s.text)) continue;
      READ_AS.lastIndex = 0;
      for (let m = READ_AS.exec(s.text); m; m = READ_AS.exec(s.text)) {
        const word = m[1]!.trim();
        const target = names.find((n) => n.definedAt !== undefined && n.role !== 'both' && sameStart(m![2]!, n.term));
        if (!target || target.role === 'both') continue;
        const read = readAs(names, word, target.role, target.term);
        if (read) assumed.push(read);
      }
    }
  }
  return assumed.length ? assumed.join('; ') : undefined;
}

/** "Subcontractor and a reference" starts with the name "Subcontractor". */
function sameStart(text: string, term: string): boolean {
  return (text + ' ').toLowerCase().startsWith(term.toLowerCase() + ' ');
}

function readAs(names: PartyName[], word: string, role: Role, target: string): string | undefined {
  const bare = word.replace(/^the\s+/i, '').toLowerCase();
  if (bare === target.toLowerCase()) return undefined;
  const same = names.filter((n) => n.term.replace(/^the\s+/i, '').toLowerCase() === bare);
  if (same.some((n) => n.definedAt !== undefined)) return undefined;
  const assumed = `read “${word}” as the ${role}: the document reads references to it as references to the ${target}`;
  for (const n of same) Object.assign(n, { role, assumed, conventional: false });
  if (!same.length) names.push({ term: word, role, assumed });
  return assumed;
}
