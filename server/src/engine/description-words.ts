/**
 * Lexicon words of a service description made binding by the terms (lexicon `serviceDescriptions`,
 * read by binding-description.ts): the words that make a description's statements obligations
 * ("contractual commitments", "binding obligations"), the words that show the sentence is about a
 * description ("described", "features"), the parts it may name ("Schedule 2"), the words that deny
 * the declaration ("not", "non") and what they deny, the words that keep a provider's statement
 * from being a promise (a modal of possibility, "for information only"), and the "Service includes
 * …" a declaration binds. The grammar (the word boundaries, the part's number, "n't") stays here.
 */
import { phraseAlternation } from './cell-words';
import { escapeRegExp } from './term-patterns';

export interface ServiceDescriptionWords {
  /** "contractual commitments", "binding obligations", "are the obligations". */
  binding?: string[];
  /** "described", "descriptions", "features", "the service includes". */
  about?: string[];
  /** Within three words before a denied word: "not", "non", "nothing in". */
  negators?: string[];
  /** What a negator denies: "contractual", "binding", "obligations". */
  denied?: string[];
  /** The part a declaration names, before its number or letter: "schedule", "annex". */
  parts?: string[];
  /** Before "not": the provider's own act denied ("does not keep", "is not part of"). */
  auxiliaries?: string[];
  /** On their own: only possible or only informing ("can", "may", "never", "for information only"). */
  notPromises?: string[];
  /** What a description says the service is: "service", "subscription", "solution". */
  serviceNouns?: string[];
  /** After the noun: "includes", "comprises", "covers". */
  serviceVerbs?: string[];
  /**
   * "shall provide", "will perform": a duty to supply the agreement's defined services ("the
   * Services", written with a capital), which makes what "The Services include …" lists part of it.
   */
  supplyDuties?: string[];
  /**
   * A story's or item's status that keeps it out of what the declaration binds: "Status: Backlog",
   * or a sentence opening "Not committed: …", "Parked at refinement on 3 May: …".
   */
  uncommitted?: string[];
}

export interface ServiceDescriptionPatterns {
  binds: RegExp;
  about: RegExp;
  denied: RegExp;
  /** Group 1: the part's number or letter. */
  namesPart: RegExp;
  notAPromise: RegExp;
  serviceIncludes: RegExp;
  /** A duty to supply the defined services: "The Provider shall provide the Services". */
  suppliesServices: RegExp;
  /** "The Services include …" with the defined term (a capital), on a statement or its lead-in. */
  definedServicesInclude: RegExp;
  /** "(Status: Backlog)" on the story, or "Not committed: …" opening the sentence. */
  uncommittedStatus: RegExp;
  uncommittedLabel: RegExp;
}

export function compileServiceDescriptions(words: ServiceDescriptionWords | undefined): ServiceDescriptionPatterns {
  const w = words ?? {};
  const alt = phraseAlternation;
  return {
    binds: new RegExp(String.raw`\b${alt(w.binding)}\b`, 'i'),
    about: new RegExp(String.raw`\b${alt(w.about)}\b`, 'i'),
    denied: new RegExp(String.raw`\b${alt(w.negators)}\s+(?:\w+\s+){0,3}?${alt(w.denied)}\b`, 'i'),
    namesPart: new RegExp(String.raw`\b${alt(w.parts)}\s+([0-9]{1,2}[A-Z]?|[A-Z]|[IVX]{1,4})\b`, 'i'),
    notAPromise: new RegExp(String.raw`\b(?:${alt(w.auxiliaries)}\s+not|${alt(w.notPromises)})\b|n['’]t\b`, 'i'),
    serviceIncludes: new RegExp(String.raw`^\s*(?:the\s+|each\s+|every\s+)?${alt(w.serviceNouns)}\s+${alt(w.serviceVerbs)}\b`, 'i'),
    suppliesServices: new RegExp(String.raw`\b${alt(w.supplyDuties)}\s+(?:the|all|all\s+of\s+the|each\s+of\s+the)\s+${definedNouns(w.serviceNouns)}\b`, 'u'),
    uncommittedStatus: new RegExp(String.raw`\bstatus\s*:\s*(?:\*\*)?\s*${alt(w.uncommitted)}\b`, 'i'),
    // The label and what follows it up to its colon ("Parked at refinement on 14 July 2026:").
    uncommittedLabel: new RegExp(String.raw`^\W{0,4}${alt(w.uncommitted)}\b[^:.;]{0,80}:`, 'i'),
    definedServicesInclude: new RegExp(String.raw`^\s*(?:[Tt]he\s+|[Ee]ach\s+|[Ee]very\s+)?${definedNouns(w.serviceNouns)}\s+(?:(?:shall|will)\s+)?${alt(w.serviceVerbs)}\b`, 'u'),
  };
}

/** The nouns as a contract defines them, with a capital ("Services"), matched case-sensitively. */
function definedNouns(nouns: string[] | undefined): string {
  const defined = (nouns ?? []).map((n) => escapeRegExp(n.charAt(0).toUpperCase() + n.slice(1)));
  return defined.length ? `(?:${defined.sort((a, b) => b.length - a.length).join('|')})` : '(?!)';
}
