import type { TextEdit } from '../edits';
import type { Requirement } from '../types';

export interface PlacedClause {
  requirement: Requirement;
  /** Offset in the original document where the clause's text goes. */
  offset: number;
  /** Human description, e.g. "under 7. Information Security" or "in a new section before the signature block". */
  where: string;
  /** The label written before the clause ("7.12", "(d)"), if any. */
  label?: string;
}

export interface InsertionPlan {
  /** Pure insertions, at most one per offset, sorted by offset. */
  edits: TextEdit[];
  placed: PlacedClause[];
  /** Requirements not inserted, with the reason (e.g. the clause is already in the document). */
  skipped: { requirement: Requirement; reason: string }[];
}
