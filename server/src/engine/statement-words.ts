/**
 * Lexicon words of two sentence shapes that are read by their grammar (lexicon `presentPassive` and
 * `definedTerms`): the participles that make "is …ed" a statement of purpose rather than a duty
 * ("the service is designed to …", "these guidelines are intended for …"), and the words that
 * define a term ("(hereinafter called "Host")", `"Services" means`, `"we" and "us" mean …`).
 * The words are data; "is / are", the participle endings, the quotes and brackets stay in code.
 */
import { phraseAlternation } from './cell-words';

export interface PresentPassiveWords {
  /** Participles after "is / are" that state a purpose or design and promise nothing: "intended", "designed". */
  purposes?: string[];
  /** Verbs by which a thing (not a party) states what it needs: "Remote access requires multi-factor authentication". */
  requirementVerbs?: string[];
}

export interface DefinedTermWords {
  /** Inside the brackets before the quoted term: "the", "hereinafter referred to as", "collectively". */
  introducers?: string[];
  /** After one quoted term: "means", "shall mean", "has the meaning". */
  meaningVerbs?: string[];
  /** After a list of quoted terms joined by "and": "mean", "refer to". */
  pluralMeaningVerbs?: string[];
}

/** "is / are (not) (…ly) …ed": a present passive, unless its participle states a purpose. */
export function compilePresentPassive(words: PresentPassiveWords | undefined): RegExp {
  return new RegExp(String.raw`\b(?:is|are)\s+(?:not\s+)?(?:\p{L}+ly\s+)?(?!not\b|${phraseAlternation(words?.purposes)}\b)(?:\p{L}+(?:ed|en|wn|ept|ilt|ung|ade|one|ot|eld|ound|et|ut))\b`, 'iu');
}

/** "… requires …" (lexicon `presentPassive.requirementVerbs`); never matches when the list is empty. */
export function compilePresentRequirement(words: PresentPassiveWords | undefined): RegExp {
  const verbs = words?.requirementVerbs ?? [];
  return verbs.length ? new RegExp(String.raw`\b(?:${phraseAlternation(verbs)})\b`, 'iu') : /(?!)/;
}

/** Global: a defined term, in group 1 (in brackets), 2 (before "means") or 3 (the first of a list). */
export function compileDefinedTerms(words: DefinedTermWords | undefined): RegExp {
  const w = words ?? {};
  const alt = phraseAlternation;
  return new RegExp(
    String.raw`\(\s*(?:${alt(w.introducers)}\s+)?["“]([\p{Lu}][^"”\n]{0,40})["”]\s*\)|["“]([\p{Lu}][^"”\n]{0,40})["”]\s+${alt(w.meaningVerbs)}\b|["“]([^"”\n]{1,40})["”](?:\s*,\s*["“][^"”\n]{1,40}["”])*\s*,?\s+and\s+["“][^"”\n]{1,40}["”]\s+${alt(w.pluralMeaningVerbs)}\b`,
    'gu',
  );
}
