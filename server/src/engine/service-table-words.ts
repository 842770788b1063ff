/**
 * Lexicon words of service tables that allocate each row (lexicon `serviceTables`, read by
 * table-rows.ts): the headers of the column that says whether a row is part of the service
 * ("Included", "In scope?") and of the one that names who performs it ("Responsible party",
 * "Performed by"), a cell that marks a row not included ("No", "Out of scope", "✗") and a cell
 * that marks its column's party as the one who does the row ("X", "✓", "Yes"). The words are
 * data; whole cells, a closing "?" and the boundaries stay in code.
 */
import { phraseAlternation } from './cell-words';

export interface ServiceTableWords {
  includedHeaders?: string[];
  responsibleHeaders?: string[];
  /** A cell that opens with one marks the row not included: "No — Client task". */
  notIncluded?: string[];
  /** A whole cell that marks its column's party as the doer. */
  marks?: string[];
}

export interface ServiceTablePatterns {
  includedColumn: RegExp;
  responsibleColumn: RegExp;
  notIncluded: RegExp;
  mark: RegExp;
}

export function compileServiceTables(words: ServiceTableWords | undefined): ServiceTablePatterns {
  const w = words ?? {};
  const alt = phraseAlternation;
  return {
    includedColumn: new RegExp(String.raw`^${alt(w.includedHeaders)}\s*\??$`, 'i'),
    responsibleColumn: new RegExp(String.raw`^${alt(w.responsibleHeaders)}\s*\??$`, 'i'),
    notIncluded: new RegExp(String.raw`^\s*${alt(w.notIncluded)}(?![\p{L}\p{N}_])`, 'iu'),
    mark: new RegExp(String.raw`^\s*${alt(w.marks)}\s*$`, 'iu'),
  };
}
