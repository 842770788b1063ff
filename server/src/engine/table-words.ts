/** The lexicon's requirement-table words (lexicon `requirementTables`), compiled into whole-cell patterns. */
import { cellPattern } from './cell-words';
import type { PartyWords, RequirementTableWords } from './lexicon';

export interface TableWords {
  requirementHeader: RegExp;
  responseHeader: RegExp;
  priorityHeader: RegExp;
  full: RegExp;
  partial: RegExp;
  none: RegExp;
  mustPriority: RegExp;
  targetPriority: RegExp;
  excludedPriority: RegExp;
}

export function compileTableWords(words: RequirementTableWords | undefined, parties: Required<PartyWords>): TableWords {
  const w = words ?? {};
  return {
    requirementHeader: cellPattern(w.requirementHeaders, parties),
    responseHeader: cellPattern(w.responseHeaders, parties),
    priorityHeader: cellPattern(w.priorityHeaders, parties),
    full: cellPattern(w.full, parties),
    partial: cellPattern(w.partial, parties),
    none: cellPattern(w.none, parties),
    mustPriority: cellPattern(w.mustPriority, parties),
    targetPriority: cellPattern(w.targetPriority, parties),
    excludedPriority: cellPattern(w.excludedPriority, parties),
  };
}
