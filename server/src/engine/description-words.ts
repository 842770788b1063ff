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
}

export interface ServiceDescriptionPatterns {
  binds: RegExp;
  about: RegExp;
  denied: RegExp;
  /** Group 1: the part's number or letter. */
  namesPart: RegExp;
  notAPromise: RegExp;
  serviceIncludes: RegExp;
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
  };
}
