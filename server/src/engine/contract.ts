/**
 * Is this Markdown file a contract draft? Front matter decides first (`clauselint: true|false`),
 * then the shape: a title plus defined parties, or an agreement-like title with binding language.
 * A code repository's README has neither and stays silent.
 */
import type { ParsedDocument } from './parse';
import type { Parties } from './parties';

export interface ContractDecision {
  isContract: boolean;
  reason: string;
}

const TITLE_WORDS = /\b(agreement|contract|terms(?:\s+of\s+service)?|addendum|schedule|exhibit|statement\s+of\s+work|SOW|order\s+form|annex|clauses?|conditions|policy|regulation|directive|requirements)\b/i;

export function decideContract(doc: ParsedDocument, parties: Parties, force = false): ContractDecision {
  if (force) return { isContract: true, reason: 'checked on request' };
  const fm = doc.frontMatter?.data;
  if (fm && typeof fm === 'object' && 'clauselint' in fm) {
    const v = (fm as Record<string, unknown>)['clauselint'];
    if (v === false || v === 'false' || v === 'off') return { isContract: false, reason: 'front matter says clauselint: false' };
    if (v === true || v === 'true' || v === 'on') return { isContract: true, reason: 'front matter says clauselint: true' };
  }
  const title = doc.sections[0]?.title ?? '';
  const sample = doc.units.slice(0, 300).flatMap((u) => u.sentences.map((s) => s.text)).join(' ');
  const binding = (sample.match(/\b(shall|must)\b/gi) ?? []).length;
  if (parties.defined && binding >= 3) return { isContract: true, reason: 'defined parties and binding clauses' };
  if (title && TITLE_WORDS.test(title) && binding >= 5) return { isContract: true, reason: `title “${title}” and binding clauses` };
  return { isContract: false, reason: 'no contract shape (no defined parties, no agreement title with binding clauses)' };
}
