/**
 * Lexicon words of the statements a contract makes about its own parts (lexicon `partStatements`,
 * read by sentence-kinds.ts and decision-ladder.ts): a matter routed to another clause's process
 * ("… are handled under Section 3.3"), a clause's statement of its own scope ("This clause applies
 * to …") and a part of the agreement stating its content ("Schedule 2 lists …"). The words are data;
 * the grammar (an enumerator before the sentence, a clause number, a part's label and caption) stays here.
 */
import { phraseAlternation } from './cell-words';

export interface PartStatementWords {
  /** After "is"/"are": how a matter goes through a clause ("handled", "dealt with", "governed"). */
  routingVerbs?: string[];
  /** Between those and the cited clause: "under", "by", "in accordance with". */
  routingLinks?: string[];
  /** The cited part before its number: "section", "clause", "paragraph", "article". */
  citedParts?: string[];
  /** After "this": the part whose scope is stated ("clause", "section", "schedule"). */
  scopedParts?: string[];
  /** After that part: how it states its scope ("applies", "shall apply", "only applies"), before "(only) to". */
  scopeVerbs?: string[];
  /** After "this": the agreement or a part of it that states its content ("agreement", "schedule"). */
  wholeParts?: string[];
  /** Before a label: a part attached to the agreement ("Schedule 2", "Annex [B]"). */
  attachedParts?: string[];
  /** After the part: how it states its content ("lists", "sets out", "allocates"). */
  contentVerbs?: string[];
}

export interface PartStatementPatterns {
  /** "Service Tickets are handled under Section 3.3": a routing to another clause's process. */
  routedToClause: RegExp;
  /** "(a) This clause applies to …": a clause's statement of its own scope (the match is its opening). */
  ownScope: RegExp;
  /** "Schedule [X] lists …", "Schedule 2 (Responsibility Matrix) allocates …", "This Agreement sets out …". */
  contractPartStates: RegExp;
}

export function compilePartStatements(words: PartStatementWords | undefined): PartStatementPatterns {
  const w = words ?? {};
  const alt = phraseAlternation;
  // "(a) ", "1. ": an enumerator before the sentence.
  const enumerator = String.raw`(?:\(?[a-z0-9]{1,4}[.)]\s*)?`;
  return {
    routedToClause: new RegExp(String.raw`\b(?:is|are)\s+${alt(w.routingVerbs)}\s+${alt(w.routingLinks)}\s+${alt(w.citedParts)}\s+\d`, 'i'),
    ownScope: new RegExp(String.raw`^\s*${enumerator}this\s+${alt(w.scopedParts)}\s+${alt(w.scopeVerbs)}\s+(?:only\s+)?to\b`, 'i'),
    contractPartStates: new RegExp(
      String.raw`^\s*${enumerator}(?:this\s+${alt(w.wholeParts)}|(?:the\s+)?${alt(w.attachedParts)}\s+[\p{L}\p{N}\[\]().-]{1,12}(?:\s*\([^()\n]{1,60}\))?)\s+${alt(w.contentVerbs)}\b`,
      'iu',
    ),
  };
}
