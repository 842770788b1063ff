/**
 * Lexicon words that make a stated period a minimum or a maximum (durations.ts, lexicon
 * `durationQualifiers`): "at least six months", "up to 90 days", "180 days or more". The words are
 * data; the number and unit grammar of a duration, and "minimum … of" with up to three words
 * between ("a minimum retention period of"), stay in code.
 */
import { phraseAlternation } from './cell-words';

export interface DurationQualifierWords {
  /** Before a period: "at least", "not less than", "in excess of". */
  atLeast?: string[];
  /** Before "than", not after "no"/"not": "more than", "longer than". */
  moreThan?: string[];
  /** Before a period, with up to three words and "of" between: "minimum (retention period) of". */
  minimumOf?: string[];
  /** Before a period: "up to", "within", "no later than". */
  atMost?: string[];
  /** As `minimumOf`: "maximum (storage period) of". */
  maximumOf?: string[];
  /** After a period: "or more", "minimum", "at a minimum". */
  atLeastAfter?: string[];
  /** After a period: "or less", "maximum", "at most". */
  atMostAfter?: string[];
}

export interface DurationQualifierPatterns {
  minBefore: RegExp;
  maxBefore: RegExp;
  minAfter: RegExp;
  maxAfter: RegExp;
}

export function compileDurationQualifiers(words: DurationQualifierWords | undefined): DurationQualifierPatterns {
  const w = words ?? {};
  const alt = (list: string[] | undefined): string => phraseAlternation(list);
  return {
    minBefore: new RegExp(String.raw`\b(?:${alt(w.atLeast)}|${alt(w.minimumOf)}(?:\s+[\p{L}-]+){0,3}?\s+of|(?<!\bno\s|\bnot\s)${alt(w.moreThan)}\s+than)\s*$`, 'iu'),
    maxBefore: new RegExp(String.raw`\b(?:${alt(w.atMost)}|${alt(w.maximumOf)}(?:\s+[\p{L}-]+){0,3}?\s+of)\s*$`, 'iu'),
    minAfter: new RegExp(String.raw`^\s*${alt(w.atLeastAfter)}\b`, 'i'),
    maxAfter: new RegExp(String.raw`^\s*${alt(w.atMostAfter)}\b`, 'i'),
  };
}
