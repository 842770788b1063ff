/**
 * A company's name is no statement about what it does: "Skerries Backup Services Ltd" in a list
 * of sub-processors, "Northgate Patch Management Inc." as a party, "Sentinel Monitoring LLP" as a
 * referee. Words of a requirement inside a legal entity's name (capitalised words ending in a
 * company-form suffix) are not hits for it.
 */
import type { TermHit } from './terms';

/** Company-form suffixes, as written after the name (case-sensitive: "Limited", not "limited to"). */
const SUFFIX = String.raw`(?:Ltd|Limited|Inc|Incorporated|LLC|L\.L\.C|plc|PLC|GmbH|Pty(?:\s+Ltd)?|Corp|Corporation|LLP|LP|AG|S\.A|SAS|B\.V|N\.V|Oy|AB|ApS|A\/S|K\.K)`;
const HAS_SUFFIX = new RegExp(String.raw`\b${SUFFIX}\b`);
/** Up to six capitalised words (or "&", "and", "of") before the suffix. */
const ENTITY = new RegExp(String.raw`(?:\p{Lu}[\p{L}\p{N}'’.-]*,?\s+(?:(?:&|and|of)\s+)?){1,6}${SUFFIX}\b\.?`, 'gu');

/** The last sentence read: matching asks about one sentence for each term group of each requirement in a row. */
let last: { text: string; names: { start: number; end: number }[] } | undefined;

/** The spans of legal entity names in `text` ([] on most sentences, after one cheap test). */
export function entityNames(text: string): { start: number; end: number }[] {
  if (last?.text === text) return last.names;
  const names = HAS_SUFFIX.test(text) ? [...text.matchAll(ENTITY)].map((m) => ({ start: m.index!, end: m.index! + m[0].length })) : [];
  last = { text, names };
  return names;
}

/** `hits` without those inside an entity name of `text`. */
export function outsideEntityNames(text: string, hits: TermHit[]): TermHit[] {
  if (!hits.length) return hits;
  const names = entityNames(text);
  return names.length ? hits.filter((h) => !names.some((n) => h.start >= n.start && h.end <= n.end)) : hits;
}
