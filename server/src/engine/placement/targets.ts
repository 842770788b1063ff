/** What a drafter would call an article, and which articles can receive which clauses. */
import type { Section } from '../parse';
import type { Span } from '../types';

/**
 * Fallback article titles, best first: the articles any contract has ("security, data protection,
 * services"). A heading's own topic words are the pack's (`topics` in pack.yaml).
 */
export const GENERIC_TOPICS: RegExp[] = [/\b(security|cyber)/i, /\b(data protection|data security|privacy)\b/i, /\bservices\b/i];

/** Articles that never receive a clause. */
export const NOT_A_TARGET = /^(definitions?|interpretation|definitions and interpretation|background|recitals?|preamble|parties|table of contents|contents)\b/i;
export const SCHEDULE_HEADING = /^\s*(?:#{1,6}\s*)?(?:[*_]{1,2})?\s*(schedule|annex|appendix|exhibit|attachment)\b/i;
export const SIGNATURE_LINE = /^\s*(?:[*_]{1,2})?\s*(in witness whereof|as witness|signed\s+(?:for|by|on behalf)|executed\s+(?:as|by|on behalf)|agreed and accepted|signatures?\s*:)/i;

export const NEW_SECTION_TITLE = 'Security';

// ---- document layout ----------------------------------------------------------------------------

/**
 * A top-level article of the draft: a Markdown heading ("## 7. Information Security"), or, in
 * drafts without article headings, a title paragraph ("**Security**", "**7. Information Security**").
 */
export interface Article {
  kind: 'heading' | 'title';
  title: string;
  number?: string;
  depth: number;
  headingSpan: Span;
  start: number;
  end: number;
  /** Index into doc.sections, when the article is one. */
  section?: number;
  /** The document's only heading over its numbered clauses: the document (a schedule, say) is one article. */
  whole?: boolean;
}

/**
 * Heading depth of the top-level articles: under a lone top heading (the title) the next depth
 * down; a lone "#" title with nothing under it means articles would be "##".
 */
export function articleDepthOf(sections: readonly Section[]): number {
  if (!sections.length) return 2;
  const depths = sections.map((s) => s.depth);
  const top = Math.min(...depths);
  const deeper = depths.filter((d) => d > top);
  const atTop = depths.length - deeper.length;
  if (atTop === 1 && deeper.length) return Math.min(...deeper);
  if (atTop === 1 && top === 1) return 2;
  return top;
}

/** A paragraph that is only a bold article title: "**7. Information Security**", "__ARTICLE 7 – SECURITY__". */
export const BOLD_TITLE = /^[ \t]*(\*\*|__)([^*_\n]{1,100}?)\1[ \t]*$/;

export function asArticle(s: Section): Article {
  return { kind: 'heading', title: s.title, ...(s.number ? { number: s.number } : {}), depth: s.depth, headingSpan: s.headingSpan, start: s.start, end: s.end };
}
