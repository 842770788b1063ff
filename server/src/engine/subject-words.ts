/**
 * Lexicon words that tell who a clause's subject is (subjects.ts, lexicon `subjects`): nouns that a
 * party name modifies ("Customer data" is no subject), a party's own units and offices ("the
 * Client's IT team", "the Council's Head of Digital") and the words of a provider refusing its part
 * ("has no", "is not required to"). The words are data; the grammar around them (spacing, "of",
 * "does not", the modals) stays in code.
 */
import { phraseAlternation } from './cell-words';

export interface SubjectWords {
  /** After a party name, a noun it modifies: "Council data", "Client systems". */
  modifiedNouns?: string[];
  /** The head noun of a party's own unit or officer ("Security Operations Center", "IT team"); read at a word's end. */
  unitNouns?: string[];
  /** An office named by what it heads: "Head of Digital", "Director of IT". */
  officeHeads?: string[];
  /**
   * What the provider says right after its name when it refuses its part ("does not …" is grammar):
   * before "no", "has no", "bears no", "carries out no … of its own". Not a bare "shall not" ("the
   * Provider shall not obstruct the audit" is a duty to cooperate, not a refusal).
   */
  refusingVerbs?: string[];
  /** After "shall"/"will" and before "no": "shall have no", "will bear no". */
  refusingBaseVerbs?: string[];
  /** After "is not", "shall not be": "required", "obliged", "responsible". */
  dutyAdjectives?: string[];
}

export interface SubjectPatterns {
  partyAsModifier: RegExp;
  /** A unit noun or an office ("head of …"): a pattern source, for the per-party pattern. */
  subjectHead: string;
  unitTail: RegExp;
  refuses: RegExp;
}

export function compileSubjects(words: SubjectWords | undefined): SubjectPatterns {
  const w = words ?? {};
  const alt = (list: string[] | undefined): string => phraseAlternation(list);
  const officeOf = String.raw`${alt(w.officeHeads)}\s+of\s+(?:[\p{L}&-]+\s+){0,2}?[\p{L}&-]+`;
  const subjectHead = `(?:${alt(w.unitNouns)}|${officeOf})`;
  const duty = alt(w.dutyAdjectives);
  return {
    partyAsModifier: new RegExp(String.raw`^(?:[ \t]+|[ \t]*\r?\n[ \t]*)${alt(w.modifiedNouns)}\b`, 'i'),
    subjectHead,
    unitTail: new RegExp(`${subjectHead}\\s+(?:\\p{L}+ly\\s+)?$`, 'iu'),
    refuses: new RegExp(
      String.raw`^\s+(?:(?:does|do|did)\s+not\b|${alt(w.refusingVerbs)}\s+no\b|(?:shall|will)\s+${alt(w.refusingBaseVerbs)}\s+no\b|(?:is|are)\s+(?:under\s+no\b|not\s+${duty}\b)|(?:shall|will)\s+not\s+be\s+${duty}\b)`,
      'iu',
    ),
  };
}
