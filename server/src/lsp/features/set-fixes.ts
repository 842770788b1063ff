/**
 * Quick fixes for a missing clause of a contract set: the clause goes into the part that deals
 * with security (engine: securityMember), as a workspace edit on that file, which may be open or not.
 */
import * as path from 'node:path';
import type { WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { insertClauseFix, planInsertions, securityMember, type Finding, type Fix, type Requirement } from '../../engine';
import type { SetCheck } from '../../host/service';
import { URI } from '../../host/uri';
import type { FeatureContext } from './context';

export interface SetTarget {
  document: TextDocument;
  closed: boolean;
  /** The file name, for the fix's title. */
  name: string;
}

/** The document a missing clause of the set goes into, when that is a part (undefined: the main document). */
export function insertionTarget(ctx: FeatureContext, set: SetCheck): { target: SetTarget; member: ReturnType<typeof securityMember> } | undefined {
  const member = securityMember(set.analysis);
  if (member.file === set.analysis.main) return undefined;
  const open = ctx.documents.get(member.file);
  const file = URI.toPath(member.file);
  const name = path.basename(file ?? member.file);
  if (open) return { target: { document: open, closed: false, name }, member };
  // Closed: the edit is computed on the text the check read (the disk), and applied unversioned.
  return { target: { document: TextDocument.create(member.file, 'markdown', 0, member.own.doc.text), closed: true, name }, member };
}

export function setInsertFix(ctx: FeatureContext, set: SetCheck, finding: Finding): { fix: Fix; edit: WorkspaceEdit } | undefined {
  const found = insertionTarget(ctx, set);
  if (!found) return undefined;
  const fix = insertClauseFix(found.member.own, finding);
  if (!fix) return undefined;
  const titled = { ...fix, title: `${fix.title} into ${found.target.name}` };
  return { fix: titled, edit: ctx.workspaceEdit(found.target.document, fix.edits, { closed: found.target.closed }) };
}

export function setInsertAll(ctx: FeatureContext, set: SetCheck, requirements: readonly Requirement[]): { edit: WorkspaceEdit; inserted: number; name: string } | undefined {
  const found = insertionTarget(ctx, set);
  if (!found) return undefined;
  const plan = planInsertions(found.member.own, requirements);
  if (!plan.edits.length) return undefined;
  return { edit: ctx.workspaceEdit(found.target.document, plan.edits, { closed: found.target.closed }), inserted: plan.placed.length, name: found.target.name };
}
