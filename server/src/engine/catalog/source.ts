/**
 * Text plumbing for clause files: normalisation, front-matter splitting and offset → line/column
 * mapping, so every load problem can point at the exact line a lawyer has to fix.
 */
import { LineIndex as TextLineIndex } from '../text';

/** Strips a BOM and turns CRLF/CR into LF. Line numbers are unchanged by this. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Maps string offsets to 1-based line and column (the engine's LineIndex counts from 0). */
export class LineIndex {
  private readonly index: TextLineIndex;

  constructor(text: string) {
    this.index = new TextLineIndex(text);
  }

  position(offset: number): { line: number; column: number } {
    const { line, character } = this.index.position(offset);
    return { line: line + 1, column: character + 1 };
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
