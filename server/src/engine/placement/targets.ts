/** What a drafter would call an article, and which articles can receive which clauses. */
import type { Section } from '../parse';
import type { AdvisoryHeading, Span } from '../types';

/** Topic words per advisory heading, matched against article titles. */
export const TOPIC_WORDS: Record<AdvisoryHeading, RegExp> = {
  'initial-compromise': /\b(vulnerabilit|hardening|phishing|threat)/i,
  'monitoring-logging': /\b(monitoring|logging|logs?)\b/i,
  mfa: /\b(authentication|access control|MFA)\b/i,
  segregation: /\b(segregation|segmentation|network)/i,
  'least-privilege': /\b(privilege|access control|access rights)/i,
  'deprecate-accounts': /\b(accounts?|access|exit|termination assistance)\b/i,
  updates: /\b(patch|updates?|vulnerabilit)/i,
  backup: /\b(backups?|back-up|business continuity|disaster recovery|resilience)\b/i,
  'incident-response': /\b(incidents?|breach|response)\b/i,
  'supply-chain': /\b(subcontract|supply chain|suppliers?|third[- ]part)/i,
  transparency: /\b(responsibilit|roles?)\b/i,
  'account-authentication': /\b(accounts?|authentication|access control)\b/i,
};

/** Fallback article titles, best first (the brief's "security, data protection, services"). */
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
