/**
 * Lexicon words of the sentence shapes that oblige no one or oblige to something else (lexicon
 * `sentenceKinds`, read by sentence-kinds.ts and classify.ts): a pointer to another document, relief
 * from service credits, what counts as what, a savings clause that keeps a party's own duty, a
 * payment for a thing rather than the thing, and the rights by which one party oversees the other.
 * The words are data; the grammar around them (an enumerator before the sentence, the modal before
 * "constitute", "exercise its … right", "be … for") stays here.
 */
import { phraseAlternation } from './cell-words';

export interface SentenceKindWords {
  /** Open a sentence that only points elsewhere: "please refer", "see", "for more information". */
  crossReferences?: string[];
  /** After "no": what is not credited ("service credit", "credits", "service level failures"). */
  creditNouns?: string[];
  /** After "no service credit": how it is denied ("applies", "is payable", "shall accrue"). */
  creditApplies?: string[];
  /** Before "do not apply": what does not apply ("service credits", "the service levels", "KPIs"). */
  reliefSubjects?: string[];
  /** After a modal: what counts as what ("constitute", "be deemed", "amount to"). */
  countsAs?: string[];
  /** After the counting words, a duty's own nouns make it a hedge: "does not constitute a commitment". */
  commitments?: string[];
  /** Before those nouns: "binding", "firm", "contractual" (a commitment). */
  commitmentModifiers?: string[];
  /** Words that bind in a statement that would otherwise only route or scope: "shall", "is to", "required". */
  bindingWords?: string[];
  /** After "does not": a savings clause's verbs ("limit", "prejudice", "displace"). */
  savingVerbs?: string[];
  /** After "is": a savings clause's phrases ("without prejudice to"). */
  savingPhrases?: string[];
  /** After "own": what a savings clause keeps ("duty", "obligations", "responsibility"). */
  ownDuties?: string[];
  /** Paying for a thing: "pay", "reimburse", "invoice". */
  paymentVerbs?: string[];
  /** After "be": being paid or paying for it ("invoiced for", "borne by", "funded by"). */
  paymentPassives?: string[];
  /** Before a cost word: "bear", "meet" (the costs of). */
  costBearing?: string[];
  /** "cost", "expenses", "charges" (of, for, in). */
  costs?: string[];
  /** A party's right over the other: "audit", "request", "receive", "veto". */
  oversightActs?: string[];
  /** After "exercise its": the right exercised ("audit", "inspection", "access"). */
  oversightRights?: string[];
  /** Before a check: "conduct", "carry out", "commission". */
  oversightConduct?: string[];
  /** What is conducted: "audits", "inspections", "testing". */
  oversightChecks?: string[];
  /** After "be": being told ("notified", "granted", "informed"). */
  oversightReceipts?: string[];
}

export interface SentenceKindPatterns {
  /** Sentences that only point elsewhere: "Please refer to …", "See our Security page". */
  crossReference: RegExp;
  /** "No Service Credit applies where …", "Service Credits shall not apply to …". */
  serviceCreditRelief: RegExp;
  /** "Failure to meet … will not by itself constitute …". */
  countsAs: RegExp;
  /** A word that binds someone, read in routing, scope and savings statements. */
  binding: RegExp;
  /** "… does not limit the Department's own duty to …"; group 1: the words before the saving verb. */
  keepsOwnDuty: RegExp;
  /** The act is a payment: "pay the backup fees", "bear its own costs of …". */
  payment: RegExp;
  /** The act is a right over the other party: "audit the Provider", "be notified". */
  oversight: RegExp;
}

export function compileSentenceKinds(words: SentenceKindWords | undefined): SentenceKindPatterns {
  const w = words ?? {};
  const alt = phraseAlternation;
  // "(a) ", "1. ": an enumerator before the sentence.
  const enumerator = String.raw`(?:\(?[a-z0-9]{1,4}[.)]\s*)?`;
  const costs = alt(w.costs);
  return {
    crossReference: new RegExp(String.raw`^\s*${enumerator}${alt(w.crossReferences)}\b`, 'i'),
    serviceCreditRelief: new RegExp(
      String.raw`^\s*(?:\(?[\p{L}\p{N}]{1,4}[.)]\s*)*(?:\d+(?:\.\d+)*\.?\s+)?(?:no\s+${alt(w.creditNouns)}\s+${alt(w.creditApplies)}|${alt(w.reliefSubjects)}\s+(?:do|does|shall|will)\s+not\s+apply)\b`,
      'iu',
    ),
    countsAs: new RegExp(
      String.raw`\b(?:will|shall|does|do|would|is\s+to|may)\s+(?:not\s+)?(?:by\s+itself\s+|in\s+itself\s+|of\s+itself\s+)?${alt(w.countsAs)}\b(?!\s+(?:an?\s+|any\s+)?(?:${alt(w.commitmentModifiers)}\s+)?${alt(w.commitments)}\b)`,
      'i',
    ),
    binding: new RegExp(String.raw`\b${alt(w.bindingWords)}\b`, 'i'),
    keepsOwnDuty: new RegExp(
      String.raw`^([^;:]{0,120}?)\b(?:(?:does|do|shall|will)\s+not\s+${alt(w.savingVerbs)}|(?:is|are)\s+${alt(w.savingPhrases)})\s+(?:[\p{L}'’-]+\s+){0,4}?own\s+${alt(w.ownDuties)}\b`,
      'iu',
    ),
    payment: new RegExp(
      String.raw`^(?:${alt(w.paymentVerbs)}|be\s+${alt(w.paymentPassives)}|${alt(w.costBearing)}\s+(?:all\s+)?(?:the\s+|(?:its|their)\s+own\s+)?${costs}\s+(?:of|for|in)|(?:be\s+responsible\s+for\s+)?(?:all\s+)?(?:the\s+)?${costs}\s+(?:of|for|in))\b`,
      'i',
    ),
    oversight: new RegExp(
      String.raw`^(?:exercise\s+(?:its|their|the|any)\s+(?:[\p{L}-]+\s+)?${alt(w.oversightRights)}|${alt(w.oversightActs)}|${alt(w.oversightConduct)}\s+(?:an?\s+|its\s+own\s+|their\s+own\s+)?(?:[\p{L}-]+\s+)?${alt(w.oversightChecks)}|be\s+${alt(w.oversightReceipts)})\b`,
      'iu',
    ),
  };
}
