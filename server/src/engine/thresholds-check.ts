/**
 * Duration thresholds of a requirement (e.g. log retention of at least six months): does the
 * sentence state a period that meets it? Split out of classify.ts.
 */
import { lexiconFor } from './catalog/lexicon-file';
import { findDurations, formatDuration, meets, type FoundDuration } from './durations';
import { termSet, type TermHit } from './terms';
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
    // What is kept, named in the sentence: each period belongs to the last of these before it.
    const keptHits = threshold.appliesTo ? termSet(threshold.appliesTo).find(text) : [];
    const kept = keptPeriods(text, base, all, keptHits, lexicon.periodContexts.keptFor);
    if (!good) {
      const d = durations.find((x) => x.qualifier === 'max' && meets(x.duration, threshold.min)) ?? durations[0]!;
      const why = d.qualifier === 'max' ? `“${d.text.trim()}” is a maximum, not a minimum` : `${d.text.trim()} is less than ${formatDuration(threshold.min)}`;
      // "Firewall logs shall be retained for thirty (30) days" beside a clause that keeps logs for a
      // year: a period stated for what is kept is a qualification of that clause, and it decides.
      // Only a kind named by its own word: "The Contractor shall retain the logs for 90 days" restates
      // the period of the same logs (as an alternate clause does), which the best evidence settles.
      const narrows = kept.some((k) => k.duration === d && !DETERMINER_ONLY.test(k.what)) ? { express: 'narrowing' as const } : {};
      return { status: 'below-threshold', reason: `${why} (${threshold.reason.replace(/[.\s]+$/, '')})`, cue: { text: d.text, start: d.start, end: d.end }, ...narrows };
    }
    // "retain security logs for 12 months; however, firewall logs shall be retained for 30 days
    // only": each kind of log named with its own period is held to the minimum, not the longest.
    const owners = ownersOf(base, all, keptHits);
    const shortKept = kept.find((k) => !meets(k.duration.duration, threshold.min) && k.duration.qualifier !== 'max'
      && !all.some((d) => d !== k.duration && d.qualifier !== 'max' && meets(d.duration, threshold.min) && owners.get(d) === k.owner));
    if (shortKept) {
      const { duration: d, what } = shortKept;
      const why = `${d.text.trim()} for “${what}” is less than ${formatDuration(threshold.min)}, whatever the longer period stated for other logs`;
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

/** "the logs", "all logs", "such records": what is kept named by no word of its own kind (grammar, not vocabulary). */
const DETERMINER_ONLY = /^(?:(?:the|these|those|such|all|its|their|any|our|your|each|every)\s+)?\S+$/i;

interface KeptPeriod {
  duration: FoundDuration;
  /** Start (in the sentence) of the thing kept. */
  owner: number;
  /** The words naming it ("firewall logs"). */
  what: string;
}

/**
 * Periods stated right after what is kept, with nothing between but the words of keeping
 * ("firewall logs shall be retained for thirty (30) days", "… and authentication logs for 90
 * days"): each such period belongs to the thing it follows.
 */
function keptPeriods(text: string, base: number, found: readonly FoundDuration[], hits: readonly TermHit[], keptFor: RegExp): KeptPeriod[] {
  const out: KeptPeriod[] = [];
  for (const d of found) {
    const at = d.start - base;
    const hit = [...hits].reverse().find((h) => h.end <= at);
    if (!hit || !keptFor.test(text.slice(hit.end, at).replace(/\b(?:at\s+least|not\s+less\s+than|no\s+less\s+than|a\s+minimum\s+of|only)\b/gi, ' '))) continue;
    // The word before the thing kept, when it is a word ("firewall logs"), not a number or a bracket.
    const before = /(\p{L}[\p{L}-]*)\s+$/u.exec(text.slice(Math.max(0, hit.start - 30), hit.start));
    out.push({ duration: d, owner: hit.start, what: `${before ? `${before[1]} ` : ''}${text.slice(hit.start, hit.end)}` });
  }
  return out;
}

/** For each period, where the last thing kept named before it starts (the thing the period is for). */
function ownersOf(base: number, found: readonly FoundDuration[], hits: readonly TermHit[]): Map<FoundDuration, number> {
  const owners = new Map<FoundDuration, number>();
  for (const d of found) {
    const hit = [...hits].reverse().find((h) => h.end <= d.start - base);
    if (hit) owners.set(d, hit.start);
  }
  return owners;
}
