/**
 * Lexicon words that tell legal drafting from other documents, compiled into the patterns the
 * contract decision counts (contract-signals.ts, contract.ts; lexicon `contractSignals` and
 * `agreementTerms`), and the recital that names the party services are provided to (parties.ts,
 * `servicesTo`). The words are data; the grammar around them ("you … agree", a plural "s",
 * word boundaries) and the shapes of software documentation (code, install commands, badges) stay
 * in code.
 */
import { phraseAlternation } from './cell-words';

/** Words of legal drafting that the contract decision counts. */
export interface ContractSignalWords {
  /** Role nouns that contracts, procurement clauses and regulations put before a binding verb (a plural "s" is read too). */
  legalSubjects?: string[];
  /** Terms of service bind their reader: "you agree", "you represent and warrant". */
  readerVerbs?: string[];
  /** Before "and" and a reader verb: "you acknowledge and agree". */
  readerAcknowledges?: string[];
  /** A binding verb after the subject: "shall", "agrees to", "is responsible for". */
  bindingVerbs?: string[];
  /** The grant or disclaimer wording of an open-source licence ("redistribution and use in source and binary forms"). */
  licenceGrants?: string[];
  /** The same, as a licence's heading in capitals, matched as written ("TERMS AND CONDITIONS FOR COPYING"). */
  licenceHeadings?: string[];
  /** A document title with one of these reads as an agreement's ("Statement of Work", "Terms of Service"). */
  titleWords?: string[];
}

/** Words of agreements and legal instruments, in groups: each group found counts once ("hereby" and "hereunder" are one). */
export type AgreementTermWords = Record<string, string[]>;

export interface ContractSignalPatterns {
  legalSubject: RegExp;
  readerAgrees: RegExp;
  bindingVerb: RegExp;
  agreementTerms: RegExp[];
  licenceGrant: RegExp;
  licenceHeading: RegExp;
  titleWords: RegExp;
}

export function compileContractSignals(words: ContractSignalWords | undefined, terms: AgreementTermWords | undefined): ContractSignalPatterns {
  const w = words ?? {};
  // "indemnif…" reads "indemnify", "indemnification".
  const alt = (list: string[] | undefined): string => phraseAlternation(list, String.raw`\w*`);
  return {
    legalSubject: new RegExp(String.raw`\b${alt(w.legalSubjects)}s?\b`, 'i'),
    readerAgrees: new RegExp(String.raw`\byou\s+(?:hereby\s+)?(?:${alt(w.readerAcknowledges)}\s+and\s+)?${alt(w.readerVerbs)}s?\b`, 'i'),
    bindingVerb: new RegExp(String.raw`\b${alt(w.bindingVerbs)}\b`, 'i'),
    agreementTerms: Object.values(terms ?? {}).map((group) => new RegExp(String.raw`\b${alt(group)}\b`, 'i')),
    licenceGrant: new RegExp(String.raw`\b${alt(w.licenceGrants)}\b`, 'i'),
    // Only in capitals, as licences print them: a contract's "Terms and conditions for use" is none.
    licenceHeading: new RegExp(String.raw`\b${alt(w.licenceHeadings)}`),
    titleWords: new RegExp(String.raw`\b${alt(w.titleWords)}\b`, 'i'),
  };
}

/** "… provides managed IT services to Harbor": the recipient of the services is the customer. */
export interface ServicesToWords {
  /** "provides", "delivers", "supplying" (matched as written: lower case). */
  verbs?: string[];
  /** What is provided, after up to three words: "services", "products", "support". */
  objects?: string[];
}

/** Group 1: the recipient's name (up to three capitalised words). */
export function compileServicesTo(words: ServicesToWords | undefined): RegExp {
  const w = words ?? {};
  return new RegExp(
    String.raw`\b${phraseAlternation(w.verbs)}\s+(?:the\s+|certain\s+)?(?:(?!to\b)[\p{Ll}\p{Lu}][\p{L}-]*\s+){0,3}?${phraseAlternation(w.objects)}\s+to\s+(\p{Lu}[\p{L}\p{N}&.-]{1,40}(?:\s+\p{Lu}[\p{L}\p{N}&.-]{1,40}){0,2})`,
    'gu',
  );
}

