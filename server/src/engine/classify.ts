/**
 * How firmly does a sentence oblige whom? Reads one sentence that mentions a requirement's
 * concepts and classifies it as present, weak, negated, below-threshold or wrong-party.
 * Scope matters: cues count only inside the clause (the part of the sentence between
 * semicolons or "but"/"except"/"provided that"/"unless") that holds the concept.
 */
import { BINDING, HEDGES, NEGATIONS, PERMISSIVE_MODALS, SOLE_RESPONSIBILITY } from './lexicon';
import type { Parties } from './parties';
import { partyPattern } from './parties';
import { findDurations, formatDuration, meets } from './durations';
import { termSet } from './terms';
import type { Requirement, Role, Span, Status } from './types';

export interface Classification {
  status: Exclude<Status, 'missing' | 'suppressed'>;
  reason: string;
  cue?: { text: string; start: number; end: number };
  subject?: Role;
}

const CLAUSE_BREAK = /;|:\s|\s(?:but|except|unless|however|provided\s+that|provided,?\s+however|save\s+that|other\s+than)\b|,\s*(?:except|unless|provided|but)\b/gi;

/** Clause spans of a sentence (relative offsets). */
export function clauseSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    if (m.index > start) spans.push({ start, end: m.index });
    start = m.index;
  }
  spans.push({ start, end: text.length });
  return spans;
}

const hedgeSets = HEDGES.map((h) => ({ set: termSet(h.phrases), reason: h.reason }));
const negationSets = NEGATIONS.map((h) => ({ set: termSet(h.phrases), reason: h.reason }));
const permissive = termSet(PERMISSIVE_MODALS);
const binding = termSet(BINDING);
const sole = termSet(SOLE_RESPONSIBILITY);

interface PartyMention {
  role: Role;
  start: number;
  end: number;
}

const partyRegexCache = new WeakMap<Parties, RegExp>();

function partyMentions(text: string, parties: Parties): PartyMention[] {
  let re = partyRegexCache.get(parties);
  if (!re) {
    const p = partyPattern(parties, 'provider');
    const c = partyPattern(parties, 'customer');
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:(${p || '(?!)'})|(${c || '(?!)'}))(?![\\p{L}\\p{N}])`, 'gu');
    partyRegexCache.set(parties, re);
  }
  const out: PartyMention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // "the Customer's systems": a possessive is not a subject.
    if (/^['’]s?\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    out.push({ role: m[1] !== undefined ? 'provider' : 'customer', start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function other(role: Role): Role {
  return role === 'provider' ? 'customer' : 'provider';
}

/**
 * Classify the sentence `text` (masked source) for `req`. `conceptAt` is the offset (relative
 * to `text`) of the first concept term found; `base` turns relative offsets into document ones.
 */
export function classifySentence(
  text: string,
  base: number,
  conceptAt: number,
  req: Requirement,
  parties: Parties,
): Classification {
  const clauses = clauseSpans(text);
  const clause = clauses.find((c) => conceptAt >= c.start && conceptAt < c.end) ?? { start: 0, end: text.length };
  // Negation and verbs before the concept may sit in the sentence's head ("X is not required to …").
  const scopeStart = clauses.indexOf(clause) > 0 ? clause.start : 0;
  const scope = text.slice(scopeStart, clause.end);
  const at = (hit: { term: string; start: number; end: number }): { text: string; start: number; end: number } => ({
    text: hit.term,
    start: base + scopeStart + hit.start,
    end: base + scopeStart + hit.end,
  });

  const obligated: Role | undefined = req.party === 'both' ? undefined : req.party;
  const mentions = partyMentions(scope, parties);
  const verbHits = [...binding.find(scope), ...permissive.find(scope), ...negationSets.flatMap((n) => n.set.find(scope)), ...sole.find(scope)]
    .sort((a, b) => a.start - b.start);
  const firstVerb = verbHits[0];
  const subjectMention = firstVerb ? [...mentions].reverse().find((m) => m.end <= firstVerb.start) : mentions[0];
  const subject = subjectMention?.role;

  for (const n of negationSets) {
    const hit = n.set.find(scope)[0];
    if (hit) return { status: 'negated', reason: n.reason, cue: at(hit), ...(subject ? { subject } : {}) };
  }
  for (const w of req.weaken) {
    if (w.status !== 'negated') continue;
    const hit = termSet([w.phrase]).find(scope)[0];
    if (hit) return { status: 'negated', reason: w.reason, cue: at(hit), ...(subject ? { subject } : {}) };
  }
  const soleHit = sole.find(scope)[0];
  if (soleHit && obligated && subject === other(obligated)) {
    return { status: 'negated', reason: `the duty is pushed onto the ${parties[other(obligated)]} as its own responsibility`, cue: at(soleHit), subject };
  }
  const bindingHit = binding.find(scope)[0];
  if (obligated && subject === other(obligated) && bindingHit) {
    return {
      status: 'wrong-party',
      reason: `it is put on the ${parties[subject]}, but AA22-131A expects the ${parties[obligated]} to owe it`,
      cue: at(bindingHit),
      subject,
    };
  }
  for (const w of req.weaken) {
    if (w.status === 'negated') continue;
    const hit = termSet([w.phrase]).find(scope)[0];
    if (hit) return { status: w.status, reason: w.reason, cue: at(hit), ...(subject ? { subject } : {}) };
  }
  for (const h of hedgeSets) {
    const hit = h.set.find(scope)[0];
    if (hit) return { status: 'weak', reason: h.reason, cue: at(hit), ...(subject ? { subject } : {}) };
  }
  const permissiveHit = permissive.find(scope)[0];
  const permissiveSubject = permissiveHit ? [...mentions].reverse().find((m) => m.end <= permissiveHit.start)?.role : undefined;
  const rightOfOtherParty = obligated !== undefined && permissiveSubject === other(obligated);
  if (permissiveHit && !rightOfOtherParty && (!bindingHit || permissiveHit.start < bindingHit.start)) {
    return { status: 'weak', reason: `“${permissiveHit.term}” is permissive, not a duty`, cue: at(permissiveHit), ...(subject ? { subject } : {}) };
  }
  for (const threshold of req.thresholds) {
    if (threshold.appliesTo && !termSet(threshold.appliesTo).test(text)) continue;
    const durations = findDurations(text, base);
    if (durations.length === 0) {
      return { status: 'weak', reason: `no period is stated; AA22-131A asks for at least ${formatDuration(threshold.min)}`, ...(subject ? { subject } : {}) };
    }
    const good = durations.find((d) => d.qualifier !== 'max' && meets(d.duration, threshold.min));
    if (!good) {
      const d = durations[0]!;
      const why = d.qualifier === 'max' ? `“${d.text.trim()}” is a maximum, not a minimum` : `${d.text.trim()} is less than ${formatDuration(threshold.min)}`;
      return { status: 'below-threshold', reason: `${why} (${threshold.reason})`, cue: { text: d.text, start: d.start, end: d.end }, ...(subject ? { subject } : {}) };
    }
  }
  if (!bindingHit && !rightOfOtherParty) {
    return { status: 'weak', reason: 'it describes the practice but does not oblige anyone to keep it', ...(subject ? { subject } : {}) };
  }
  return { status: 'present', reason: 'a binding obligation', ...(subject ? { subject } : {}) };
}
