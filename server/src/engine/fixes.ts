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
 * and suppression fixes are offered. "Safe" fixes are the ones fix-all applies. The cue rewrites
 * are in cue-fixes.ts, the Fix type in fix-kinds.ts.
 */
import type { AnalysisResult } from './analyze';
import { cueFix } from './cue-fixes';
import { containsClause, overlaps, renderTemplate, type TextEdit } from './edits';
import { citationOf, quote, type Fix } from './fix-kinds';
import { findPlaceholders, type Placeholder } from './placeholders';
import { planInsertions } from './placement';
import { disableComment } from './suppress';
import { dominantEol } from './text';
import type { Evidence, Finding } from './types';

export { citationOf, type Fix, type FixKind } from './fix-kinds';
export { deletePhrase, formatLike, numberWords } from './cue-fixes';

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
  const fixes: Fix[] = [];
  if (finding.status === 'missing') {
    const insert = insertClauseFix(result, finding);
    if (insert) fixes.push(insert);
  } else {
    const ev = finding.evidence[0];
    const rewrite = ev?.cue ? cueFix(result, finding, ev) : undefined;
    if (rewrite) fixes.push(rewrite);
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
