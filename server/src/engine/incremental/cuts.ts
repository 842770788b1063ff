/** Where a document may be cut into blocks: lines that may be top-level ATX headings (verified later by the reader). */
import { closesFence, eachLine, FRONT_MATTER, isHeadingLine, opensFence, type LineBreaks } from '../block-reader';

/**
 * Offsets of the lines that may start a block: "#" headings at column 0, outside front matter and,
 * as far as a line scan can tell, outside fenced code. Every cut is verified by the parser later,
 * so this scan only needs to avoid obviously wasted attempts.
 */
export function cutCandidates(text: string): number[] {
  const scanner = new CutScanner(text, 0);
  const cuts: number[] = [];
  for (let cut = scanner.next(); cut < text.length; cut = scanner.next()) cuts.push(cut);
  return cuts;
}

/** Finds cut candidates one at a time, from a block start (where no fence is open). */
export class CutScanner {
  private at: number;
  private fence: ReturnType<typeof opensFence>;
  private readonly line = { start: 0, end: 0 };
  /** Line breaks found ahead, kept from one call of next() to the next. */
  private readonly breaks: LineBreaks = { lf: -1, cr: -1 };

  constructor(
    private readonly text: string,
    from: number,
  ) {
    this.at = from;
    if (from === 0 && FRONT_MATTER.test(text)) {
      // Front matter runs to the next "---" line. Unclosed, remark reads the rest of the document
      // differently (no block quote or list starts after the failed attempt): no cuts at all.
      const close = /(?:\r\n|\n|\r)---[ \t]*(?=\r\n|\n|\r|$)/.exec(text);
      this.at = close ? close.index + close[0].length : text.length;
    }
  }

  /** The next candidate, or the text's length when there is none. */
  next(): number {
    const { text, line } = this;
    let found = text.length;
    const from = this.at;
    if (from >= text.length) return found;
    eachLine(text, from, text.length, (start, end) => {
      line.start = start;
      line.end = end;
      if (this.fence) {
        if (closesFence(text, line, this.fence)) this.fence = undefined;
      } else if (start > from && start > 0 && isHeadingLine(text, line)) {
        found = start;
        return true;
      } else if (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 96 || text.charCodeAt(start) === 126) {
        this.fence = opensFence(text, line);
      }
      return false;
    }, this.breaks);
    this.at = found;
    return found;
  }
}
