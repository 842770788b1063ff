/**
 * Defined terms a contract puts outside the systems its duties cover: "Research Systems are not
 * Participating Systems unless listed in Attachment A". A disclaimer whose object is such a term
 * ("has no obligation to back up, patch or monitor Research Systems") only confirms where the duties
 * stop: it leaves every duty on the covered systems whole, so it is no evidence that the duty is
 * disclaimed. Only a capitalised term said not to be another capitalised term counts: the contract's
 * own line between its defined sets, not a description ("Backups are not a substitute for …").
 */
import type { ParsedDocument } from './parse';

const TERM = String.raw`(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*`;
/** "<Term> are not <Term>" (an article or quotes allowed), then the sentence ends or a condition follows. */
const NOT_OTHER_TERM = new RegExp(String.raw`(?:^|[.;]\s+)["“*_]*(${TERM})["”*_]*\s+(?:are|is)\s+not\s+(?:an?\s+|the\s+)?["“*_]*(${TERM})["”*_]*\s*(?:[.;]|$|\s(?:unless|except|save|other\s+than)\b)`, 'gu');

const cache = new WeakMap<ParsedDocument, readonly string[]>();

/** The defined terms `doc` says are not another of its defined terms. */
export function outOfScopeTerms(doc: ParsedDocument): readonly string[] {
  let terms = cache.get(doc);
  if (!terms) {
    const found = new Set<string>();
    for (const unit of doc.units) {
      for (const s of unit.sentences) {
        if (!/\bnot\b/.test(s.text)) continue;
        for (const m of s.text.matchAll(NOT_OTHER_TERM)) if (m[1] !== m[2] && /\s/.test(m[1]!) && /\s/.test(m[2]!)) found.add(m[1]!);
      }
    }
    cache.set(doc, (terms = [...found]));
  }
  return terms;
}

/** Does the negation in `text` (its cue ending at `cueEnd`) bear only on an out-of-scope term? */
export function disclaimsOutOfScope(text: string, cueEnd: number, terms: readonly string[]): boolean {
  if (!terms.length) return false;
  const rest = text.slice(cueEnd).replace(/[.;]\s*$/, '');
  return terms.some((t) => new RegExp(String.raw`\b${t.replace(/[-]/g, '\\-')}\s*$`, 'u').test(rest));
}
