/**
 * What a table's data cells are read with: the table's header row ("Log type | Retention period"
 * names what "Firewall logs | 12 months" states) and the sentence that introduces the table
 * ("Logs shall be retained for no less than the periods in the table below:"), which binds its
 * rows as a "…shall:" lead-in binds a list. The header row alone is no evidence: it only gives
 * the rows their meaning. A glossary ("Term | Meaning") defines words in its rows: no row of it
 * obliges anyone, however many of a requirement's words its definitions use.
 */
import { bundledLexicon } from './catalog/lexicon-file';
import type { LeadIn } from './classify';
import type { Lexicon } from './lexicon';
import type { ParsedDocument } from './parse';
import { serviceLevelLeadIns } from './service-level-tables';
import { keyInitials, spelledHeader } from './mark-key';
import { serviceColumns } from './table-rows';

/**
 * A clause that binds the rows a service table marks included: "Contractor shall perform each
 * service marked "Yes" in the Included column", "The Supplier will deliver every item ticked as
 * in scope", "the Services include each row marked Yes". Read up to the mark, where the duty is.
 */
const BINDS_MARKED_ROWS = /\b(?:shall|must|will|agrees?\s+to|undertakes?\s+to|includes?)\b[^.;]{0,160}?\b(?:marked|ticked|shown|indicated|identified)(?:\s+as)?\s+["“]?\s*(?:yes|included|in[- ]scope)\b["”]?/i;

/** The clause, anywhere in the document, that binds the included rows of its service tables. */
function rowBinding(doc: ParsedDocument): LeadIn | undefined {
  for (const unit of doc.units) {
    if (unit.kind === 'table-cell') continue;
    for (const s of unit.sentences) {
      const m = BINDS_MARKED_ROWS.exec(s.text);
      if (m) return { text: s.text.slice(0, m.index + m[0].length), start: s.start };
    }
  }
  return undefined;
}

export interface TableAids {
  /** Per unit: the header row of the table a data cell belongs to ('' for other units). */
  header: string[];
  /** Per unit: the introducing sentence (ending with ":") of the table a data cell belongs to. */
  leadIn: (LeadIn | undefined)[];
}

export function tableAids(doc: ParsedDocument, serviceLevels?: Lexicon['serviceLevels'], markKeys: Lexicon['markKeys'] = bundledLexicon().markKeys, serviceTables: Lexicon['serviceTables'] = bundledLexicon().serviceTables): TableAids {
  const header = doc.units.map(() => '');
  const leadIn: (LeadIn | undefined)[] = doc.units.map(() => undefined);
  let row: string[] = [];
  let intro: LeadIn | undefined;
  let previousWasHeader = false;
  let binding: LeadIn | null | undefined;
  // "CG = Contract Giver": the key above a table spells out the initials its column heads use.
  let initials = new Map<string, string>();
  doc.units.forEach((unit, i) => {
    if (unit.kind !== 'table-cell') {
      if (unit.sentences.length) initials = keyInitials(unit.sentences.map((s) => s.text).join(' '), markKeys);
      previousWasHeader = false;
      const last = unit.sentences[unit.sentences.length - 1];
      intro = last && /:\s*$/.test(last.text) ? { text: last.text, start: last.start } : undefined;
      return;
    }
    // A header cell hangs under no other cell; consecutive ones form the header row.
    if (!unit.parents.some((p) => doc.units[p]!.kind === 'table-cell')) {
      if (!previousWasHeader) row = [];
      row.push(unit.sentences.map((s) => s.text).join(' '));
      previousWasHeader = true;
      return;
    }
    previousWasHeader = false;
    header[i] = spelledHeader(row.join(' | '), initials);
    // The row's first cell reads the whole row (match.ts), so only it takes the binding clause.
    const firstCell = !unit.parents.some((p) => doc.units[p]!.kind === 'table-cell' && doc.units[p]!.parents.some((q) => doc.units[q]!.kind === 'table-cell'));
    leadIn[i] = intro ?? (firstCell && serviceColumns(header[i], serviceTables)?.included !== undefined ? (binding ??= rowBinding(doc) ?? null) ?? undefined : undefined);
  });
  // "shall meet the Service Levels in Table 3" binds the rows of Table 3 (service-level-tables.ts).
  const serviceLevel = serviceLevelLeadIns(doc, header, serviceLevels);
  return { header, leadIn: leadIn.map((l, i) => l ?? serviceLevel[i]) };
}

/**
 * Rows that oblige no one, however many of a requirement's words they hold: a glossary's ("Term |
 * Meaning", "Abbreviation | Definition") or a price list's. In a price list every column after the
 * first ("Service", "Item") gives a charge ("Annual Charge (GBP)", "Monthly fee", "Day rate"): a row
 * says what is charged for, which is a payment term (as "pay for backups" is, sentence-kinds.ts
 * PAYMENT_ACT), not a duty to do it. The header words are the lexicon's (`tableColumns`).
 */
export function rowsObligeNoOne(header: string, words: Lexicon['tableColumns'] = bundledLexicon().tableColumns): boolean {
  if (header === '') return false;
  if (words.glossaryHeader.test(header)) return true;
  const columns = header.split('|');
  return columns.length >= 2 && columns.slice(1).every((c) => words.chargeColumn.test(c));
}
