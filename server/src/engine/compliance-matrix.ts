/**
 * Requirement tables of tenders: RFP compliance matrices ("No. | Requirement | Response |
 * Explanation") and statements of requirements with a priority column ("ID | Requirement |
 * Priority | Bidder response | Bidder comment"). Each row is a buyer's requirement ("The Contractor
 * must use multi-factor authentication"); the requirement cell states what was asked, not what was
 * promised, and the other columns decide how far the bidder is bound:
 * - the response: "Comply" binds the requirement as written; "Partially comply" binds no more than
 *   its explanation, so the requirement cell is only weak evidence; "Does not comply" refuses it;
 * - the priority: a Must (Mandatory) row binds; a Should or Could (Desirable) row is a target the
 *   bidder aims at, not a duty (weak); a Won't row is not asked for (no obligation).
 * The words of each column are the lexicon's (`requirementTables`).
 */
import { bundledLexicon } from './catalog/lexicon-file';
import type { Classification } from './classify';
import type { Lexicon } from './lexicon';
import type { ParsedDocument } from './parse';
import type { TableWords } from './table-words';

export type ComplianceAnswer = 'full' | 'partial' | 'none';
/** A row's priority: binding (Must), a target (Should, Could, Desirable), or not asked for (Won't). */
export type RowPriority = 'must' | 'target' | 'excluded';

export interface ComplianceRow {
  /** The response cell's answer; undefined in a statement of requirements without responses. */
  answer?: ComplianceAnswer;
  /** Which cell of the row: the requirement asked, or the bidder's explanation (any other cell). */
  cell: 'requirement' | 'explanation';
  /** The response cell as written ("Partially comply"). */
  text: string;
  priority?: RowPriority;
  /** The priority cell as written ("Should"). */
  priorityText?: string;
}

export function complianceAnswer(cell: string, words: TableWords = bundledLexicon().tables): ComplianceAnswer | undefined {
  // Refusals first: "Not compliant" holds the words of a full answer.
  if (words.none.test(cell)) return 'none';
  if (words.partial.test(cell)) return 'partial';
  if (words.full.test(cell)) return 'full';
  return undefined;
}

export function rowPriority(cell: string, words: TableWords = bundledLexicon().tables): RowPriority | undefined {
  if (words.excludedPriority.test(cell)) return 'excluded';
  if (words.targetPriority.test(cell)) return 'target';
  if (words.mustPriority.test(cell)) return 'must';
  return undefined;
}

const cellText = (doc: ParsedDocument, u: number): string => doc.units[u]!.sentences.map((s) => s.text).join(' ').trim();

/**
 * Per unit: for a requirement or explanation cell of a requirement table, its row's answer and
 * priority. A table counts only when its header has a requirement column and a response or a
 * priority column, and the row's cell there is one of the recognised answers or priorities.
 */
export function complianceRows(doc: ParsedDocument, lexicon: Lexicon = bundledLexicon()): (ComplianceRow | undefined)[] {
  const words = lexicon.tables;
  const rows: (ComplianceRow | undefined)[] = doc.units.map(() => undefined);
  const isCell = (i: number): boolean => doc.units[i]!.kind === 'table-cell';
  // Cells hang under their column's header cell and their row's first cell (parse/builder.ts).
  const headerOf = (u: number): number | undefined => doc.units[u]!.parents.find((p) => isCell(p) && !doc.units[p]!.parents.some(isCell));
  const rowHeadOf = (u: number): number | undefined => doc.units[u]!.parents.find((p) => isCell(p) && doc.units[p]!.parents.some(isCell));
  const byRow = new Map<number, number[]>();
  doc.units.forEach((unit, u) => {
    if (unit.kind !== 'table-cell' || headerOf(u) === undefined) return;
    const head = rowHeadOf(u) ?? u;
    const row = byRow.get(head) ?? [];
    if (!row.length && head !== u) row.push(head);
    row.push(u);
    byRow.set(head, row);
  });
  // Every row asks the same header cells: read each header's text once.
  const headerTexts = new Map<number, string>();
  const headerText = (c: number): string => {
    const h = headerOf(c)!;
    let text = headerTexts.get(h);
    if (text === undefined) headerTexts.set(h, (text = cellText(doc, h)));
    return text;
  };
  for (const cells of byRow.values()) {
    const column = (re: RegExp): number | undefined => cells.find((c) => re.test(headerText(c)));
    const requirement = column(words.requirementHeader);
    if (requirement === undefined) continue;
    const response = column(words.responseHeader);
    const priorityCell = column(words.priorityHeader);
    const text = response === undefined ? '' : cellText(doc, response);
    const answer = response === undefined ? undefined : complianceAnswer(text, words);
    const priorityText = priorityCell === undefined ? '' : cellText(doc, priorityCell);
    const priority = priorityCell === undefined ? undefined : rowPriority(priorityText, words);
    if (!answer && !priority) continue;
    const row = { ...(answer ? { answer } : {}), text, ...(priority ? { priority, priorityText } : {}) };
    for (const c of cells) if (c !== response && c !== priorityCell) rows[c] = { ...row, cell: c === requirement ? 'requirement' : 'explanation' };
  }
  return rows;
}

/** How a cell of a requirement-table row reads once the row's answer and priority are known. */
export function answeredReading(read: Classification, row: ComplianceRow): Classification {
  if (read.unrelated) return read;
  const refused = row.answer === 'none' || row.priority === 'excluded';
  if (row.cell === 'explanation') {
    if (!refused && row.answer !== 'partial') return read;
    // Where the answer is not "Comply", the explanation is the measure of the undertaking: a duty it
    // refuses or leaves to the buyer there is an express carve-out of the requirement, not a passing mention.
    if (!read.express && (read.status === 'negated' || read.status === 'wrong-party')) return { ...read, express: 'disclaimer' };
    // In a refused row the explanation only gives the reasons for the refusal ("The Authority's own
    // team handles incidents"): a description there promises nothing, it explains the "No".
    if (refused && read.form === 'statement' && (read.status === 'weak' || read.status === 'present')) return refusal(read, row);
    return read;
  }
  if (refused) return read.status === 'wrong-party' ? read : refusal(read, row);
  if (read.status !== 'present') return read;
  if (row.answer === 'partial') return { ...read, status: 'weak', reason: `the response to this requirement is “${row.text}”: it binds only as far as the explanation says` };
  if (row.priority === 'target') return { ...read, status: 'weak', reason: `the requirement's priority is “${row.priorityText}”: a target the bidder aims at, not a binding duty` };
  return read;
}

function refusal(read: Classification, row: ComplianceRow): Classification {
  const reason = row.answer === 'none' ? `the response to this requirement is “${row.text}”` : `the requirement's priority is “${row.priorityText}”: it is not asked for`;
  return { ...read, status: 'negated', reason, express: 'disclaimer' };
}
