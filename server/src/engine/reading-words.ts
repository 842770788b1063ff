/**
 * Lexicon words that frame how a document is read, compiled into the patterns their readers use:
 * the clause that makes questionnaire answers terms (answer-reading.ts, lexicon `incorporation`);
 * negotiation brackets (negotiation.ts, `brackets`); the recital that casts a party as the one
 * providing the services (service-cast.ts, `serviceCast`); the clause that binds a table of
 * service levels (service-level-tables.ts, `serviceLevels`); a questionnaire's questions and answer
 * columns (questionnaire.ts, `questionnaires`); the headers of tables whose rows oblige no one
 * (table-context.ts, `tableColumns`). The words are data; the grammar around them (word
 * boundaries, "has been … to", "at all times", a table's empty cell) stays here.
 */
import { openingPattern, cellPattern, phraseAlternation } from './cell-words';
import type { BracketWords, PartyWords } from './lexicon';

/** Words that make a questionnaire's answers terms of the contract, or deny it. */
export interface IncorporationWords {
  /** What is made a term: "responses", "answers", "questionnaire". */
  responses?: string[];
  /** What makes them terms: "incorporated", "warranties", "form part of". */
  terms?: string[];
  /** Words that deny what follows within three words: "not", "never", "nothing in". */
  negators?: string[];
  /** What a negator denies ("are not warranties"); "warrant…" opens a word. */
  deniedTerms?: string[];
  /** Phrases that deny it on their own: "for information only". */
  informationOnly?: string[];
  /** An answer cited by number: "Our answer to Q4.1 …". */
  citedAnswers?: string[];
  /** After "does not", "shall not": the cited answer loses part ("does not cover"). */
  narrowedBy?: string[];
  /** On their own: "excludes", "is subject to", "applies only". */
  narrowing?: string[];
}

/** Words of a recital that casts a party as the one providing the services. */
export interface ServiceCastWords {
  /** Matched as written: "provides", "operates", "hosts". */
  verbs?: string[];
  /** Matched as written: "services", "ICT", "platform". */
  objects?: string[];
  /** Between verb and object they show another act: "provide the Supplier with access to …". */
  otherActs?: string[];
  /** Modal and framing words between the party and its act ("will also", "has agreed to"). */
  leadIns?: string[];
  /** "has been appointed (by the Council) to", "is engaged to", "retained to". */
  appointments?: string[];
}

/** Words of a body clause that binds a table of service levels, and of that table's columns. */
export interface ServiceLevelWords {
  /** "shall", "agrees to": the modal that must come right before the verb. */
  modals?: string[];
  /** "meet", "comply with", "perform in accordance with". */
  verbs?: string[];
  /** The second verb of "meet or exceed". */
  alsoVerbs?: string[];
  /** What is met: "Service Levels", "KPIs". */
  levels?: string[];
  /** A header cell naming the service level a row states (the whole cell). */
  levelColumns?: string[];
  /** A header cell giving the credit a missed row attracts (opens the cell). */
  creditColumns?: string[];
  /** A credit cell that gives none (the whole cell; an empty cell or a dash gives none too). */
  noCredit?: string[];
}

/** Words of a questionnaire: how a question opens, the mark before an answer, the table's columns. */
export interface QuestionnaireWords {
  /** A question opens with one ("Do you …?", "How long …?", "Please describe …?"). */
  interrogatives?: string[];
  /** Before the answer itself, with a colon or dash: "A:", "Response -". */
  answerMarks?: string[];
  /** The question column's header (the whole cell). */
  questionHeaders?: string[];
  /** The answer column's header (the whole cell, one word before it allowed: "Vendor Response"). */
  answerHeaders?: string[];
  /** Words that make a question ask the other way round ("Do you share …?": "No" refuses nothing). */
  askedNegatively?: string[];
}

/** Header words of tables whose rows oblige no one: a glossary ("Term | Meaning") and a price list ("Item | Annual charge"). */
export interface TableColumnWords {
  glossaryTerms?: string[];
  glossaryMeanings?: string[];
  /** Words before a charge word ("Annual", "One-off", "Day" rate). */
  chargeModifiers?: string[];
  /** A price list's columns each open with one, after its modifiers ("Charge (GBP)", "Monthly fee"). */
  charges?: string[];
}

/** A body clause that binds the items of a named register, section or list (bound-items.ts). */
export interface BoundItemWords {
  modals?: string[];
  /** The act the clause owes on each item: "perform", "carry out", "deliver". */
  acts?: string[];
  /** What the items are called: "obligation", "item", "task". */
  items?: string[];
  /** A collection named by its word, not its number: "the Register", "the Schedule of Obligations". */
  collections?: string[];
  /** A collection named by its number: "section 3", "Schedule 5". */
  numbered?: string[];
  /** Words that make the list an example, not a duty: "illustrative". */
  notBinding?: string[];
}

export interface BoundItemPatterns {
  /** Group 1: the collection's word; group 2: its number. */
  binds: RegExp;
  notBinding: RegExp;
  /** A lead-in with one of the modals binds its items itself. */
  modal: RegExp;
}

export interface TableColumnPatterns {
  glossaryHeader: RegExp;
  chargeColumn: RegExp;
}

export interface QuestionnairePatterns {
  asks: RegExp;
  answerMark: RegExp;
  questionHeader: RegExp;
  answerHeader: RegExp;
  askedNegatively: RegExp;
}

export interface IncorporationPatterns {
  responses: RegExp;
  madeTerms: RegExp;
  denied: RegExp;
  citesAnswer: RegExp;
  takesPart: RegExp;
}

export interface BracketPatterns {
  note: RegExp;
  agreed: RegExp;
  /** "Customer: ", "Supplier's position: ": up to four capitalised words, a side word, a colon. */
  side: RegExp;
  /** An optional bracket opening with a condition ("[provided that …]"). */
  condition: RegExp;
  /** The same condition inside one side's alternative ("…, subject to …"). */
  conditionInside: RegExp;
  /** A value to fill in, not wording. */
  value: RegExp;
}

export interface ServiceCastPatterns {
  /** The cast of one of `names` (pattern sources): group 1 the name, group 2 the words between verb and object. */
  castOf(names: readonly string[]): RegExp;
  otherAct: RegExp;
}

export interface ServiceLevelPatterns {
  meetsLevels: RegExp;
  levelColumn: RegExp;
  creditColumn: RegExp;
  noCredit: RegExp;
}

export function compileIncorporation(words: IncorporationWords | undefined): IncorporationPatterns {
  const w = words ?? {};
  const alt = (list: string[] | undefined): string => phraseAlternation(list);
  return {
    responses: new RegExp(String.raw`\b${alt(w.responses)}\b`, 'i'),
    madeTerms: new RegExp(String.raw`\b${alt(w.terms)}\b`, 'i'),
    denied: new RegExp(String.raw`\b${alt(w.negators)}\s+(?:\w+\s+){0,3}?${phraseAlternation(w.deniedTerms, String.raw`\w*`)}\b|\b${alt(w.informationOnly)}\b`, 'i'),
    citesAnswer: new RegExp(String.raw`^\s*(?:(?:our|the|its|this|that|[A-Z][\w’'-]*['’]s)\s+)?${alt(w.citedAnswers)}\s+to\s+(?:question\s+)?(q?\d{1,3}(?:\.\d{1,3}){0,3})\b`, 'i'),
    takesPart: new RegExp(String.raw`\b(?:(?:does|do|shall|will)\s+not\s+${alt(w.narrowedBy)}|${alt(w.narrowing)})\b`, 'i'),
  };
}

export function compileBrackets(words: BracketWords | undefined, parties: Required<PartyWords>): BracketPatterns {
  const w = words ?? {};
  return {
    note: openingPattern(w.note),
    agreed: cellPattern(w.agreed, parties, '[:.]'),
    side: new RegExp(String.raw`^\s*((?:[A-Z][\w’'&.-]*\s+){0,3}[A-Z][\w’'&.-]*(?:\s+${phraseAlternation(w.sides)})?)\s*:\s*`),
    condition: new RegExp(String.raw`^\s*${phraseAlternation(w.conditions)}\b`, 'i'),
    conditionInside: new RegExp(String.raw`(?:^|[,;(]\s*|\s(?:and|but)\s+)${phraseAlternation(w.innerConditions)}\b`, 'i'),
    // Anything without letters, one word ("[three]"), anything with a digit, or a filler ("[TBC]", "[insert date]").
    value: new RegExp(String.raw`^\s*(?:[^\sA-Za-z]*|[\w’'-]+|.*\d.*|${phraseAlternation(w.fillers, String.raw`\b.*`)})\s*$`, 'i'),
  };
}

/** Each phrase as written, and with its first letter capitalised when it starts lower-case. */
function withCapitalised(phrases: readonly string[] | undefined): string[] {
  const all = [...(phrases ?? [])];
  for (const p of phrases ?? []) if (/^\p{Ll}/u.test(p)) all.push(p[0]!.toUpperCase() + p.slice(1));
  return all;
}

export function compileServiceCast(words: ServiceCastWords | undefined): ServiceCastPatterns {
  const w = words ?? {};
  const appointed = phraseAlternation(w.appointments);
  // "has been appointed by the Council to": the appointing body, if named, in up to 60 characters.
  const by = String.raw`(?:\s+by\s+[^,.;()]{1,60}?)?`;
  const leadIn = String.raw`(?:(?:${phraseAlternation(w.leadIns)}|has\s+(?:been\s+)?${appointed}${by}\s+to|is\s+${appointed}${by}\s+to|${appointed}${by}\s+to)\s+)*`;
  // Party names are matched by case, but the act and its object are plain words that drafters
  // capitalise as defined terms: "to provide the Services", "to Operate the Systems".
  const verb = phraseAlternation(withCapitalised(w.verbs));
  const object = phraseAlternation(withCapitalised(w.objects));
  return {
    // The party, then (after its definition's closing quote and parenthesis, or a "which"/"who") its act.
    castOf: (names) =>
      new RegExp(String.raw`(?<![\p{L}\p{N}])(${names.join('|')})["”’]?\)?,?\s+(?:(?:which|who)\s+)?${leadIn}${verb}\s+((?:[\p{L}\p{N}'’&-]+\s+){0,6}?)${object}\b`, 'gu'),
    otherAct: new RegExp(String.raw`\b${phraseAlternation(w.otherActs)}\b`, 'iu'),
  };
}

export function compileServiceLevels(words: ServiceLevelWords | undefined): ServiceLevelPatterns {
  const w = words ?? {};
  return {
    // The verb follows the modal directly: "shall use reasonable efforts to meet" binds nothing.
    meetsLevels: new RegExp(
      String.raw`\b${phraseAlternation(w.modals)}\s+(?:at\s+all\s+times\s+)?${phraseAlternation(w.verbs)}(?:\s+(?:or|and)\s+${phraseAlternation(w.alsoVerbs)})?\s+(?:each\s+of\s+|all\s+(?:of\s+)?|every\s+)?(?:the\s+)?${phraseAlternation(w.levels)}\b`,
      'i',
    ),
    levelColumn: new RegExp(String.raw`^\s*${phraseAlternation(w.levelColumns)}\s*$`, 'i'),
    creditColumn: new RegExp(String.raw`^\s*${phraseAlternation(w.creditColumns)}\b`, 'i'),
    noCredit: new RegExp(String.raw`^\s*(?:${phraseAlternation(w.noCredit)}|[-–—]+)?\s*$`, 'i'),
  };
}

export function compileQuestionnaire(words: QuestionnaireWords | undefined): QuestionnairePatterns {
  const w = words ?? {};
  return {
    asks: new RegExp(String.raw`^${phraseAlternation(w.interrogatives)}\b`, 'i'),
    answerMark: new RegExp(String.raw`^\s*${phraseAlternation(w.answerMarks)}\s*[:.–—-]\s*`, 'i'),
    questionHeader: new RegExp(String.raw`^\s*${phraseAlternation(w.questionHeaders)}\s*$`, 'i'),
    answerHeader: new RegExp(String.raw`^\s*(?:(?:[\w’']+\s+)?${phraseAlternation(w.answerHeaders)})\s*$`, 'i'),
    // "n't" is grammar: "Don't you …?", "Isn't it …?".
    askedNegatively: new RegExp(String.raw`\b${phraseAlternation(w.askedNegatively)}\b|n['’]t\b`, 'i'),
  };
}

export function compileBoundItems(words: BoundItemWords | undefined): BoundItemPatterns {
  const w = words ?? {};
  return {
    // The act follows the modal directly ("shall use reasonable efforts to perform" binds nothing); the
    // items follow a quantifier and are placed "in" / "listed in" the collection.
    binds: new RegExp(
      String.raw`\b${phraseAlternation(w.modals)}\s+${phraseAlternation(w.acts)}\s+(?:every|each|all(?:\s+of)?(?:\s+the)?|each\s+of\s+the|the)\s+${phraseAlternation(w.items)}\s+(?:(?:listed|set\s+out|stated|described|contained|specified)\s+)?(?:in|of|under)\s+(?:the\s+)?(?:(${phraseAlternation(w.collections)})\b|(?:${phraseAlternation(w.numbered)})\s+([A-Z]?\d+(?:\.\d+)*)\b)`,
      'i',
    ),
    notBinding: new RegExp(String.raw`\b${phraseAlternation(w.notBinding)}\b`, 'i'),
    modal: new RegExp(String.raw`\b${phraseAlternation(w.modals)}\b`, 'i'),
  };
}

export function compileTableColumns(words: TableColumnWords | undefined): TableColumnPatterns {
  const w = words ?? {};
  return {
    glossaryHeader: new RegExp(String.raw`^\s*${phraseAlternation(w.glossaryTerms)}\s*\|\s*${phraseAlternation(w.glossaryMeanings)}\s*$`, 'i'),
    // A charge word after any modifiers, then a short rest ("(GBP)", "per user").
    chargeColumn: new RegExp(String.raw`^\s*(?:${phraseAlternation(w.chargeModifiers)}\s+)*${phraseAlternation(w.charges)}\b[^|]{0,30}$`, 'i'),
  };
}
