/** What a quick fix is (fixes.ts builds them, cue-fixes.ts rewrites cues): plain offset edits with a title. */
import type { TextEdit } from './edits';
import type { Requirement } from './types';

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

export function quote(s: string): string {
  return `‘${s.replace(/\s+/g, ' ').trim()}’`;
}
