/**
 * Text plumbing for clause files: normalisation, front-matter splitting and offset → line/column
 * mapping, so every load problem can point at the exact line a lawyer has to fix.
 */

/** Strips a BOM and turns CRLF/CR into LF. Line numbers are unchanged by this. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Maps string offsets to 1-based line and column. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

export interface SplitFile {
  /** The YAML between the fences. */
  yaml: string;
  /** Offset of `yaml` in the normalised text. */
  yamlOffset: number;
  /** Everything after the closing fence. */
  body: string;
  bodyOffset: number;
}

export type SplitResult = { ok: true; split: SplitFile } | { ok: false; line: number; message: string };

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** Splits `---` front matter from the Markdown body. Expects normalised text. */
export function splitFrontMatter(text: string): SplitResult {
  const firstEnd = text.indexOf('\n');
  const firstLine = firstEnd === -1 ? text : text.slice(0, firstEnd);
  if (!OPEN.test(firstLine)) {
    return {
      ok: false,
      line: 1,
      message:
        'missing front matter: the file must start with a line "---", then the YAML fields, then another "---" line',
    };
  }
  const yamlOffset = firstEnd === -1 ? text.length : firstEnd + 1;
  let lineStart = yamlOffset;
  while (lineStart < text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    if (CLOSE.test(text.slice(lineStart, lineEnd))) {
      const bodyOffset = nl === -1 ? text.length : nl + 1;
      return {
        ok: true,
        split: { yaml: text.slice(yamlOffset, lineStart), yamlOffset, body: text.slice(bodyOffset), bodyOffset },
      };
    }
    lineStart = lineEnd + 1;
  }
  return {
    ok: false,
    line: 1,
    message: 'unterminated front matter: no closing "---" line after the YAML fields',
  };
}
