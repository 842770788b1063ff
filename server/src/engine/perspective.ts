/**
 * The provider's side of a finding. A customer wants to know what it fails to get; a provider
 * wants to know what it is promising, where it promises more than AA22-131A asks (a period longer
 * than the advisory's minimum, an absolute or unlimited commitment), and which asks to expect from
 * customers who follow the advisory. So the provider view has its own wording and its own default
 * severities; an explicit severity override still wins.
 */
import { lexiconFor } from './catalog/lexicon-file';
import { findDurations, formatDuration, toDays } from './durations';
import type { Lexicon } from './lexicon';
import { sideName, type Parties } from './parties';
import { squash } from './text';
import type { Finding, Severity, Status } from './types';

/**
 * Default severities in the provider view. A gap or a hedge is the customer's ask to come, not a
 * defect of the provider's draft (info); a period below the advisory's minimum will be pushed back
 * (warning); a promise beyond the advisory, or without limit, is the provider's own exposure
 * (warning, reported on present clauses).
 */
const PROVIDER_SEVERITY: Record<Exclude<Status, 'present' | 'accepted'>, Severity> = {
  missing: 'info',
  weak: 'info',
  negated: 'info',
  'wrong-party': 'info',
  'below-threshold': 'warning',
};

export const OVER_COMMITMENT_SEVERITY: Severity = 'warning';

export function providerSeverity(status: Status, catalogSeverity: Severity): Severity {
  return status === 'present' || status === 'accepted' ? catalogSeverity : PROVIDER_SEVERITY[status];
}

/** Where a present clause commits the provider to more than the advisory asks, why; else undefined. */
export function overCommitment(f: Finding): { reason: string; start: number; end: number } | undefined {
  if (f.status !== 'present') return undefined;
  // Absolute or unlimited commitments (lexicon `absolutePromises`): the advisory asks for measures, never for outcomes or unlimited liability.
  const lexicon = lexiconFor(f.requirement);
  for (const e of f.evidence) {
    if (e.status !== 'present') continue;
    const unlimited = absolutePromise(e.text, lexicon);
    if (unlimited) {
      const start = e.start + unlimited.index;
      return { reason: `“${unlimited.text}” is an absolute or unlimited commitment; AA22-131A asks for the measure, not for a guaranteed outcome or uncapped liability`, start, end: start + unlimited.text.length };
    }
    for (const t of f.requirement.thresholds) {
      const longer = findDurations(e.text, e.start, lexiconFor(f.requirement).durationQualifiers).find((d) => d.qualifier !== 'max' && toDays(d.duration) > toDays(t.min) * 1.5);
      if (longer) {
        return { reason: `${longer.text} is more than AA22-131A asks (at least ${formatDuration(t.min)}); every month beyond it is a cost you take on`, start: longer.start, end: longer.end };
      }
    }
  }
  return undefined;
}

/**
 * The first absolute promise in `text` that is not an enumeration's own words: "including, without
 * limitation, backups" says the list is not exhaustive (lexicon `enumerationLeads`); it sets no limit aside.
 * Nor is a savings phrase one: "Without limitation to the generality of clause 5, …" keeps another
 * provision whole (lexicon `promiseSavings`, what follows the words) and introduces a duty as firm as any.
 */
function absolutePromise(text: string, lexicon: Pick<Lexicon, 'absolutePromises' | 'enumerationLead' | 'promiseSaving'>): { index: number; text: string } | undefined {
  for (let from = 0; from < text.length; ) {
    const m = lexicon.absolutePromises.exec(text.slice(from));
    if (!m) return undefined;
    const index = from + m.index;
    const end = index + m[0].length;
    if (!lexicon.enumerationLead.test(text.slice(Math.max(0, index - 30), index)) && !lexicon.promiseSaving.test(text.slice(end, end + 60))) return { index, text: m[0] };
    from = index + m[0].length;
  }
  return undefined;
}

/** The provider view's message for a finding (the customer view's is in messages.ts). */
export function describeForProvider(f: Finding, parties: Parties): string {
  const req = f.requirement;
  const best = f.evidence[0];
  const cue = best?.cue ? `“${squash(best.cue.text, 60)}”` : 'the wording';
  const ask = `customers following AA22-131A will ask for ${lowerFirst(req.title)}`;
  switch (f.status) {
    case 'missing':
      return `Not promised: ${req.title}. The draft says nothing about it; ${ask}, so decide what you can commit to.`;
    case 'weak':
      return `Qualified promise: ${req.title} is limited by ${cue}. This protects ${sideName(parties, 'provider')}, but ${ask} without the qualification.`;
    case 'negated':
      return `Excluded: ${req.title} is disclaimed by ${cue}. ${capitalize(ask)}; expect to negotiate the exclusion.`;
    case 'below-threshold':
      return `Below what customers will ask: ${req.title}: ${best?.reason ?? ''}.`;
    case 'wrong-party':
      return `Placed on ${sideName(parties, 'customer')}: ${req.title}. ${capitalize(ask)} from ${sideName(parties, 'provider')} instead.`;
    case 'accepted':
      return `Accepted: ${req.title}${f.suppression ? ` (${f.suppression.reason})` : ''}.`;
    case 'present': {
      const over = overCommitment(f);
      return over ? `Promises more than AA22-131A asks: ${req.title}: ${over.reason}.` : `Promised: ${req.title}.`;
    }
  }
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

function capitalize(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}
