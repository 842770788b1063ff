/**
 * "Where feasible and subject to available tooling, the Provider may forward the logs and will
 * review the alerts": a condition that opens the sentence, before its subject and set off by a
 * comma, qualifies every predicate of the main clause after it, not only the first. The hedges in
 * it are read for a later coordinated verb too.
 */
import type { Span } from './types';

/** Clause numbering before the condition ("7.2 ", "(a) "), then a conditional opener up to the first comma. */
const OPENING_CONDITION = /^[\s|*_>]*(?:\(?[\dA-Za-z]{1,3}(?:\.\d+)*[.)]?\s+)?((?:where|if|when|whenever|subject\s+to|to\s+the\s+extent|insofar\s+as|in\s+so\s+far\s+as|so\s+far\s+as|as\s+far\s+as)\b[^,;:.]{1,160}),/i;

/** The span of the condition that opens `text`, if it ends before `before` (the clause it would qualify). */
export function openingCondition(text: string, before: number): Span | undefined {
  const m = OPENING_CONDITION.exec(text);
  if (!m) return undefined;
  const start = m.index + m[0].length - 1 - m[1]!.length;
  const end = start + m[1]!.length;
  return end <= before ? { start, end } : undefined;
}
