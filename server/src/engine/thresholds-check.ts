/**
 * Duration thresholds of a requirement (e.g. log retention of at least six months): does the
 * sentence state a period that meets it? Split out of classify.ts.
 */
import { lexiconFor } from './catalog/lexicon-file';
import { findDurations, formatDuration, meets, type FoundDuration } from './durations';
import { termSet } from './terms';
import type { Classification } from './classify';
import type { Requirement, Span } from './types';

/** Check every (minimum) duration threshold whose `appliesTo` terms occur in the sentence (or in `subjectText`, where it names what is kept). */
export function checkThresholds(text: string, base: number, clause: Span, req: Requirement, subjectText = text): Omit<Classification, 'subject'> | undefined {
  for (const threshold of req.thresholds) {
    if (threshold.appliesTo && !termSet(threshold.appliesTo).test(subjectText)) continue;
    // Prefer the durations of the concept's own clause; fall back to the whole sentence.
    // "three (3) months' notice", "on 30 days' prior written notice": a notice period, not a period of keeping.
    const lexicon = lexiconFor(req);
    const { noticeAfter, tierAfter, rateAfter, deadlineBefore } = lexicon.periodContexts;
    // "24 hours a day" is hours of cover and "within one hour" a deadline for some act ("… and look
    // into every alert within one hour"): neither is a period of keeping.
    const found = findDurations(text, base, lexicon.durationQualifiers);
    // The rate's own unit is read as a period too ("24 hours" and "a day"): it follows another period.
    const rateUnit = (d: FoundDuration): boolean => rateAfter.test(d.text) && found.some((o) => o !== d && o.end <= d.start && d.start - o.end <= 2);
    const all = found.filter((d) => !noticeAfter.test(text.slice(d.end - base, d.end - base + 40))
      && !rateAfter.test(text.slice(d.end - base, d.end - base + 20)) && !rateUnit(d) && !deadlineBefore.test(text.slice(Math.max(0, d.start - base - 20), d.start - base)));
    const inClause = all.filter((d) => d.start - base >= clause.start && d.end - base <= clause.end);
    const durations: FoundDuration[] = inClause.length ? inClause : all;
    if (durations.length === 0) {
      return { status: 'weak', reason: `no period is stated; AA22-131A asks for at least ${formatDuration(threshold.min)}` };
    }
    // "thirty (30) days on the Standard tier and thirteen (13) months on the Premium tier": the
    // periods differ by tier; a tier that falls short is read as the customer's (assumed, said so).
    const tiered = durations.map((d) => ({ d, tier: tierAfter.exec(text.slice(d.end - base, d.end - base + 60))?.[1]?.trim() })).filter((t) => t.tier);
    const short = tiered.length >= 2 ? tiered.find((t) => !meets(t.d.duration, threshold.min)) : undefined;
    if (short) {
      const why = `${short.d.text.trim()} on the ${short.tier} tier is less than ${formatDuration(threshold.min)}; the period differs by tier (assumed: the customer is on the ${short.tier} tier)`;
      return { status: 'below-threshold', reason: `${why} (${threshold.reason.replace(/[.\s]+$/, '')})`, cue: { text: short.d.text, start: short.d.start, end: short.d.end } };
    }
    const good = durations.find((d) => d.qualifier !== 'max' && meets(d.duration, threshold.min));
    if (!good) {
      const d = durations.find((x) => x.qualifier === 'max' && meets(x.duration, threshold.min)) ?? durations[0]!;
      const why = d.qualifier === 'max' ? `“${d.text.trim()}” is a maximum, not a minimum` : `${d.text.trim()} is less than ${formatDuration(threshold.min)}`;
      return { status: 'below-threshold', reason: `${why} (${threshold.reason.replace(/[.\s]+$/, '')})`, cue: { text: d.text, start: d.start, end: d.end } };
    }
  }
  return undefined;
}

/**
 * "Log Retention" over "The Provider shall retain them for thirty days": the heading names what is
 * kept and the sentence only the period. A sentence that names none of a threshold's subjects is
 * held to the threshold when its headings, caption or lead-in name them, as if it named them itself
 * (without this the period went unread and the sentence counted as meeting the requirement).
 */
export function headingThreshold(text: string, base: number, context: string, req: Requirement): Omit<Classification, 'subject'> | undefined {
  const lent = req.thresholds.some((t) => t.appliesTo && !termSet(t.appliesTo).test(text) && termSet(t.appliesTo).test(context));
  return lent ? checkThresholds(text, base, { start: 0, end: text.length }, req, context) : undefined;
}
