/**
 * Quick fixes that rewrite a finding's cue inside its sentence (fixes.ts offers them first): delete
 * a hedge or make a permissive modal binding (weak), remove an exclusion (negated), raise a period
 * to the advisory's minimum (below threshold). The words come from the requirement's pack lexicon
 * (`hedges`, `exclusions`, `durationQualifiers`, `quickFixes`, `negationRewrites`): one list for
 * finding and fixing. Split from fixes.ts.
 */
import type { AnalysisResult } from './analyze';
import { clauseSpans } from './classify';
import { findDurations } from './durations';
import type { TextEdit } from './edits';
import { bundledLexicon, lexiconFor } from './catalog/lexicon-file';
import { quote, type Fix } from './fix-kinds';
import type { QuickFixPatterns } from './fix-words';
import { normalizePhrase, type Lexicon } from './lexicon';
import type { Duration, Evidence, Finding } from './types';

const norm = normalizePhrase;

/**
 * Delete [start, end) from a sentence and mend what is around it: a pair of parentheses or
 * commas ("shall, where possible, monitor" → "shall monitor"), the space, and the capital of a
 * hedge that opened the sentence ("Where possible, the Provider" → "The Provider").
 */
export function deletePhrase(text: string, start: number, end: number, words: QuickFixPatterns = bundledLexicon().quickFixes): TextEdit {
  let lo = start;
  let hi = end;
  if (text[lo - 1] === '(' && text[hi] === ')') {
    lo--;
    hi++;
  }
  // "… in so far as its tools allow it.": the condition's pronoun object goes with it.
  const object = words.conditionObject.exec(text.slice(hi));
  if (object && words.enablingVerbEnd.test(text.slice(start, end))) hi += object[0].length;
  // "back up the data at intervals it decides" → "back up the data": a cue that is (or follows) the noun
  // of when takes the preposition that opens its phrase, which would otherwise be left dangling.
  const lead = words.timingLeadBefore.exec(text.slice(Math.max(0, lo - 40), lo));
  if (lead && (lead[1] || words.timingNounFirst.test(text.slice(start, end)))) lo -= lead[0].length;
  while (lo > 0 && /[ \t]/.test(text[lo - 1]!)) lo--;
  if (text[lo - 1] === ',') lo--;
  while (hi < text.length && /[ \t]/.test(text[hi]!)) hi++;
  if (text[hi] === ',') {
    hi++;
    while (hi < text.length && /[ \t]/.test(text[hi]!)) hi++;
  }
  const left = text[lo - 1];
  const right = text[hi];
  const needsSpace = left !== undefined && !/[\s(“"‘'\[]/.test(left) && right !== undefined && !/[\s.,;:)”"’'\]!?]/.test(right);
  let newText = needsSpace ? ' ' : '';
  // Hedges are not proper nouns: a capital means the hedge opened the sentence.
  if (/^\p{Lu}/u.test(text.slice(start, end)) && /\p{Ll}/u.test(right ?? '')) {
    newText += right!.toUpperCase();
    hi++;
  }
  return { start: lo, end: hi, newText };
}

function hedgeFix(text: string, finding: Finding, ev: Evidence): Fix | undefined {
  const cue = ev.cue!;
  const phrase = norm(cue.text);
  // The lexicon group a hedge came from says how to fix it: one list for finding and fixing.
  const lexicon = lexiconFor(finding.requirement);
  const fix = lexicon.fixOf(cue.text);
  const words = lexicon.quickFixes;
  // A requirement's own weakening phrase that is a carve-out ("except service accounts", "… only") reads as removable.
  const carveOut = (p: string): boolean => lexicon.exclusionWord.test(p) || words.carveOutAfter.test(p);
  const base = { requirement: finding.requirement.id, safe: true, preferred: true };
  // A binding word (lexicon `binding`) right before the hedge stays: "shall endeavour to" and
  // "agrees to endeavour to" both lose only the hedge; without one, "shall" is written.
  const bound = (at: number): boolean => {
    const before = text.slice(Math.max(ev.start, at - 30), at);
    const trimmed = before.trimEnd();
    return trimmed.length < before.length && lexicon.binding.find(trimmed).some((h) => h.end === trimmed.length);
  };
  if (fix === 'delete') {
    const end = wholeHedgeEnd(text, ev, lexicon);
    if (end === undefined) return undefined;
    const edit = deletePhrase(text, cue.start, end, words);
    // The title names what goes: the whole hedge, or the phrase of when it took with it ("at intervals it decides").
    const hedge = text.slice(cue.start, end);
    const removed = text.slice(edit.start, edit.end).replace(/^[\s,]+|[\s,]+$/g, '');
    const named = removed.length > hedge.length && removed.endsWith(hedge) ? removed : hedge;
    return { ...base, kind: 'remove-hedge', title: `Replace ${quote(named)} with an unconditional obligation`, edits: [edit] };
  }
  if (finding.requirement.weaken.some((w) => norm(w.phrase) === phrase && w.status === 'weak') && carveOut(phrase)) {
    return { ...base, kind: 'remove-hedge', title: `Replace ${quote(cue.text)} with an unconditional obligation`, edits: [deletePhrase(text, cue.start, cue.end, words)] };
  }
  if (fix === 'effort') {
    const before = text.slice(Math.max(ev.start, cue.start - 40), cue.start);
    const verb = words.effortVerbBefore.exec(before);
    const after = /^\s+to\s+/.exec(text.slice(cue.end, cue.end + 10));
    if (!verb || !after) return undefined;
    const verbStart = cue.start - before.length + verb.index;
    const modal = bound(verbStart);
    return {
      ...base,
      kind: 'remove-hedge',
      title: `Replace ${quote(cue.text)} with an unconditional obligation`,
      edits: [{ start: verbStart, end: cue.end + after[0].length, newText: modal ? '' : 'shall ' }],
    };
  }
  if (fix === 'try') {
    const modal = bound(cue.start);
    const after = /^\s+/.exec(text.slice(cue.end, cue.end + 4));
    if (!after) return undefined;
    return {
      ...base,
      kind: 'remove-hedge',
      title: `Replace ${quote(cue.text)} with an unconditional obligation`,
      edits: [modal ? { start: cue.start, end: cue.end + after[0].length, newText: '' } : { start: cue.start, end: cue.end, newText: 'shall' }],
    };
  }
  if (words.permissiveToShall.test(phrase)) {
    return { ...base, kind: 'make-binding', title: `Replace ${quote(cue.text)} with ‘shall’`, edits: [{ start: cue.start, end: cue.end, newText: 'shall' }] };
  }
  return undefined;
}

/**
 * Where a deletable hedge ends. A cue that opens a condition ("insofar as its", "to the extent
 * its") runs on ("… its tools allow"): the longest hedge of a deletable group that starts where
 * the cue does is the whole hedge, so all of it goes. A condition that still ends in a determiner
 * ("insofar as its") has a noun phrase to come whose end no list marks: no fix, rather than half a one.
 */
function wholeHedgeEnd(text: string, ev: Evidence, lexicon: Lexicon): number | undefined {
  const cue = ev.cue!;
  const sentence = text.slice(ev.start, ev.end);
  let end = cue.end;
  for (const group of lexicon.hedges) {
    if (group.fix !== 'delete' || group.exceptActs?.test(sentence)) continue;
    for (const hit of group.set.find(sentence)) if (ev.start + hit.start === cue.start) end = Math.max(end, ev.start + hit.end);
  }
  return OPEN_DETERMINER.test(text.slice(cue.start, end)) ? undefined : end;
}

/** A determiner or possessive with its noun still to come: grammar, not vocabulary. */
const OPEN_DETERMINER = /\b(?:its|our|their|his|her|your|the|a|an|this|that|these|those)$/i;

function exclusionFix(text: string, finding: Finding, ev: Evidence, result: AnalysisResult): Fix | undefined {
  const cue = ev.cue!;
  const phrase = cue.text.replace(/\s+/g, ' ').trim();
  const base = { requirement: finding.requirement.id, kind: 'remove-exclusion' as const, safe: false, preferred: true };
  const words = lexiconFor(finding.requirement).quickFixes;
  const withTo = words.noObligationTo.test(phrase);
  if (withTo || words.noObligation.test(phrase)) {
    const after = /^\s+to\s+/.exec(text.slice(cue.end, cue.end + 8));
    const own = withTo ? { start: cue.start, end: cue.end } : after ? { start: cue.start, end: cue.end + after[0].length - 1 } : undefined;
    if (!own) return undefined;
    // "has no obligation to monitor" → "shall monitor"; "is under no obligation to" needs "is under" gone too.
    const under = words.underBefore.exec(text.slice(Math.max(ev.start, cue.start - 30), cue.start));
    const start = under ? cue.start - under[0].length : own.start;
    return { ...base, title: `Remove the exclusion (${quote(text.slice(start, own.end))} → ‘shall’)`, edits: [{ start, end: own.end, newText: 'shall' }] };
  }
  for (const [re, replacement] of words.negationRewrites) {
    if (!re.test(phrase)) continue;
    const edit = { start: cue.start, end: cue.end, newText: matchCase(cue.text, replacement) };
    return { ...base, title: `Remove the exclusion (${quote(cue.text)} → ${quote(edit.newText)})`, edits: [edit] };
  }
  // A carve-out in a trailing clause: "…, but backups are out of scope." → "…."
  const masked = sentenceText(result, ev);
  if (masked === undefined) return undefined;
  const spans = clauseSpans(masked);
  const at = cue.start - ev.start;
  const index = spans.findIndex((s) => s.start <= at && at < s.end);
  if (index > 0) {
    const clause = spans[index]!;
    let end = ev.start + clause.end;
    while (end > ev.start && /[\s.!?]/.test(text[end - 1]!)) end--;
    // Take the connector with it: "…servers, but backups are out of scope." → "…servers."
    const before = text.slice(ev.start, ev.start + clause.start);
    const connector = words.connectorBefore.exec(before)!;
    const start = ev.start + connector.index;
    const removed = text.slice(start, end);
    return { ...base, title: `Remove the exclusion ${quote(removed.replace(/^[,;:\s]+/, ''))}`, edits: [{ start, end, newText: '' }] };
  }
  // A whole sentence of exclusion, when the rest of its paragraph still binds someone.
  const unit = result.doc.units.find((u) => u.start <= ev.start && ev.end <= u.end);
  const others = unit?.sentences.filter((s) => s.end <= ev.start || s.start >= ev.end) ?? [];
  if (unit && others.some((s) => words.modal.test(s.text))) {
    let end = ev.end;
    while (end < unit.end && /[ \t]/.test(text[end]!)) end++;
    let start = ev.start;
    if (end === ev.end) while (start > unit.start && /[ \t]/.test(text[start - 1]!)) start--;
    return { ...base, title: `Remove the exclusion ${quote(ev.text.length > 70 ? ev.text.slice(0, 69) + '…' : ev.text)}`, edits: [{ start, end, newText: '' }] };
  }
  return undefined;
}

function matchCase(model: string, text: string): string {
  return /^\p{Lu}/u.test(model) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

function sentenceText(result: AnalysisResult, ev: Evidence): string | undefined {
  for (const u of result.doc.units) {
    if (u.end < ev.start || u.start > ev.end) continue;
    const s = u.sentences.find((x) => x.start === ev.start && x.end === ev.end);
    if (s) return s.text;
  }
  return undefined;
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

export function numberWords(n: number): string {
  if (n < 20) return WORDS[n] ?? String(n);
  if (n < 100) return TENS[Math.floor(n / 10)]! + (n % 10 ? `-${WORDS[n % 10]}` : '');
  if (n < 1000) return `${WORDS[Math.floor(n / 100)]} hundred${n % 100 ? ` and ${numberWords(n % 100)}` : ''}`;
  return String(n);
}

/** Write a duration the way the document wrote the one it replaces: "six (6) months", "6 months" or "six months". */
export function formatLike(model: string, d: Duration): string {
  const unit = d.unit === 'business-day' ? 'Business Day' : d.unit;
  const units = `${unit}${d.value === 1 ? '' : 's'}`;
  const capital = /^\p{Lu}/u.test(model);
  let words = numberWords(d.value);
  if (capital) words = words.charAt(0).toUpperCase() + words.slice(1);
  if (/\(\s*\d+\s*\)/.test(model)) return `${words} (${d.value}) ${units}`;
  if (/^\s*\d/.test(model)) return `${d.value} ${units}`;
  return `${words} ${units}`;
}

function thresholdFix(text: string, finding: Finding, ev: Evidence): Fix | undefined {
  const cue = ev.cue!;
  const found = findDurations(cue.text, 0, lexiconFor(finding.requirement).durationQualifiers)[0];
  if (!found || found.start !== 0) return undefined;
  const threshold = finding.requirement.thresholds.find((t) => t.kind === 'duration');
  if (!threshold) return undefined;
  const target = formatLike(cue.text, threshold.min);
  const before = text.slice(Math.max(ev.start, cue.start - 30), cue.start);
  // The same maxima detection reads ("up to", "no more than"): a cap found is a cap raised.
  const max = lexiconFor(finding.requirement).durationQualifiers.maxBefore.exec(before);
  const start = max ? cue.start - before.length + max.index : cue.start;
  const newText = max ? `${matchCase(max[0], 'at least')} ${target}` : target;
  return {
    kind: 'raise-threshold',
    title: `Change ${quote(text.slice(start, cue.end))} to ${quote(newText)} (the AA22-131A minimum)`,
    edits: [{ start, end: cue.end, newText }],
    safe: true,
    preferred: true,
    requirement: finding.requirement.id,
  };
}

/** The cue rewrite for a weak, negated or below-threshold finding, where one reads correctly. */
export function cueFix(result: AnalysisResult, finding: Finding, ev: Evidence): Fix | undefined {
  const text = result.doc.text;
  return finding.status === 'weak' ? hedgeFix(text, finding, ev)
    : finding.status === 'below-threshold' ? thresholdFix(text, finding, ev)
    : finding.status === 'negated' ? exclusionFix(text, finding, ev, result)
    : undefined;
}
