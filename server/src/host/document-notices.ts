/**
 * Diagnostics beyond requirement findings that the editor and the CLI must both report, from one
 * place so they cannot drift apart: conflicting clauses (a binding clause and a disclaimer or
 * narrowing of the same duty), suppression comments that need attention (no reason, unknown id)
 * and bracketed template values the drafter still has to confirm.
 */
import { findPlaceholders, type Finding } from '../engine';
import type { CheckResult, Notice } from './service';

/** A notice about a conflict carries its finding, so the editor can name both clauses as related information. */
export type AnalysisNotice = Notice & { conflictOf?: Finding };

export function analysisNotices(result: CheckResult): AnalysisNotice[] {
  if (!result.checked || !result.analysis) return [];
  const { analysis } = result;
  const out: AnalysisNotice[] = [];
  // On the disclaimer, as a warning: say which clause prevails.
  for (const f of analysis.findings) {
    if (!f.conflict || f.status === 'accepted') continue;
    out.push({ start: f.conflict.range.start, end: f.conflict.range.end, severity: 'warning', code: `${f.requirement.id}.conflict`, message: f.conflict.message, conflictOf: f });
  }
  // Warnings on the comment itself.
  for (const p of analysis.suppressions.problems) {
    out.push({ start: p.start, end: p.end, severity: 'warning', code: p.code, message: p.message });
  }
  // The placeholder rule lives in engine/placeholders.ts.
  for (const p of findPlaceholders(analysis)) {
    out.push({
      start: p.start,
      end: p.end,
      severity: 'info',
      code: 'placeholder',
      message: `Confirm or replace the bracketed value “[${p.value}]”: it is a placeholder from a clause template.`,
    });
  }
  return out;
}
