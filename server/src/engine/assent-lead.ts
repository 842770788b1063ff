/**
 * "The Customer acknowledges that the Provider does not back up the Customer Data": a party that
 * acknowledges, agrees to or accepts a statement is not the actor of what is stated. Where the
 * sentence has no modal of its own, the party of the "that" clause is read as its subject, so a
 * provider's refusal acknowledged by the customer is the provider's disclaimer, not a remark of
 * the customer's. The verbs are lexicon data (`assentVerbs`); the grammar around them stays here.
 */
import { phraseAlternation } from './cell-words';
import type { PartyMention } from './subjects';
import type { Span } from './types';

/** Compiled once with the lexicon: the lead after the assenting party, up to the start of its "that" clause. */
export function compileAssentLead(verbs: readonly string[] | undefined): RegExp {
  const v = phraseAlternation(verbs);
  return new RegExp(String.raw`^\s+(?:(?:hereby|expressly|further|also)\s+)*${v}(?:\s*,?\s+and\s+(?:(?:hereby|expressly)\s+)?${v})?\s+that\s+`, 'i');
}

/**
 * Where the "that" clause starts when the region opens with a party that assents to it and the
 * clause names a party of its own; undefined otherwise.
 */
export function assentedClauseStart(text: string, mentions: readonly PartyMention[], region: Span, lead: RegExp): number | undefined {
  const first = mentions.find((m) => m.start >= region.start);
  if (!first || !/^\s*(?:(?:the|each|either)\s+)?$/i.test(text.slice(region.start, first.start))) return undefined;
  const m = lead.exec(text.slice(first.end, region.end));
  if (!m) return undefined;
  const start = first.end + m[0].length;
  return mentions.some((x) => x.start >= start && x.end <= region.end) ? start : undefined;
}
