/** Re-flowing an inserted clause at the width the draft wraps its own paragraphs. */
import type { AnalysisResult } from '../analyze';

/**
 * The template is re-flowed like the draft's own prose: hard-wrapped at the width most of its
 * wrapped paragraph lines reach, or kept on one line when the draft does not hard-wrap.
 */
export function wrapWidthOf(result: AnalysisResult): number | undefined {
  const widths: number[] = [];
  for (const unit of result.doc.units) {
    if (unit.kind !== 'paragraph' && unit.kind !== 'list-item') continue;
    const lines = result.doc.text.slice(unit.start, unit.end).split(/\r?\n/);
    // Only lines followed by another line of the same paragraph show where the draft wraps.
    for (let i = 0; i < lines.length - 1; i++) widths.push(lines[i]!.trimEnd().length);
    if (widths.length >= 400) break;
  }
  if (widths.length < 5) return undefined;
  widths.sort((a, b) => a - b);
  const typical = widths[Math.floor(widths.length * 0.9)]!;
  return typical >= 40 && typical <= 200 ? typical : undefined;
}

/** Greedy word wrap; `first` columns of the first line are already taken by a label or marker. */
export function wrap(text: string, width: number | undefined, indent: number, first: number): string[] {
  if (width === undefined) return [text];
  const lines: string[] = [];
  let line = '';
  let used = first;
  for (const word of text.split(' ')) {
    if (line && used + 1 + word.length > width) {
      lines.push(line);
      line = word;
      used = indent + word.length;
    } else {
      used += (line ? 1 : 0) + word.length;
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  return lines;
}

/** Width of leading white space in columns (a tab advances to the next multiple of 4). */
export function columns(space: string): number {
  let col = 0;
  for (const c of space) col = c === '\t' ? col + 4 - (col % 4) : col + 1;
  return col;
}
