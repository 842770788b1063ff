/**
 * `list.map(f)` for arrays the matching loops read per unit and sentence (a unit's sentences, the
 * per-sentence aids). Array.prototype.map gives arrays of several element kinds (an empty one
 * stays "small integers", others are "packed" or "holey" depending on the path V8 takes), and
 * each kind is a hidden class of its own: a loop that meets a new one after V8 optimised it throws
 * its machine code away and compiles again (the corpus run recompiled the matching loop a dozen
 * times). Every array made here comes from one allocation site, which V8 soon creates in the
 * general "packed elements" kind, empty or not: one hidden class for all of them.
 *
 * The copy (slice keeps the elements kind) is what is kept: an array grown by push has room for
 * 17 elements from the first, and most of these lists hold one to three (3 MB of empty slots
 * with a 1.2 MB draft open).
 */
export function packedMap<T, U>(list: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < list.length; i++) out.push(f(list[i]!, i));
  return out.slice();
}
