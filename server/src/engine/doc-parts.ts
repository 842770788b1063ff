/**
 * The parts a document was assembled from (incremental/assembly.ts): each block's own parsed
 * document, which stays the same object while the block's text does not change, with where its
 * units start and where its text starts in the whole. A document parsed whole is its own only part.
 *
 * Readers of the whole document that judge each unit or line on its own (the first clause that
 * incorporates questionnaire answers, the conformance clause, counts of code fences) read it part
 * by part and keep each part's answer with the part, so an edit re-reads only the block it changed
 * and the answer is the one a reading of the whole gives. A part's document holds its block's text
 * followed by a few lookahead lines (`length` is where the block itself ends).
 */
import type { ParsedDocument } from './parse';

export interface DocPart {
  doc: ParsedDocument;
  /** Index in the whole document of the part's first unit. */
  unitBase: number;
  /** Offset in the whole text of the part's first character. */
  offset: number;
  /** Length of the part's own text (its document's text may run on past it). */
  length: number;
}

const partsOf = new WeakMap<ParsedDocument, readonly DocPart[]>();

/** Record the parts `doc` was assembled from, in document order. */
export function setDocParts(doc: ParsedDocument, parts: readonly DocPart[]): void {
  partsOf.set(doc, parts);
}

export function docParts(doc: ParsedDocument): readonly DocPart[] {
  return partsOf.get(doc) ?? [{ doc, unitBase: 0, offset: 0, length: doc.text.length }];
}

/**
 * One reader's answers per part document, kept while the part lives, for each set of words the
 * reader was given (a lexicon, its patterns): `of` reads a part once per words object.
 */
export class PartMemo<T> {
  private readonly byWords = new WeakMap<object, WeakMap<ParsedDocument, T>>();

  of(part: DocPart, words: object, read: (part: DocPart) => T): T {
    let memo = this.byWords.get(words);
    if (!memo) this.byWords.set(words, (memo = new WeakMap()));
    if (memo.has(part.doc)) return memo.get(part.doc)!;
    const value = read(part);
    memo.set(part.doc, value);
    return value;
  }
}
