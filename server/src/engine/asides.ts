/**
 * Words that describe a noun, not the duty. A non-restrictive relative clause set off by commas or
 * brackets ("the disaster recovery plan, which may change from time to time, shall be provided")
 * and a versioning phrase after a document's name ("the Security Policy, as amended from time to
 * time") say how the thing referred to may change; they do not qualify how firmly the sentence
 * binds. Their hedges and modals are therefore not cues for a concept that stands outside them.
 */
import { bundledLexicon } from './catalog/lexicon-file';
import type { AsidePatterns } from './aside-words';
import type { Span } from './types';

/** The lexicon's aside words (`asides`, aside-words.ts): versioning verbs, giving verbs, permission words. */
type AsideWords = AsidePatterns;

/** ", which …," or "(which …)": the opening; the aside ends at the next comma or closing bracket. */
const RELATIVE_OPEN = /(?:,|\()\s*(?:which|who|whose)\b/gi;

/** The asides of `text` (offsets relative to it). A relative clause that runs to the end of the sentence is no aside: "MFA, which the Provider shall enforce." */
export function asideSpans(text: string, words: AsideWords = bundledLexicon().asides): Span[] {
  const out: Span[] = [];
  RELATIVE_OPEN.lastIndex = 0;
  for (let m = RELATIVE_OPEN.exec(text); m; m = RELATIVE_OPEN.exec(text)) {
    const closer = m[0].startsWith('(') ? ')' : ',';
    const end = text.indexOf(closer, m.index + m[0].length);
    if (end > 0) out.push({ start: m.index, end: end + 1 });
  }
  const versioning = words.versioning;
  versioning.lastIndex = 0;
  for (let m = versioning.exec(text); m; m = versioning.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Is `span` inside an aside of `text` while `conceptAt` is not (offsets relative to `text`)? */
export function inAsideOnly(text: string, span: Span, conceptAt: number, words: AsideWords = bundledLexicon().asides): boolean {
  return asideSpans(text, words).some((a) => span.start >= a.start && span.end <= a.end && !(conceptAt >= a.start && conceptAt < a.end));
}

/**
 * A qualifier after the concept that belongs to another act than the duty: a relative clause of
 * a named party ("retain logs for a year in storage that the Customer can search on request") or
 * a second predicate of giving the thing ("… retained for a year and made available on request"), or
 * its availability ("… in a form available to the Customer on request").
 * The duty itself stays unconditional; only access to its result waits for the request.
 */
export function qualifiesAnotherAct(text: string, span: Span, conceptAt: number, words: AsideWords = bundledLexicon().asides): boolean {
  return span.start > conceptAt && words.anotherAct.test(text.slice(conceptAt, span.start));
}

/**
 * Right before a modal: the opening of a restrictive relative clause, "that", "which the
 * Customer", or a coordinated verb of one ("any event that is or may be a Security Incident",
 * "a breach that involves or may involve unauthorised access").
 */
const RELATIVE_BEFORE = /\b(?:that|which|who)\s+(?:(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+|(?:is|are|involves?|affects?|relates?)\s+(?:or|and\/or)\s+)?$/u;

/**
 * The verbs that may govern a sentence: not a modal inside an aside about a noun (while others
 * remain), nor a permissive modal of a restrictive relative clause ("every account that can
 * access the Customer's systems", "storage that the Customer can search"), which describes the
 * noun, so the clause's own verb or its lead-in ("The Provider will:") decides.
 */
export function mainVerbs<V extends Span & { kind: string }>(text: string, verbs: V[], conceptAt: number, words: AsideWords = bundledLexicon().asides): V[] {
  const outsideAsides = verbs.some((v) => !inAsideOnly(text, v, conceptAt, words)) ? verbs.filter((v) => !inAsideOnly(text, v, conceptAt, words)) : verbs;
  return outsideAsides.filter((v) => !(v.kind === 'permissive' && (RELATIVE_BEFORE.test(text.slice(Math.max(0, v.start - 60), v.start)) || scopeOfPermission(text, v, words))));
}

/** "the functions that authorized users are permitted to execute": a relative clause that says what a noun's holders may do. */
const RELATIVE_NOUN_BEFORE = /\b(?:that|which|whom?)\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}$/u;

function scopeOfPermission(text: string, v: Span, words: AsideWords): boolean {
  return words.permittedTerm.test(text.slice(v.start, v.end).trim()) && RELATIVE_NOUN_BEFORE.test(text.slice(Math.max(0, v.start - 60), v.start));
}
