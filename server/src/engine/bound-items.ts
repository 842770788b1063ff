/**
 * Items bound by a body clause. A contract often lists its duties as bare items elsewhere (an
 * obligations register of imperative rows, "Enforce multi-factor authentication on …"; an "In
 * scope" section of noun phrases, "Nightly backup of all servers …") and binds them all in one
 * sentence: "The Contractor shall perform every obligation in the Register", "The Supplier shall
 * perform every item listed in section 3". That sentence binds each item of the collection it
 * names, by its word (a section titled "… Obligations Register") or its number ("section 3",
 * "Schedule 5"), as a "…shall:" lead-in binds a list (service-level-tables.ts does the same for
 * service levels). Who performs a row is then decided by the row's Owner column (table-rows.ts).
 *
 * Nothing is bound when the clause hedges before its act ("shall use reasonable efforts to
 * perform"), or when it calls the list illustrative: an example is no duty.
 */
import type { LeadIn } from './classify';
import type { Lexicon } from './lexicon';
import type { ClauseUnit, ParsedDocument } from './parse';
import { REFERENCE } from './reference-rows';
import { escapeRegExp } from './term-patterns';

interface Binding {
  lead: LeadIn;
  /** The collection's word ("Register") or number ("3"). */
  word?: RegExp;
  number?: string;
}

const escape = (s: string): string => escapeRegExp(s).replace(/\s+/g, '\\s+');

/** The clauses, outside tables, that bind the items of a named collection. */
function bindings(doc: ParsedDocument, words: Lexicon['boundItems']): Binding[] {
  const found: Binding[] = [];
  for (const unit of doc.units) {
    if (unit.kind === 'table-cell') continue;
    for (const s of unit.sentences) {
      const m = words.binds.exec(s.text);
      if (!m || words.notBinding.test(s.text)) continue;
      const lead = { text: s.text.slice(0, m.index + m[0].length), start: s.start };
      found.push(m[1] ? { lead, word: new RegExp(`\\b${escape(m[1])}\\b`, 'i') } : { lead, number: m[2]! });
    }
  }
  return found;
}

/** Does the unit lie in a section the binding names (by a title word, or by its number or a sub-number)? */
function inCollection(doc: ParsedDocument, unit: ClauseUnit, b: Binding): boolean {
  for (let s = unit.section; s >= 0; s = doc.sections[s]!.parent) {
    const section = doc.sections[s]!;
    if (b.word?.test(section.title)) return true;
    if (b.number !== undefined && section.number !== undefined && (section.number === b.number || section.number.startsWith(`${b.number}.`))) return true;
  }
  return false;
}

/** A row is read from its first cell, or from its second after a bare reference ("A1"): only that cell is the item. */
function readsRow(doc: ParsedDocument, unit: ClauseUnit): boolean {
  const cells = unit.parents.filter((p) => doc.units[p]!.kind === 'table-cell');
  if (cells.length === 1) return true; // the first cell: its only table-cell parent is the header cell
  if (cells.length !== 2) return false;
  const first = doc.units[cells[1]!]!;
  const second = doc.units.findIndex((u, i) => i > cells[1]! && u.parents.includes(cells[1]!));
  return doc.units[second] === unit && REFERENCE.test(first.sentences.map((s) => s.text).join(' '));
}

/**
 * Per unit: the clause that binds it as an item of a named collection, if any. Only list items and
 * the data cells of tables are items; a header cell names a column, a paragraph speaks for itself.
 */
export function boundItemLeadIns(doc: ParsedDocument, words: Lexicon['boundItems']): (LeadIn | undefined)[] {
  const leadIns: (LeadIn | undefined)[] = doc.units.map(() => undefined);
  const found = bindings(doc, words);
  if (!found.length) return leadIns;
  doc.units.forEach((unit, i) => {
    const item = unit.kind === 'list-item' || (unit.kind === 'table-cell' && readsRow(doc, unit));
    if (!item) return;
    // The clause itself may sit in the collection's section ("3. In scope … 3.1 The Supplier shall perform every item in section 3").
    leadIns[i] = found.find((b) => b.lead.start < unit.start || b.lead.start > unit.end ? inCollection(doc, unit, b) : false)?.lead;
  });
  return leadIns;
}

/** A lead-in that only titles its items ("Security services:") gives way to the clause that binds them; one with a modal binds them itself. */
export function titlesOnly(lead: LeadIn | undefined, words: Lexicon['boundItems']): boolean {
  return lead !== undefined && !lead.heading && !lead.declared && !words.modal.test(lead.text);
}
