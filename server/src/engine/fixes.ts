/**
 * Quick fixes for findings, as plain offset edits with titles (the language server wraps them in
 * LSP code actions; the tests apply them directly).
 *
 * - missing:          insert the template clause where a drafter would put it (placement.ts);
 * - weak:             delete the hedge ("where possible", "reasonable efforts to") or make the
 *                     modal binding ("may" → "shall");
 * - below-threshold:  change the period to the advisory's minimum ("six (6) months");
 * - negated:          remove the exclusion ("is not required to" → "shall", or delete a trailing
 *                     carve-out clause);
 * - any finding:      replace the sentence with the template clause; accept it with a
 *                     clauselint-disable comment.
 *
 * A cue edit touches only the cue (and the commas and spaces around it) inside the evidence
 * sentence, and is offered only where the rewrite reads correctly; otherwise only the template
 * and suppression fixes are offered. "Safe" fixes are the ones fix-all applies.
 */
import type { AnalysisResult } from './analyze';
import { clauseSpans } from './classify';
import { findDurations } from './durations';
import { containsClause, overlaps, renderTemplate, type TextEdit } from './edits';
import { bundledLexicon, lexiconFor } from './catalog/lexicon-file';
import type { QuickFixPatterns } from './fix-words';
import { normalizePhrase } from './lexicon';
import { findPlaceholders, type Placeholder } from './placeholders';
import { planInsertions } from './placement';
import { disableComment } from './suppress';
import { dominantEol } from './text';
import type { Duration, Evidence, Finding, Requirement } from './types';

export type FixKind =
  | 'insert-clause'
  | 'remove-hedge'
  | 'make-binding'
  | 'raise-threshold'
  | 'remove-exclusion'
  | 'replace-with-template'
  | 'suppress'
  | 'confirm-placeholder';

export interface Fix {
  kind: FixKind;
  title: string;
  edits: TextEdit[];
  /** Mechanical and meaning-preserving enough for fix-all. */
  safe: boolean;
  /** The fix an editor should offer first for this finding. */
  preferred: boolean;
  requirement?: string;
}

export function citationOf(req: Requirement): string {
  return `${req.citation.document} · ${req.citation.heading}`;
}

function quote(s: string): string {
  return `‘${s.replace(/\s+/g, ' ').trim()}’`;
}

// ---- cue rewrites -------------------------------------------------------------------------------

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
  if (fix === 'delete' || (finding.requirement.weaken.some((w) => norm(w.phrase) === phrase && w.status === 'weak') && carveOut(phrase))) {
    return { ...base, kind: 'remove-hedge', title: `Replace ${quote(cue.text)} with an unconditional obligation`, edits: [deletePhrase(text, cue.start, cue.end, words)] };
  }
  if (fix === 'effort') {
    const before = text.slice(Math.max(ev.start, cue.start - 40), cue.start);
    const verb = words.effortVerbBefore.exec(before);
    const after = /^\s+to\s+/.exec(text.slice(cue.end, cue.end + 10));
    if (!verb || !after) return undefined;
    const verbStart = cue.start - before.length + verb.index;
    const modal = words.modalBefore.test(text.slice(Math.max(ev.start, verbStart - 10), verbStart));
    return {
      ...base,
      kind: 'remove-hedge',
      title: `Replace ${quote(cue.text)} with an unconditional obligation`,
      edits: [{ start: verbStart, end: cue.end + after[0].length, newText: modal ? '' : 'shall ' }],
    };
  }
  if (fix === 'try') {
    const modal = words.modalBefore.test(text.slice(Math.max(ev.start, cue.start - 10), cue.start));
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

// ---- thresholds ---------------------------------------------------------------------------------

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

// ---- template and suppression -------------------------------------------------------------------

/** Replace the evidence sentence with the template clause (written as a single line inside lists and tables). */
function templateInsteadFix(result: AnalysisResult, finding: Finding, ev: Evidence): Fix | undefined {
  const rendered = renderTemplate(finding.requirement, result.parties);
  if (containsClause(result.doc.text, rendered) || /\n[ \t]*\n/.test(rendered)) return undefined;
  const unit = result.doc.units.find((u) => u.start <= ev.start && ev.end <= u.end);
  const eol = dominantEol(result.doc.text);
  const topLevel = unit?.kind === 'paragraph' && result.doc.text.lastIndexOf('\n', unit.start - 1) + 1 === unit.start;
  const newText = topLevel ? rendered.replace(/\n/g, eol) : rendered.replace(/\s*\n\s*/g, ' ').replace(/\|/g, unit?.kind === 'table-cell' ? '\\|' : '|');
  return {
    kind: 'replace-with-template',
    title: `Insert the template clause instead (replaces this sentence; ${citationOf(finding.requirement)})`,
    edits: [{ start: ev.start, end: ev.end, newText }],
    safe: false,
    preferred: false,
    requirement: finding.requirement.id,
  };
}

/** Insert a missing requirement's template clause (nothing when it is already there). */
export function insertClauseFix(result: AnalysisResult, finding: Finding): Fix | undefined {
  const plan = planInsertions(result, [finding.requirement]);
  if (!plan.edits.length) return undefined;
  return {
    kind: 'insert-clause',
    title: `Insert ${finding.requirement.title} (${citationOf(finding.requirement)})`,
    edits: plan.edits,
    safe: true,
    preferred: true,
    requirement: finding.requirement.id,
  };
}

/** Write a clauselint-disable comment that covers the finding; the drafter then writes the reason. */
export function suppressFix(result: AnalysisResult, finding: Finding): Fix {
  const text = result.doc.text;
  const eol = dominantEol(text);
  const comment = disableComment(finding.requirement.id);
  let edit: TextEdit;
  const ev = finding.status === 'missing' ? undefined : finding.evidence[0];
  const unit = ev ? result.doc.units.find((u) => u.start <= ev.start && ev.end <= u.end) : undefined;
  const lineStart = unit ? text.lastIndexOf('\n', unit.start - 1) + 1 : 0;
  if (unit && unit.kind === 'paragraph' && lineStart === unit.start) {
    // Right above the paragraph: its scope runs to the end of the section.
    edit = { start: unit.start, end: unit.start, newText: comment + eol + eol };
  } else {
    // Under the heading of the section (or the title, for a missing clause); else at the top.
    const sectionIndex = unit ? unit.section : result.doc.sections.findIndex((s) => s.depth === Math.min(...result.doc.sections.map((x) => x.depth)));
    const section = sectionIndex >= 0 ? result.doc.sections[sectionIndex] : undefined;
    if (section) edit = { start: section.headingSpan.end, end: section.headingSpan.end, newText: eol + eol + comment };
    else {
      const at = result.doc.frontMatter ? result.doc.frontMatter.span.end : 0;
      edit = at > 0 ? { start: at, end: at, newText: eol + eol + comment } : { start: 0, end: 0, newText: comment + eol + eol };
    }
  }
  return {
    kind: 'suppress',
    title: `${finding.status === 'missing' ? 'Accept without this clause' : 'Accept as drafted'}: add <!-- clauselint-disable ${finding.requirement.id} -- reason -->`,
    edits: [edit],
    safe: false,
    preferred: false,
    requirement: finding.requirement.id,
  };
}

export function placeholderFix(p: Placeholder): Fix {
  return {
    kind: 'confirm-placeholder',
    title: `Confirm ${quote(p.value)} (remove the brackets)`,
    edits: [{ start: p.start, end: p.end, newText: p.value }],
    safe: false,
    preferred: true,
  };
}

// ---- entry points -------------------------------------------------------------------------------

/** Every fix offered for one finding, preferred first. */
export function fixesFor(result: AnalysisResult, finding: Finding): Fix[] {
  if (finding.status === 'present' || finding.status === 'accepted') return [];
  const text = result.doc.text;
  const fixes: Fix[] = [];
  if (finding.status === 'missing') {
    const insert = insertClauseFix(result, finding);
    if (insert) fixes.push(insert);
  } else {
    const ev = finding.evidence[0];
    if (ev?.cue) {
      const cueFix = finding.status === 'weak' ? hedgeFix(text, finding, ev)
        : finding.status === 'below-threshold' ? thresholdFix(text, finding, ev)
        : finding.status === 'negated' ? exclusionFix(text, finding, ev, result)
        : undefined;
      if (cueFix) fixes.push(cueFix);
    }
    const instead = ev ? templateInsteadFix(result, finding, ev) : undefined;
    if (instead) fixes.push({ ...instead, preferred: fixes.length === 0 });
  }
  // A comment without a reason already names it: the drafter writes the reason there (the
  // comment's own warning says so); a second comment would not help.
  const unexplained = result.suppressions.list.some((x) => x.ids.includes(finding.requirement.id) && x.reason === '' && (finding.status === 'missing' || (x.region.start <= finding.range.start && finding.range.start < x.region.end)));
  if (!unexplained) fixes.push(suppressFix(result, finding));
  return fixes;
}

export interface FixAllResult {
  edits: TextEdit[];
  /** Titles of the fixes applied, in document order of their first edit. */
  applied: Fix[];
}

/**
 * The safe fixes for every problem at once: missing clauses inserted (numbered one after another),
 * hedges removed, periods raised. Fixes whose edits would overlap an earlier one are left out.
 */
export function fixAll(result: AnalysisResult, options: { onlyMissing?: boolean } = {}): FixAllResult {
  const problems = result.findings.filter((f) => f.status !== 'present' && f.status !== 'accepted');
  const applied: Fix[] = [];
  const edits: TextEdit[] = [];
  if (!options.onlyMissing) {
    for (const f of problems) {
      if (f.status === 'missing') continue;
      const fix = fixesFor(result, f).find((x) => x.safe);
      if (!fix) continue;
      const fresh = fix.edits.filter((e) => !edits.some((x) => x.start === e.start && x.end === e.end && x.newText === e.newText));
      if (fresh.some((e) => edits.some((x) => overlaps(x, e)))) continue;
      if (!fresh.length) continue; // the same cue, already fixed for another requirement
      edits.push(...fresh);
      applied.push(fix);
    }
  }
  const missing = problems.filter((f) => f.status === 'missing');
  const plan = planInsertions(result, missing.map((f) => f.requirement));
  for (const e of plan.edits) {
    if (!edits.some((x) => overlaps(x, e))) edits.push(e);
  }
  for (const p of plan.placed) {
    applied.push({ kind: 'insert-clause', title: `Insert ${p.requirement.title} (${citationOf(p.requirement)})`, edits: [], safe: true, preferred: true, requirement: p.requirement.id });
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  return { edits, applied };
}

export { findPlaceholders };
