/**
 * "The Provider does not warrant that the Services will be error-free or that it will correct all
 * defects": a warranty disclaimer whose object is a flawless result (every defect corrected, no
 * error, no interruption) refuses to guarantee perfection. It leaves the duty to maintain and
 * correct standing, so it qualifies that duty (weak) rather than disclaiming it. A warranty
 * disclaimer of the act itself ("does not warrant that it will apply security patches") and a
 * disclaimer of the duty ("is not required to correct defects") keep their force.
 */
import type { Verb } from './clause-verbs';
import type { Span } from './types';

/** A result no one can promise: every flaw of a kind, or service free of faults. */
const FLAWLESS_RESULT = new RegExp(
  String.raw`\b(?:all|every|each|any\s+and\s+all)\s+(?:[\p{L}-]+\s+){0,2}?(?:defects?|errors?|bugs?|flaws?|faults?|vulnerabilit(?:y|ies)|security\s+issues?|nonconformit(?:y|ies))\b` +
    String.raw`|\b(?:error|defect|fault|bug|vulnerability)[-\s]free\b|\bfree\s+(?:of|from)\s+(?:all\s+)?(?:defects|errors|bugs|faults|vulnerabilities)\b|\buninterrupted\b`,
  'iu',
);

/** The reason a warranty disclaimer only refuses to promise perfection, or undefined. */
export function disclaimsPerfectionOnly(text: string, region: Span & { text: string }, negation: Verb): string | undefined {
  if (negation.decisive || region.text !== text) return undefined;
  const result = FLAWLESS_RESULT.exec(text.slice(negation.end, region.end));
  return result ? `it refuses to guarantee a flawless result (“${result[0]}”), which does not disclaim the duty itself` : undefined;
}
