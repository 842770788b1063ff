/**
 * Diagnostics beyond requirement findings that the editor and the CLI must both report, from one
 * place so they cannot drift apart: suppression comments that need attention (no reason, unknown
 * id) and bracketed template values the drafter still has to confirm.
 */
import { findPlaceholders } from '../engine';
import type { CheckResult, Notice } from './service';

export function analysisNotices(result: CheckResult): Notice[] {
  if (!result.checked || !result.analysis) return [];
  const { analysis } = result;
  const out: Notice[] = [];
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
