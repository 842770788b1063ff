/**
 * Markdown → clause units. remark gives the block structure; matching runs over the *source*
 * text of each block with Markdown markup blanked out (same length), so every offset the
 * matcher finds is already an offset into the original document.
 *
 * The parts: reader.ts (remark), builder.ts (tree → sections and units), shapes.ts (enumerators,
 * captions, heading numbers), masking.ts (markup blanked out), types.ts.
 */
import type { Root, RootContent } from 'mdast';
import { readBlock } from '../block-reader';
import { buildDocument } from './builder';
import { markdownTree } from './reader';
import type { ParsedDocument } from './types';

export * from './types';
export { buildDocument, indentedProseStats, readsAsIndentedProse, type IndentedProseStats } from './builder';
export { markdownProcessor, markdownTree } from './reader';
export { endsWithLeadIn, headingTitle, isTitle, unitShape } from './shapes';
export { htmlComments, mask, unclosedBlockStart } from './masking';

/**
 * Parse Markdown into sections and clause units with sentence offsets. The text is read in
 * bounded pieces (block-reader.ts), so no remark call sees more than a few kilobytes where
 * CommonMark restarts often enough; the result is the one a whole-document parse gives.
 */
export function parseDocument(text: string): ParsedDocument {
  return readSafely(text, () => ({ type: 'root', children: readBlock(text, text.length, true).nodes }));
}

/** The same from one remark parse of the whole text: the reference the bounded reading is tested against. */
export function parseWholeDocument(text: string): ParsedDocument {
  return readSafely(text, () => markdownTree(text));
}

function readSafely(text: string, tree: () => Root): ParsedDocument {
  try {
    return buildDocument(text, tree());
  } catch (error) {
    // Nesting thousands of levels deep (quotes, lists) overflows the call stack in remark or in
    // the builder; such a document is still read, as plain paragraphs, rather than not at all.
    if (!(error instanceof RangeError)) throw error;
    return buildDocument(text, paragraphTree(text));
  }
}

/** The fallback reading: every run of non-blank lines is a paragraph. */
export function paragraphTree(text: string): Root {
  const children: RootContent[] = [];
  const point = (offset: number): { line: number; column: number; offset: number } => ({ line: 1, column: 1, offset });
  // From a non-space character to the next blank line (or the end), trailing space trimmed.
  for (const m of text.matchAll(/\S[\s\S]*?(?=(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)|$)/g)) {
    const end = m.index + m[0].replace(/\s+$/, '').length;
    children.push({ type: 'paragraph', children: [], position: { start: point(m.index), end: point(end) } });
  }
  return { type: 'root', children };
}
