/**
 * Lexicon words of a heading that says what its bare items are (lexicon `headingLeads`, read by
 * heading-lead-in.ts): "Exclusions", "Services not included", "What is not included" leave the
 * items out of the services; "Key assumptions" makes them assumptions; "Customer responsibilities"
 * and "Responsibilities of the Client" give them to a holder. The words are data; the whole title,
 * the holder's name and possessive, and "of" stay in code.
 */
import { phraseAlternation } from './cell-words';

export interface HeadingLeadWords {
  /** What an exclusion heading names: "services", "items", "work". */
  items?: string[];
  /** A whole exclusion title, optionally after the items: "Exclusions", "Service exclusions", "Not in scope". */
  exclusionTitles?: string[];
  /** A whole exclusion title that may also come before the items: "Excluded (services)", "Out of scope (work)". */
  exclusionsBeforeItems?: string[];
  /** After the items: "Services not included", "Work outside the scope". */
  exclusionsAfterItems?: string[];
  /** A whole title that asks what is left out: "What is not included". */
  exclusionQuestions?: string[];
  /** "Key assumptions", "Pricing assumptions": the qualifiers and the noun. */
  assumptionQualifiers?: string[];
  assumptionNouns?: string[];
  /** The duties a holder's heading names: "responsibilities", "dependencies". */
  duties?: string[];
  /** Between the holder and the duties: "retained" ("Customer retained responsibilities"). */
  dutyModifiers?: string[];
}

export interface HeadingLeadPatterns {
  exclusionTitle: RegExp;
  assumptionTitle: RegExp;
  /** "Customer responsibilities" (group 1 the holder), "Responsibilities of the Customer". */
  holderFirst: RegExp;
  holderAfter: RegExp;
  /** The words of a title that make it a lead-in. */
  keyword: RegExp;
}

export function compileHeadingLeads(words: HeadingLeadWords | undefined): HeadingLeadPatterns {
  const w = words ?? {};
  const alt = phraseAlternation;
  const items = alt(w.items);
  const duties = alt(w.duties);
  return {
    exclusionTitle: new RegExp(
      String.raw`^(?:${items}\s+)?(?:${alt(w.exclusionTitles)}|${alt(w.exclusionsBeforeItems)}(?:\s+${items})?)$` +
        String.raw`|^${items}\s+${alt(w.exclusionsAfterItems)}$|^${alt(w.exclusionQuestions)}$`,
      'iu',
    ),
    assumptionTitle: new RegExp(String.raw`^(?:${alt(w.assumptionQualifiers)}\s+)?${alt(w.assumptionNouns)}$`, 'iu'),
    holderFirst: new RegExp(String.raw`^(?:the\s+)?(.{1,40}?)(?:['’]s?)?\s+(?:${alt(w.dutyModifiers)}\s+)?${duties}$`, 'iu'),
    holderAfter: new RegExp(String.raw`^${duties}\s+of\s+(?:the\s+)?(.{1,40})$`, 'iu'),
    keyword: new RegExp(alt([...(w.assumptionNouns ?? []), ...(w.exclusionTitles ?? []), ...(w.exclusionsBeforeItems ?? []), ...(w.exclusionsAfterItems ?? []), ...(w.duties ?? [])]), 'iu'),
  };
}
