/**
 * How a requirement's source is shown to the user. A citation whose wording was checked against a
 * stored official or quoting page (`citation.verified: true`) is shown as the advisory heading it
 * comes from; any other is shown as a paraphrase, so that no hover, report or completion presents
 * unchecked wording as the advisory's own words.
 */
import type { Requirement } from './types';

/** "AA22-131A · Apply updates", or "paraphrased from AA22-131A §Apply updates; not a quotation". */
export function citationText(req: Requirement): string {
  const { document, heading } = req.citation;
  return req.citation.verified ? `${document} · ${heading}` : `paraphrased from ${document} §${heading}; not a quotation`;
}

/** True when the requirement's wording is the project's paraphrase, not checked advisory text. */
export function isParaphrase(req: Requirement): boolean {
  return !req.citation.verified;
}
