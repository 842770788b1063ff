/**
 * Checks beyond the JSON Schema: terms must use the documented plain-word syntax (authors who
 * expect regular expressions get told so), and templates may only use the known placeholders.
 */
import type { LoadProblem, Requirement } from '../types';
import type { Locate } from './validate';

/** Characters that only make sense in a regular expression, which terms never are. */
const REGEX_CHARS = /[\\^$|?+()[\]{}]/;
const MIN_WILDCARD_STEM = 3;
export const PLACEHOLDERS = ['provider', 'customer'] as const;

/** Why a term is unusable, or undefined when it is fine. */
export function termProblem(term: string): string | undefined {
  const t = term.trim();
  if (!/[\p{L}\p{N}]/u.test(t)) return 'must contain a letter or digit';
  const regex = REGEX_CHARS.exec(t);
  if (regex) return `terms are plain words, not regular expressions: remove "${regex[0]}"`;
  const star = t.indexOf('*');
  if (star !== -1 && star !== t.length - 1) return '"*" may only appear at the end of a term';
  if (star !== -1 && t.length - 1 < MIN_WILDCARD_STEM) {
    return `a term ending in "*" needs at least ${MIN_WILDCARD_STEM} characters before the "*"`;
  }
  return undefined;
}

type TermFields = Pick<Requirement, 'detect'> & Partial<Pick<Requirement, 'exclude' | 'not' | 'weaken' | 'thresholds'>>;

export function checkTerms(fields: TermFields, file: string, locate: Locate): LoadProblem[] {
  const problems: LoadProblem[] = [];
  const check = (term: string, at: (string | number)[], name: string): void => {
    const why = termProblem(term);
    if (why) problems.push({ file, ...locate(at), message: `${name}: ${why} (got "${term}")` });
  };
  fields.detect.forEach((group, g) => group.forEach((t, i) => check(t, ['detect', g, i], `detect[${g}][${i}]`)));
  (fields.exclude ?? []).forEach((t, i) => check(t, ['exclude', i], `exclude[${i}]`));
  (fields.not ?? []).forEach((n, i) => {
    check(n.phrase, ['not', i, 'phrase'], `not[${i}].phrase`);
    (n.unless ?? []).forEach((t, j) => check(t, ['not', i, 'unless', j], `not[${i}].unless[${j}]`));
  });
  (fields.weaken ?? []).forEach((w, i) => {
    check(w.phrase, ['weaken', i, 'phrase'], `weaken[${i}].phrase`);
    (w.unless ?? []).forEach((t, j) => check(t, ['weaken', i, 'unless', j], `weaken[${i}].unless[${j}]`));
  });
  (fields.thresholds ?? []).forEach((th, i) =>
    (th.appliesTo ?? []).forEach((t, j) => check(t, ['thresholds', i, 'appliesTo', j], `thresholds[${i}].appliesTo[${j}]`)),
  );
  return problems;
}

/** Unknown or malformed `{{…}}` placeholders, with their offsets in `text`. */
export function checkPlaceholders(text: string): { offset: number; message: string }[] {
  const out: { offset: number; message: string }[] = [];
  for (const m of text.matchAll(/\{\{([^{}]*)\}\}/g)) {
    // Exact spelling only: the engine substitutes "{{provider}}", not "{{ Provider }}".
    if (!(PLACEHOLDERS as readonly string[]).includes(m[1]!)) {
      out.push({ offset: m.index, message: `unknown placeholder "${m[0]}" (use {{provider}} or {{customer}})` });
    }
  }
  return out;
}
