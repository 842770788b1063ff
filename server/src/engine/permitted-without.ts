/**
 * "The Provider may use any subcontractor without the Customer's approval", "… may engage new
 * suppliers without prior notice": a permission to act without the very approval, consent or
 * notice the requirement asks for waives it. Read alone, "may" is only a weak permission; here it
 * expressly dispenses with the duty, so it is a disclaimer.
 *
 * Not a prohibition ("shall not appoint subcontractors without the Customer's approval" is the
 * duty itself): only a permission of the obligated party, and only when the words right after
 * "without" are the requirement's own.
 */
import { conceptSpans } from './clause-verbs';
import type { Classification } from './classify';
import type { Requirement } from './types';

/** "without (the) (Customer's) (prior) (written) " right before a concept word. */
const WITHOUT_BEFORE = /\bwithout\s+(?:(?:the|any|its|their|prior|written|express|further|advance|formal|separate)\s+|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?['’]s?\s+){0,4}$/u;

export function permittedWithout(first: Classification, text: string, base: number, req: Requirement): Classification | undefined {
  if (first.status !== 'weak' || first.form !== 'permission' || first.express || first.unrelated || first.subject === 'customer') return undefined;
  if (!/\bwithout\b/i.test(text)) return undefined;
  for (const c of conceptSpans(text, req)) {
    const m = WITHOUT_BEFORE.exec(text.slice(Math.max(0, c.start - 60), c.start));
    if (!m) continue;
    const start = c.start - m[0].length;
    const cue = { text: text.slice(start, c.end), start: base + start, end: base + c.end };
    return { ...first, status: 'negated', reason: `it permits acting “${cue.text}”, which waives what the requirement asks for`, cue, express: 'disclaimer' };
  }
  return undefined;
}
