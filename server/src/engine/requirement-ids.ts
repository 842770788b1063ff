/**
 * Requirement ids. Tender statements of requirements, supplier security standards and compliance
 * matrices caption each requirement with an id ("SEC-08", "SSS-04", "NFR-3.2", "REQ 4.2") and
 * qualify it later by that id ("Despite SEC-08, …", "Notwithstanding requirement SSS-04, …",
 * "SEC-08 does not apply to …"), as a contract cites "clause 6.1". The capitals are part of the
 * form ("re-08" or "follow-up" is no id), so these patterns are case-sensitive.
 */
import { QUALIFYING_OPENER } from './qualifying-opener';

/** An id: capitals, a hyphen and a number ("SEC-08", "CS-2.8", "A1-4"), or "REQ 4.2". */
export const REQUIREMENT_ID = String.raw`(?:\p{Lu}{1,6}\d?-\d{1,3}(?:\.\d{1,3})*|REQ\.?\s?\d{1,3}(?:\.\d{1,3})*)`;
/** "requirement SSS-04", "the control AC-6", "item R-12". */
const OF_ID = String.raw`(?:(?:[Tt]he\s+)?(?:[Rr]equirements?|[Ii]tems?|[Cc]ontrols?)\s+)?`;
const ID_END = String.raw`(?![\p{L}\p{N}-])`;

/**
 * A row of a register cited by its reference: "row A1", "item B12". A bare reference without a
 * hyphen is read as an id only after "row" or "item" (or as a table's whole first cell, `captionId`).
 */
const ROW_ID = String.raw`(?:[Tt]he\s+)?(?:[Rr]ows?|[Ii]tems?)\s+(\p{Lu}{1,3}\d{1,3}(?:\.\d{1,3})*)`;
/** Either form of citation: the id is in the first capture group that matched. */
const CITATION = String.raw`(?:${OF_ID}(${REQUIREMENT_ID})|${ROW_ID})${ID_END}`;
/** "Despite SEC-08", "Notwithstanding requirement SSS-04": the id of the requirement a sentence opens by qualifying. */
const CITED_ID = new RegExp(String.raw`^[^,;]{0,40}?(?<![\p{L}\p{N}])${QUALIFYING_OPENER}\s+${CITATION}`, 'u');
/**
 * "Network devices at the depots are outside SEC-06: …", "… are excluded from requirement SSS-04":
 * a sentence that takes something out of a cited requirement qualifies it as a later clause does.
 */
const EXCLUDED_FROM_ID = new RegExp(String.raw`^[^;:]{0,120}?\b(?:is|are)\s+(?:outside|excluded\s+from|exempt\s+from|not\s+covered\s+by)\s+${CITATION}`, 'u');
/**
 * "SEC-08 does not apply to …", "Requirement SSS-04 applies only …": the id as the subject, after
 * the sentence's own number or an opening phrase ("During the first year, SEC-08 applies …").
 */
// "Note to row A1: Row A1 does not apply …": a note that names the row it qualifies may open the sentence.
const ID_AS_SUBJECT = new RegExp(
  String.raw`^\s*(?:\(?[a-z0-9]{1,4}[.)]\s*|\p{L}{0,4}[.-]?\d{1,3}(?:\.\d{1,3})*\.?\s+)?(?:[Nn]otes?\s+(?:to|on)\s+[^:;,]{1,30}:\s*)?(?:[^,;]{1,60},\s*){0,2}(?:${OF_ID}(${REQUIREMENT_ID})|${ROW_ID})\s+(?:applies|apply|does\s+not\s+apply|shall\s+apply|shall\s+not\s+apply|will\s+apply|will\s+not\s+apply|is|are|shall\s+be|will\s+be|extends|covers|has\s+effect|takes\s+effect|operates)\b`,
  'u',
);
/** Quick rejection: every id has a capital before a hyphen and digit, or "REQ", or follows "row" / "item". */
const MAY_NAME_ID_PATTERN = /\p{Lu}\d?-\d|REQ|\b(?:rows?|items?)\s+\p{Lu}{1,3}\d/iu;
/**
 * What MAY_NAME_ID_PATTERN needs in any case (a hyphen and digit, "req", "row" or "item"): tested
 * first, as it is four times cheaper than the letter classes (which /iu makes large) on the
 * nine sentences in ten that have none.
 */
const MAY_NAME_ID_TEXT = /-\d|req|row|item/iu;
const MAY_NAME_ID = { test: (text: string): boolean => MAY_NAME_ID_TEXT.test(text) && MAY_NAME_ID_PATTERN.test(text) };

/** The id of the requirement that `sentence` opens by qualifying, if it cites one. */
export function qualifiedRequirementId(sentence: string): string | undefined {
  if (!MAY_NAME_ID.test(sentence)) return undefined;
  const m = CITED_ID.exec(sentence) ?? ID_AS_SUBJECT.exec(sentence) ?? EXCLUDED_FROM_ID.exec(sentence);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Does the sentence open by qualifying a requirement it names by id? */
export function qualifiesRequirementId(sentence: string): boolean {
  return qualifiedRequirementId(sentence) !== undefined;
}

/** "SEC-08 does not apply …": the id is the subject (read as "Clause 6.1 does not apply …" is). */
export function idAsSubject(sentence: string): boolean {
  return MAY_NAME_ID.test(sentence) && ID_AS_SUBJECT.test(sentence);
}

const CAPTION_ID = new RegExp(String.raw`^[\s*_\[(]*(${REQUIREMENT_ID})${ID_END}[\s*_\])]*[.:–—-]?`, 'u');

/** The id a unit's text opens with, as a caption of its requirement ("**SSS-04** The Supplier MUST …"), or the whole text of a table's first cell ("SEC-08"). */
export function captionId(text: string): string | undefined {
  // "| A1 | Enforce … |": a bare row reference that is the whole first cell of a register's row.
  const bare = BARE_ROW_REFERENCE.exec(text)?.[1];
  if (bare) return bare;
  return MAY_NAME_ID.test(text) ? CAPTION_ID.exec(text)?.[1]?.replace(/\s+/g, ' ') : undefined;
}
const BARE_ROW_REFERENCE = /^\s*(\p{Lu}{1,3}\d{1,3}(?:\.\d{1,3})*)\s*$/u;
