/**
 * Rows that open with a bare reference: "A1 | Enforce multi-factor authentication … | Contractor |
 * Continuous". The reference names the row and says nothing, so the row is read from its second
 * cell, the statement, with the cells after it, as a row is read from its first cell otherwise: its
 * Owner column says who performs it, its Frequency column may hedge it ("Best effort").
 */
import type { ParsedDocument } from './parse';

/** "A1", "SEC-01", "3.2", "R12a", "KPI 4": a row reference, no words of its own. */
export const REFERENCE = /^\s*(?:[A-Z]{1,5}[\s.-]?)?\d{1,3}(?:\.\d{1,3})*[a-z]?\s*$/i;

export interface RowReading {
  rowRest: string[];
  rowCells: Map<number, string[]>;
  tableHeader: string[];
}

/** Move the row reading of each reference-led row from its first cell to its second. */
export function readFromStatementCell(doc: ParsedDocument, rows: RowReading): void {
  for (const [first, cells] of [...rows.rowCells]) {
    const unit = doc.units[first]!;
    if (cells.length < 2 || !REFERENCE.test(unit.sentences.map((s) => s.text).join(' '))) continue;
    const second = doc.units.findIndex((u, i) => i > first && u.kind === 'table-cell' && u.parents.includes(first));
    if (second < 0 || !doc.units[second]!.sentences.length) continue;
    rows.rowRest[second] = cells.slice(1).filter(Boolean).join(' | ');
    rows.rowCells.set(second, cells.slice(1));
    rows.tableHeader[second] = rows.tableHeader[first]!.split(' | ').slice(1).join(' | ');
    rows.rowRest[first] = '';
    rows.rowCells.delete(first);
  }
}
