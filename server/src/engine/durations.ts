/**
 * Durations in contract prose, words and digits alike: "six (6) months", "180 days",
 * "26 weeks", "one year", "24 hours", "two (2) Business Days", "a quarter", "ninety (90) days".
 * Each is normalised to a typed duration with its qualifier (a minimum, a maximum or exact).
 */
import { bundledLexicon } from './catalog/lexicon-file';
import type { DurationQualifierPatterns } from './duration-words';
import type { Duration, DurationUnit, Span } from './types';

export interface FoundDuration extends Span {
  duration: Duration;
  qualifier: 'min' | 'max' | 'exact';
  text: string;
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
};

const UNIT: Record<string, DurationUnit> = {
  hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour', h: 'hour',
  day: 'day', days: 'day', 'calendar day': 'day', 'calendar days': 'day',
  'business day': 'business-day', 'business days': 'business-day', 'working day': 'business-day', 'working days': 'business-day',
  week: 'week', weeks: 'week', fortnight: 'week', fortnights: 'week', month: 'month', months: 'month',
  year: 'year', years: 'year', yr: 'year', yrs: 'year', quarter: 'month', quarters: 'month',
};

/** Units written as multiples of another: a quarter is three months, a fortnight two weeks. */
const MULTIPLIER: Record<string, number> = { quarter: 3, quarters: 3, fortnight: 2, fortnights: 2 };

const NUMBER_WORD = `(?:${Object.keys(SMALL).join('|')})(?:(?:[\\s-]+|(?<=hundred|thousand)\\s+and\\s+)(?:${Object.keys(SMALL).join('|')}))*`;
const DURATION_RE = new RegExp(
  `\\b(?:(${NUMBER_WORD})\\s*(?:\\(\\s*(\\d{1,5})\\s*\\))?|(\\d{1,5}(?:,\\d{3})*(?:\\.\\d+)?))[\\s-]*` +
    `(calendar\\s+days?|business\\s+days?|working\\s+days?|hours?|hrs?|days?|weeks?|fortnights?|months?|years?|yrs?|quarters?)\\b`,
  'giu',
);

function wordsToNumber(words: string): number | undefined {
  let total = 0;
  let current = 0;
  for (const w of words.toLowerCase().split(/[\s-]+/)) {
    if (w === 'and') continue;
    const v = SMALL[w];
    if (v === undefined) return undefined;
    if (v === 100) current = (current || 1) * 100;
    else if (v === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else current += v;
  }
  total += current;
  return total;
}

/**
 * Find every duration in `text`; offsets are relative to `text` plus `base`. `qualifiers`: the
 * lexicon's words that make a period a minimum or a maximum ("at least", "up to", "or more").
 */
export function findDurations(text: string, base = 0, qualifiers: DurationQualifierPatterns = bundledLexicon().durationQualifiers): FoundDuration[] {
  const out: FoundDuration[] = [];
  DURATION_RE.lastIndex = 0;
  for (let m = DURATION_RE.exec(text); m; m = DURATION_RE.exec(text)) {
    const digits = m[2] ?? m[3]?.replace(/,/g, '');
    let value = digits !== undefined ? Number(digits) : wordsToNumber(m[1] ?? '');
    if (value === undefined || !Number.isFinite(value)) continue;
    const unitWord = m[4]!.toLowerCase().replace(/\s+/g, ' ');
    const unit = UNIT[unitWord];
    if (!unit) continue;
    value *= MULTIPLIER[unitWord] ?? 1;
    const before = text.slice(Math.max(0, m.index - 48), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    const qualifier = qualifiers.minBefore.test(before) || qualifiers.minAfter.test(after) ? 'min' : qualifiers.maxBefore.test(before) || qualifiers.maxAfter.test(after) ? 'max' : 'exact';
    out.push({ start: base + m.index, end: base + m.index + m[0].length, text: m[0], duration: { value, unit }, qualifier });
  }
  return out;
}

/** Approximate length in days (business days count as 7/5 of a day; a month as 30.4 days). */
export function toDays(d: Duration): number {
  switch (d.unit) {
    case 'hour': return d.value / 24;
    case 'day': return d.value;
    case 'business-day': return (d.value * 7) / 5;
    case 'week': return d.value * 7;
    case 'month': return d.value * (365 / 12);
    case 'year': return d.value * 365;
  }
}

/** True when `d` is at least `min`, with a small tolerance so "180 days" meets "6 months". */
export function meets(d: Duration, min: Duration): boolean {
  return toDays(d) + 3 >= toDays(min);
}

export function formatDuration(d: Duration): string {
  const unit = d.unit === 'business-day' ? 'Business Day' : d.unit;
  return `${d.value} ${unit}${d.value === 1 ? '' : 's'}`;
}
