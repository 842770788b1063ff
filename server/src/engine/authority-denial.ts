/**
 * "Nothing in this Agreement authorises the Provider to monitor the content of research, except as
 * needed to respond to a Security Incident": a limit on what a party may do. Its exception only
 * leaves the party free to act there; it owes nothing, so the requirement's words inside the
 * exception are no evidence of the duty. The denials and exception words are the lexicon's
 * (`authorityDenials`, `exclusions`).
 */
import type { Lexicon } from './lexicon';

/** Is the concept at `conceptAt` inside the exception of a denial of authority before it? */
export function inAuthorityException(text: string, conceptAt: number, lex: Pick<Lexicon, 'authorityDenials' | 'exclusionWord'>): boolean {
  const denial = lex.authorityDenials.find(text).find((h) => h.end <= conceptAt);
  if (!denial) return false;
  const between = text.slice(denial.end, conceptAt);
  for (const m of between.matchAll(/[\p{L}]+/gu)) if (lex.exclusionWord.test(between.slice(m.index))) return true;
  return false;
}
