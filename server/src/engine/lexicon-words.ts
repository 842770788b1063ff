/**
 * The word lists of some lexicon keys read as whole cells or labels (split from lexicon.ts, which
 * re-exports them): service-description verdicts, questionnaire verdicts, negotiation brackets,
 * RFC 2119 keywords and the cells of requirement tables.
 */

/** Service descriptions item by item (scope-verdict.ts): verdicts that leave an item out or give it to the customer. */
export interface ServiceScopeWords {
  excluded?: string[];
  customer?: string[];
}

/** Questionnaire verdicts (questionnaire.ts): phrases that open an answer. */
export interface VerdictWords {
  notApplicable?: string[];
  partial?: string[];
  planned?: string[];
  yes?: string[];
  no?: string[];
}

/** Negotiation bracket labels (negotiation.ts). */
export interface BracketWords {
  note?: string[];
  agreed?: string[];
  /** "Supplier's position: ": a word after a side's name that still labels the side. */
  sides?: string[];
  /** An optional bracket opening with one of these proposes to qualify the duty ("[provided that …]"). */
  conditions?: string[];
  /** The same, inside one side's alternative (after a comma, "and", "but"). */
  innerConditions?: string[];
  /** A bracket that is one of these (or opens with one written with "…") is a value to fill in ("[TBC]"). */
  fillers?: string[];
}

/** RFC 2119 keywords (conformance.ts), matched in capitals. */
export interface ConformanceWords {
  documents?: string[];
  target?: string[];
  option?: string[];
}

/** Words of tender requirement tables and compliance matrices (compliance-matrix.ts): whole cells. */
export interface RequirementTableWords {
  requirementHeaders?: string[];
  responseHeaders?: string[];
  priorityHeaders?: string[];
  full?: string[];
  partial?: string[];
  none?: string[];
  mustPriority?: string[];
  targetPriority?: string[];
  excludedPriority?: string[];
}
