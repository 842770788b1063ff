/**
 * A register of who performs which security function names the functions it records: "a register
 * that states for each function (identity and access management, monitoring, patching, backup,
 * incident handling) whether the Provider or the Customer performs it", "records which security
 * functions (monitoring, backup, …) the Provider performs and which the Customer keeps". The
 * duty is to keep the record (transparency about roles); the functions in its list are the record's
 * rows, not a promise to perform any of them. A requirement whose words occur only inside that list
 * finds no evidence there. The words (the distributive head, the function nouns, what follows the
 * list) are the lexicon's (`registerItems`).
 */
import { phraseAlternation } from './cell-words';

export interface RegisterItemWords {
  /** Before the function noun, with an allocation after the list: "for each", "which". */
  heads?: string[];
  /** Before the function noun, an allocation itself: "which party performs each". */
  allocatingHeads?: string[];
  /** What the register lists: "function", "functions", "part", "task". */
  functionNouns?: string[];
  /** After the closing bracket: "whether", "performs", "is responsible". */
  allocations?: string[];
}

/** Group 1: the bracketed list of functions the register records. */
export function compileRegisterItems(words: RegisterItemWords | undefined): RegExp {
  const w = words ?? {};
  const alt = phraseAlternation;
  const functions = String.raw`\s+(?:[\p{L}'’-]+\s+){0,3}?${alt(w.functionNouns)}\b(?:\s+(?:of|in|for)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)?\s*\(([^()]{3,400})\)`;
  const allocatedAfter = String.raw`\b${alt(w.heads)}${functions}\s*,?\s*(?:[\p{L}'’-]+\s+){0,5}?${alt(w.allocations)}\b`;
  return new RegExp(String.raw`${allocatedAfter}|\b${alt(w.allocatingHeads)}${functions.replace('(([^()]', '((?<allocated>[^()]')}`, 'iu');
}

/** Every hit of the requirement's words lies inside the function list of a register. */
export function onlyRegisterItems(text: string, hits: { start: number; end: number }[][], register: RegExp): boolean {
  const m = register.exec(text);
  if (!m || !hits.length) return false;
  const list = m[1] ?? m.groups?.allocated ?? '';
  const from = m.index + m[0].lastIndexOf(`(${list})`) + 1;
  const to = from + list.length;
  return hits.every((group) => group.length > 0 && group.every((h) => h.start >= from && h.end <= to));
}
