/**
 * Code actions: quick fixes for clauselint diagnostics, and fix-all as the source action
 * `source.fixAll.clauselint`. Fix-all runs on save only when the user lists that exact kind in
 * `editor.codeActionsOnSave`; a generic `source.fixAll` on save does not insert clauses.
 */
import { SERVER_COMMANDS } from '../../protocol';
import {
  CodeActionKind,
  CodeActionTriggerKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
} from 'vscode-languageserver/node';
import { fixAll, fixesFor, placeholderFix, type Fix } from '../../engine';
import { planInsertions } from '../../engine';
import { findPlaceholders } from '../../engine';
import type { CheckedDocument, FeatureContext } from './context';
import { setInsertAll, setInsertFix } from './set-fixes';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.clauselint`;
export const COMMAND_INSERT_ALL_MISSING = SERVER_COMMANDS.insertAllMissing;

/** Is `kind` asked for by the request's `only` filter (hierarchical: "source" covers "source.fixAll")? */
function requested(kind: string, only: readonly string[] | undefined): boolean {
  if (!only) return kind === CodeActionKind.QuickFix;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function toAction(ctx: FeatureContext, checked: CheckedDocument, fix: Fix, diagnostics: Diagnostic[], kind: string): CodeAction {
  return {
    title: fix.title,
    kind,
    ...(diagnostics.length ? { diagnostics } : {}),
    ...(fix.preferred ? { isPreferred: true } : {}),
    edit: ctx.workspaceEdit(checked.document, fix.edits),
  };
}

export function fixAllAction(ctx: FeatureContext, checked: CheckedDocument): CodeAction | undefined {
  const { edits, applied } = fixAll(checked.analysis);
  if (!edits.length) return undefined;
  return {
    title: `Fix all clauselint problems that have a safe fix (${applied.length})`,
    kind: FIX_ALL_KIND,
    edit: ctx.workspaceEdit(checked.document, edits),
  };
}

export async function onCodeAction(ctx: FeatureContext, params: CodeActionParams): Promise<CodeAction[]> {
  const checked = await ctx.checkedContract(params.textDocument.uri);
  if (!checked) return [];
  const only = params.context.only;
  const actions: CodeAction[] = [];

  if (requested(CodeActionKind.QuickFix, only)) actions.push(...quickFixes(ctx, checked, params.context.diagnostics));

  // On save (automatic trigger) only the exact kind counts, so a workspace-wide "source.fixAll"
  // for other linters never inserts contract clauses.
  const automatic = params.context.triggerKind === CodeActionTriggerKind.Automatic;
  const wantsFixAll = automatic ? !!only?.includes(FIX_ALL_KIND) : !!only && requested(FIX_ALL_KIND, only);
  if (wantsFixAll) {
    const action = fixAllAction(ctx, checked);
    if (action) actions.push(action);
  }
  return actions;
}

/**
 * Quick fixes in the order of the request's diagnostics, so the finding the user clicked (VS Code
 * sends it first) gets its own fix at the top: each diagnostic's repairs and inserts, then "insert
 * all" when several missing clauses share the place, then the suppressions.
 */
function quickFixes(ctx: FeatureContext, checked: CheckedDocument, diagnostics: Diagnostic[]): CodeAction[] {
  const repairs: CodeAction[] = [];
  const suppressions: CodeAction[] = [];
  const placeholders = findPlaceholders(checked.analysis);
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'clauselint') continue;
    if (diagnostic.code === 'placeholder') {
      const start = checked.document.offsetAt(diagnostic.range.start);
      const p = placeholders.find((x) => x.start === start);
      if (p) repairs.push(toAction(ctx, checked, placeholderFix(p), [diagnostic], CodeActionKind.QuickFix));
      continue;
    }
    const finding = checked.analysis.findings.find((f) => f.requirement.id === diagnostic.code);
    if (!finding) continue;
    // In a contract set, a missing clause goes into the part about security.
    const intoPart = checked.result.set && finding.status === 'missing' ? setInsertFix(ctx, checked.result.set, finding) : undefined;
    if (intoPart) repairs.push({ title: intoPart.fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: intoPart.edit });
    for (const fix of fixesFor(checked.analysis, finding)) {
      if (intoPart && fix.kind === 'insert-clause') continue;
      (fix.kind === 'suppress' ? suppressions : repairs).push(toAction(ctx, checked, fix, [diagnostic], CodeActionKind.QuickFix));
    }
  }
  const insertAll = insertAllAction(ctx, checked, diagnostics);
  return [...repairs, ...(insertAll ? [insertAll] : []), ...suppressions];
}

/** Several missing clauses under the cursor (they share a heading): insert them in one edit. */
function insertAllAction(ctx: FeatureContext, checked: CheckedDocument, diagnostics: Diagnostic[]): CodeAction | undefined {
  const missing = diagnostics.filter(
    (d) => d.source === 'clauselint' && checked.analysis.findings.some((f) => f.requirement.id === d.code && f.status === 'missing'),
  );
  if (missing.length < 2) return undefined;
  const reqs = missing.map((d) => checked.analysis.findings.find((f) => f.requirement.id === d.code)!.requirement);
  if (checked.result.set) {
    const intoPart = setInsertAll(ctx, checked.result.set, reqs);
    if (intoPart) return intoPart.inserted > 1 ? { title: `Insert all ${intoPart.inserted} missing clauses into ${intoPart.name}`, kind: CodeActionKind.QuickFix, diagnostics: missing, edit: intoPart.edit } : undefined;
  }
  const plan = planInsertions(checked.analysis, reqs);
  if (plan.placed.length < 2) return undefined;
  return {
    title: `Insert all ${plan.placed.length} missing clauses`,
    kind: CodeActionKind.QuickFix,
    diagnostics: missing.filter((d) => plan.placed.some((p) => p.requirement.id === d.code)),
    edit: ctx.workspaceEdit(checked.document, plan.edits),
  };
}

/** The "Insert all missing clauses" command: one workspace edit, applied through the client. */
export async function insertAllMissing(ctx: FeatureContext, uri: string): Promise<{ applied: boolean; inserted: number; message?: string }> {
  const checked = await ctx.checkedContract(uri);
  if (!checked) return { applied: false, inserted: 0, message: 'clauselint: this document is not checked as a contract draft.' };
  if (checked.result.set) {
    const missing = checked.analysis.findings.filter((f) => f.status === 'missing').map((f) => f.requirement);
    const intoPart = setInsertAll(ctx, checked.result.set, missing);
    if (intoPart) {
      const applied = await ctx.connection.workspace.applyEdit({ label: `Insert all missing clauses into ${intoPart.name}`, edit: intoPart.edit });
      return { applied: applied.applied, inserted: applied.applied ? intoPart.inserted : 0, ...(applied.failureReason ? { message: applied.failureReason } : {}) };
    }
  }
  const { edits, applied } = fixAll(checked.analysis, { onlyMissing: true });
  if (!edits.length) return { applied: false, inserted: 0, message: 'clauselint: no missing clause to insert.' };
  const result = await ctx.connection.workspace.applyEdit({ label: 'Insert all missing clauses', edit: ctx.workspaceEdit(checked.document, edits) });
  return { applied: result.applied, inserted: result.applied ? applied.length : 0, ...(result.failureReason ? { message: result.failureReason } : {}) };
}
