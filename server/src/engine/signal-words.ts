/**
 * Lexicon words that tell legal drafting from other documents, compiled into the patterns the
 * contract decision counts (contract-signals.ts, contract.ts; lexicon `contractSignals` and
 * `agreementTerms`), and the recital that names the party services are provided to (parties.ts,
 * `servicesTo`). The words are data; the grammar around them ("you … agree", a plural "s",
 * word boundaries) and the shapes of software documentation (code, install commands, badges) stay
 * in code.
 */
import { phraseAlternation } from './cell-words';
import { compileDefinedTerms, type DefinedTermWords } from './statement-words';

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

/** Words of software documentation that tell it from legal drafting (lexicon `softwareSignals`). */
export interface SoftwareSignalWords {
  /** Open-source licence names, as a licence file opens ("Apache License", "GNU General Public License"). */
  licenceNames?: string[];
  /** Licence families whose name has a variant before the head word ("BSD 3-Clause License"). */
  licenceFamilies?: string[];
  /** The head word after a family's variant: "License". */
  licenceHeads?: string[];
  /** Package-manager and shell install commands ("npm install", "pip install"), matched as written. */
  installCommands?: string[];
  /** Commands that run a package named right after them ("npx eslint"). */
  packageRunners?: string[];
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
  /** A licence's name at the start of a line (tested on the document's opening). */
  licenceName: RegExp;
  /** Global: install commands, counted. */
  installCommand: RegExp;
  /** Global: a defined term (`(the "Host")`, `"Services" means`), from the lexicon's `definedTerms` (statement-words.ts). */
  definedTerm: RegExp;
}

export function compileContractSignals(words: ContractSignalWords | undefined, terms: AgreementTermWords | undefined, software?: SoftwareSignalWords, definedTerms?: DefinedTermWords): ContractSignalPatterns {
  const w = words ?? {};
  const s = software ?? {};
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
    // A licence file opens with its name, so a name counts only at a line start; "the" may come first.
    licenceName: new RegExp(String.raw`^\W*(?:the\s+)?(?:${phraseAlternation(s.licenceNames)}|${phraseAlternation(s.licenceFamilies)}[\w\s-]{0,20}\s+${phraseAlternation(s.licenceHeads)})`, 'im'),
    // Commands as typed, in lower case; a runner takes a package name right after it.
    installCommand: new RegExp(String.raw`\b(?:${phraseAlternation(s.installCommands)}|${phraseAlternation(s.packageRunners)}\s+[\w@-])\b`, 'g'),
    definedTerm: compileDefinedTerms(definedTerms),
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

