/**
 * Regular expressions built around a document's party names (parties.ts partyPattern), compiled
 * once per source. Some readers built theirs on every call, per sentence or definition: with the
 * `u` flag and a dozen names each costs V8 a fresh compilation to machine code (about 4% of a
 * corpus run). Only patterns without `g` or `y` are shared: they keep no state between calls.
 */
const compiled = new Map<string, RegExp>();
/** A document has a few; past this many (a batch of documents), start afresh. */
const MAX_PATTERNS = 64;

export function partyRegExp(source: string, flags: string): RegExp {
  if (/[gy]/.test(flags)) throw new Error(`partyRegExp: a ${flags} pattern keeps state between calls`);
  const key = `${flags}/${source}`;
  let re = compiled.get(key);
  if (!re) {
    if (compiled.size >= MAX_PATTERNS) compiled.clear();
    re = new RegExp(source, flags);
    compiled.set(key, re);
  }
  return re;
}
