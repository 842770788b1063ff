/**
 * Where a missing clause goes, and how it is written there, the way a drafter would do it:
 *
 * 1. Target: the article that already deals with the topic: the one holding the most evidence of
 *    other requirements under the same advisory heading; else one whose title names the topic
 *    ("Incident Response", "Backup"); else a security, data protection or services article.
 *    Definitions, recitals, the signature block and schedules are never targets.
 * 2. Otherwise a new "Security" article, numbered after the article before it, goes before the
 *    signature block ("IN WITNESS WHEREOF", "Signed for and on behalf of"), before the schedules,
 *    or at the end.
 * 3. The clause follows its neighbours: heading level, numbering ("12.3" → "12.4", "(c)" → "(d)",
 *    list markers), a bold run-in title if they have one, the document's party names, its line
 *    endings, and a blank line between blocks.
 *
 * Several clauses planned together are numbered one after another, and a clause whose text is
 * already in the document is skipped, so inserting twice never duplicates.
 */
import type { AnalysisResult } from '../analyze';
import { containsClause, renderTemplate } from '../edits';
import { dominantEol } from '../text';
import type { Requirement, Span } from '../types';
import { Layout } from './layout';
import type { Article } from './targets';
import type { InsertionPlan } from './types';

export type { InsertionPlan, PlacedClause } from './types';

/**
 * Where each requirement's clause would be inserted, as a place to report it missing: the heading
 * (or caption) of the article the insert fix extends, or undefined when the fix would create a
 * new section. Only the target is computed (no clause is rendered), so analysis stays cheap.
 */
export function insertionAnchors(result: AnalysisResult, requirements: readonly Requirement[]): Map<string, Span | undefined> {
  const layout = new Layout(result);
  return new Map(
    requirements.map((req) => {
      const target = layout.targetFor(req);
      return [req.id, target ? { start: target.headingSpan.start, end: target.headingSpan.end } : undefined];
    }),
  );
}

/** Plan where and how each requirement's template clause is inserted into the analysed document. */
export function planInsertions(result: AnalysisResult, requirements: readonly Requirement[]): InsertionPlan {
  const layout = new Layout(result);
  const eol = dominantEol(result.doc.text);
  const plan: InsertionPlan = { edits: [], placed: [], skipped: [] };
  const groups = new Map<Article | undefined, Requirement[]>(); // undefined: a new section
  const seen = new Set<string>();
  for (const req of requirements) {
    if (seen.has(req.id)) continue;
    seen.add(req.id);
    if (containsClause(result.doc.text, renderTemplate(req, result.parties))) {
      plan.skipped.push({ requirement: req, reason: 'the template clause is already in the document' });
      continue;
    }
    const target = layout.targetFor(req);
    groups.set(target, [...(groups.get(target) ?? []), req]);
  }
  const byOffset = new Map<number, string>();
  const add = (offset: number, text: string): void => {
    byOffset.set(offset, (byOffset.get(offset) ?? '') + text);
  };
  // Existing articles first, so that at a shared offset their clauses come before a new section.
  const ordered = [...groups].sort((a, b) => (a[0] === undefined ? 1 : b[0] === undefined ? -1 : a[0].start - b[0].start));
  for (const [target, reqs] of ordered) {
    const { offset, text, placed } = target === undefined ? layout.newSection(reqs) : layout.intoArticle(target, reqs);
    add(offset, text);
    plan.placed.push(...placed);
  }
  plan.edits = [...byOffset]
    .sort((a, b) => a[0] - b[0])
    .map(([offset, newText]) => ({ start: offset, end: offset, newText: newText + gapBefore(result.doc.text, offset, eol) }));
  return plan;
}

/**
 * The line breaks an inserted block needs so that what follows `offset` stays its own block:
 * without a blank line, a next line "Title" + "===" (a setext heading) would take the inserted
 * paragraph into its heading, and a plain line would continue the paragraph.
 */
function gapBefore(text: string, offset: number, eol: string): string {
  let breaks = 0;
  for (let i = offset; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) breaks++;
    else if (!/\s/.test(c)) return breaks >= 2 ? '' : eol.repeat(2 - breaks);
  }
  return ''; // nothing follows
}

