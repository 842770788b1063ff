/**
 * The remark reader, with one fix to micromark applied first (see micromark-patch.ts). Offsets
 * of the tree it gives are offsets into the text, also after a byte order mark.
 */
import '../micromark-patch'; // before any parse: micromark's quadratic event edits
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Parent, Root, RootContent } from 'mdast';

/** The remark reader. incremental.ts derives its block-only reader from it, so a plugin added here applies to both. */
export function markdownProcessor() {
  return unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
}

const processor = markdownProcessor();

/**
 * The remark tree with offsets into `text`. micromark drops a leading byte order mark without
 * counting it, so after a BOM every offset it reports is one short; they are shifted back here.
 */
export function markdownTree(text: string, reader: { parse(text: string): unknown } = processor): Root {
  const tree = reader.parse(text) as Root;
  if (text.charCodeAt(0) !== 0xfeff) return tree;
  const pending: (Root | RootContent)[] = [tree];
  while (pending.length) {
    const node = pending.pop()!;
    for (const point of [node.position?.start, node.position?.end]) {
      if (point?.offset !== undefined) point.offset += 1;
    }
    if ('children' in node) for (const child of (node as Parent).children) pending.push(child as RootContent);
  }
  return tree;
}
