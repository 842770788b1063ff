/**
 * GFM pipe tables read without remark, when every line is simple: each row starts with "|" at
 * column 0, the delimiter row ("| --- | :-: |") has as many cells as the header, and no line holds
 * a backslash (an escaped "|") or a backtick. The table ends before a blank line, a top-level
 * "#" heading or after the last line; anything else after a row (which GFM may read as one more
 * row, or as a block that interrupts the table) is left to remark, as is any other table.
 *
 * Cells are what remark gives: each starts at its "|" and runs to the next one; the last runs to
 * the end of the line (over a closing "|" and trailing spaces). The delimiter row is no row.
 */
import type { AlignType, RootContent, Table, TableCell, TableRow } from 'mdast';
import { isBlank, isHeadingLine, type Line } from './plain-lines';
import type { SimpleRead } from './simple-lists';

const DELIMITER_CELL = /^[ ]*(:?)-+(:?)[ ]*$/;

function point(offset: number): { line: number; column: number; offset: number } {
  return { line: 1, column: 1, offset };
}

/** Offsets where the row's cells start (each "|" but a closing one); undefined if the row is not simple. */
function cellStarts(source: string, line: Line): number[] | undefined {
  if (source.charCodeAt(line.start) !== 124 /* | */) return undefined;
  const starts: number[] = [];
  let last = line.end;
  while (last > line.start && source.charCodeAt(last - 1) === 32) last--;
  for (let i = line.start; i < last; i++) {
    const c = source.charCodeAt(i);
    if (c === 92 /* \ */ || c === 96 /* ` */ || c === 9 || c === 0) return undefined;
    if (c === 124 && (i < last - 1 || i === line.start)) starts.push(i);
  }
  return last - line.start > 1 ? starts : undefined; // not a lone "|"
}

/** The delimiter row's alignments, one per cell ("| :-- | --: |"); undefined if it is none. */
function alignments(source: string, line: Line): AlignType[] | undefined {
  let text = source.slice(line.start, line.end).trimEnd();
  if (!text.startsWith('|')) return undefined;
  text = text.endsWith('|') ? text.slice(1, -1) : text.slice(1);
  const align: AlignType[] = [];
  for (const cell of text.split('|')) {
    const m = DELIMITER_CELL.exec(cell);
    if (!m) return undefined;
    align.push(m[1] && m[2] ? 'center' : m[1] ? 'left' : m[2] ? 'right' : null);
  }
  return align;
}

/** Read the table whose header is `lines[first]` (from a clean state); undefined when it is not provably simple. */
export function readSimpleTable(source: string, lines: readonly Line[], first: number): SimpleRead | undefined {
  const header = lines[first]!;
  const delimiter = lines[first + 1];
  const headerStarts = cellStarts(source, header);
  if (!headerStarts || !delimiter) return undefined;
  const align = cellStarts(source, delimiter) && alignments(source, delimiter);
  if (!align || align.length !== headerStarts.length) return undefined;
  const rows: TableRow[] = [row(header, headerStarts)];
  let i = first + 2;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(source, line) || isHeadingLine(source, line)) break;
    const starts = cellStarts(source, line);
    if (!starts) return undefined;
    rows.push(row(line, starts));
  }
  const end = rows.length > 1 ? rows[rows.length - 1]!.position!.end.offset! : delimiter.end; // a table without body ends with its delimiter row
  const table: Table = { type: 'table', align, children: rows, position: { start: point(header.start), end: point(end) } };
  return { nodes: [table as RootContent], next: i };
}

function row(line: Line, starts: readonly number[]): TableRow {
  const cells: TableCell[] = starts.map((start, k) => ({
    type: 'tableCell',
    children: [],
    position: { start: point(start), end: point(k + 1 < starts.length ? starts[k + 1]! : line.end) },
  }));
  return { type: 'tableRow', children: cells, position: { start: point(line.start), end: point(line.end) } };
}
