/** Line bookkeeping over the original text. Offsets are UTF-16 code units (JS string indices). */
export class LineIndex {
  private readonly starts: number[];

  /** `starts`: the offsets where lines start, when the caller has them already (incremental analysis). */
  constructor(
    readonly text: string,
    starts?: number[],
  ) {
    this.starts = starts ?? lineStarts(text, 0, text.length);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based line and UTF-16 character of an offset (LSP positions). */
  position(offset: number): { line: number; character: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo]! };
  }

  offset(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    const start = this.starts[line]!;
    const end = this.lineEnd(line);
    return Math.min(start + Math.max(0, character), end);
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]!;
  }

  /** Offset of the end of a line's content (before its line break). */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1]! : this.text.length;
    let end = next;
    if (end > this.starts[line]! && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.starts[line]! && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
}

/** Offsets of the lines starting in text[from, to): 0 or `from`, then after each CRLF, LF or lone CR. */
export function lineStarts(text: string, from: number, to: number, into: number[] = [from]): number[] {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) into.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) into.push(i + 1);
  }
  return into;
}

/** The line break a document mostly uses, so inserted text keeps it. */
export function dominantEol(text: string): '\n' | '\r\n' {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i !== -1 && crlf + lf < 2000; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

/** Collapse whitespace for display in messages and reports. */
/**
 * A sentence as a reader quotes it: the masked text (markup blanked, same length as the source)
 * without the blanks that stood for markup, so "the **Plan**" reads "the Plan", not "the  Plan  ".
 */
export function quotedText(source: string, masked: string): string {
  if (source.length !== masked.length) return masked;
  let out = '';
  for (let i = 0; i < masked.length; i++) {
    const c = masked[i]!;
    if (c === ' ' && source.charCodeAt(i) > 32) continue; // blanked markup
    out += c;
  }
  return out;
}

export function squash(text: string, max = 240): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}
