/**
 * Compliance matrices of tenders and RFP responses: "No. | Requirement | Response | Explanation",
 * each row a buyer's requirement ("The Contractor must use multi-factor authentication") answered
 * "Comply", "Partially comply" or "Does not comply". The requirement cell states what was asked,
 * not what was promised: the answer decides how far the bidder is bound. A "Comply" row binds the
 * requirement as written; a "Partially comply" row binds no more than its explanation, so the
 * requirement cell is only weak evidence; a "Does not comply" row refuses it.
 */
import type { Classification } from './classify';
import type { ParsedDocument } from './parse';

export type ComplianceAnswer = 'full' | 'partial' | 'none';

export interface ComplianceRow {
  answer: ComplianceAnswer;
  /** Which cell of the row: the requirement asked, or the bidder's explanation (any other cell). */
  cell: 'requirement' | 'explanation';
  /** The response cell as written ("Partially comply"). */
  text: string;
}

/** Header of the column that answers each row: "Response", "Compliance", "Bidder's response", "Comply (Y/N)". */
const RESPONSE_HEADER = /^\s*(?:(?:[\w’']+\s+)?response|compliance(?:\s+(?:response|status|level))?|compli(?:es|ant)\s*\??|comply\s*(?:\(\s*y\s*\/\s*n\s*\)|\?)?|meets?\s+requirement\s*\??)\s*$/i;
/** Header of the column that states what was asked: "Requirement", "Mandatory requirement", "Specification". */
const REQUIREMENT_HEADER = /^\s*(?:(?:mandatory|security|technical|rfp|tender)\s+)?(?:requirements?|specifications?|criteri(?:on|a))(?:\s+(?:text|description))?\s*$/i;

/** Answers that refuse the requirement; checked before the full and partial forms they contain. */
const NONE = /^\s*(?:does\s+not|do\s+not|will\s+not|cannot|can\s*not|unable\s+to)\s+(?:comply|meet)\b|^\s*(?:non[- ]?compl(?:iant|y)|not\s+compl(?:iant|y)|no)\s*\.?\s*$/i;
const PARTIAL = /^\s*(?:partial(?:ly)?|partly)(?:\s+(?:comply|complies|compliant|meets?))?\s*\.?\s*$/i;
const FULL = /^\s*(?:(?:will\s+|fully\s+|shall\s+)?comply|complies|(?:fully\s+)?compliant|meets?|yes|y)\s*\.?\s*$/i;

export function complianceAnswer(cell: string): ComplianceAnswer | undefined {
  if (NONE.test(cell)) return 'none';
  if (PARTIAL.test(cell)) return 'partial';
  if (FULL.test(cell)) return 'full';
  return undefined;
}

const cellText = (doc: ParsedDocument, u: number): string => doc.units[u]!.sentences.map((s) => s.text).join(' ').trim();

/**
 * Per unit: for a requirement or explanation cell of a compliance matrix, its row's answer. A table counts as a
 * matrix only when its header has both a requirement and a response column, and the row's
 * response cell is one of the recognised answers.
 */
export function complianceRows(doc: ParsedDocument): (ComplianceRow | undefined)[] {
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
    const requirement = column(REQUIREMENT_HEADER);
    const response = column(RESPONSE_HEADER);
    if (requirement === undefined || response === undefined) continue;
    const text = cellText(doc, response);
    const answer = complianceAnswer(text);
    if (!answer) continue;
    for (const c of cells) if (c !== response) rows[c] = { answer, text, cell: c === requirement ? 'requirement' : 'explanation' };
  }
  return rows;
}

/** How a cell of a matrix row reads once the row's answer is known. */
export function answeredReading(read: Classification, row: ComplianceRow): Classification {
  if (read.unrelated || row.answer === 'full') return read;
  // Where the answer is not "Comply", the explanation is the measure of the undertaking: a duty it
  // refuses or leaves to the buyer there is an express carve-out of the requirement, not a passing mention.
  if (row.cell === 'explanation') return !read.express && (read.status === 'negated' || read.status === 'wrong-party') ? { ...read, express: 'disclaimer' } : read;
  if (row.answer === 'partial') {
    if (read.status !== 'present') return read;
    return { ...read, status: 'weak', reason: `the response to this requirement is “${row.text}”: it binds only as far as the explanation says` };
  }
  if (read.status === 'wrong-party') return read;
  return { ...read, status: 'negated', reason: `the response to this requirement is “${row.text}”`, express: 'disclaimer' };
}
