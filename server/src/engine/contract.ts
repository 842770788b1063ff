/**
 * Is this Markdown file a contract draft? Front matter decides first (`clauselint: true|false`),
 * then the text: legal drafting (defined parties, obligations of a party, "shall", agreement
 * vocabulary, numbered clauses, an agreement title) must outweigh the marks of software
 * documentation (code blocks, inline code, install commands, badges, API headings, an open-source
 * licence). A code repository's README, changelog, licence or docs page stays silent.
 */
import { bundledLexicon } from './catalog/lexicon-file';
import { CLAUSE_NUMBER_TITLE, contractSignals, type ContractSignals } from './contract-signals';
import type { ParsedDocument } from './parse';
import type { Parties } from './parties';
import type { ContractSignalPatterns } from './signal-words';

export interface ContractDecision {
  isContract: boolean;
  reason: string;
}

/** Legal weight minus software weight at which a document reads as a contract. */
export const CONTRACT_THRESHOLD = 8;

export interface ContractWeights {
  legal: number;
  software: number;
}

/**
 * Each signal is capped, so a long document cannot win on one kind of evidence alone. An
 * open-source licence is decided apart: it grants rights to anyone, it is not a draft between two
 * parties, however legal its wording.
 */
export function contractWeights(s: ContractSignals, title: string, words: ContractSignalPatterns = bundledLexicon().contractSignals): ContractWeights {
  // A letter of engagement (or engagement letter) is how professional firms and small MSPs contract.
  const titled = words.titleWords.test(title) || CLAUSE_NUMBER_TITLE.test(title.trim());
  const legal =
    2 * Math.min(Math.max(s.definedParties, s.definedTerms), 3) +
    Math.min(s.partyObligations, 10) +
    Math.min(s.shall, 10) / 2 +
    s.agreementTerms +
    Math.min(s.numberedClauses, 10) / 5 +
    (titled ? 3 : 0);
  const software =
    3 * s.codeBlocks +
    Math.min(s.inlineCode, 40) / 4 +
    4 * Math.min(s.installCommands, 3) +
    2 * Math.min(s.badges, 3) +
    2 * Math.min(s.apiHeadings, 5);
  return { legal, software };
}

/** `words`: the lexicon's signal words (the catalog's; the bundled pack's when none is given). */
export function decideContract(doc: ParsedDocument, parties: Parties, force = false, words: ContractSignalPatterns = bundledLexicon().contractSignals): ContractDecision {
  if (force) return { isContract: true, reason: 'checked on request' };
  const fm = doc.frontMatter?.data;
  if (fm && typeof fm === 'object' && 'clauselint' in fm) {
    const v = (fm as Record<string, unknown>)['clauselint'];
    if (v === false || v === 'false' || v === 'off') return { isContract: false, reason: 'front matter says clauselint: false' };
    if (v === true || v === 'true' || v === 'on') return { isContract: true, reason: 'front matter says clauselint: true' };
  }
  const signals = contractSignals(doc, parties, words);
  const title = documentTitle(doc, words);
  const { legal, software } = contractWeights(signals, title, words);
  const evidence = describeSignals(signals);
  if (signals.openSourceLicence) return { isContract: false, reason: `an open-source licence, not a draft between two parties (${evidence})` };
  if (legal - software >= CONTRACT_THRESHOLD || isShortDraft(signals, legal, software, title, words)) return { isContract: true, reason: `reads as legal drafting (${evidence})` };
  return { isContract: false, reason: `no contract shape (${evidence}); add front matter "clauselint: true" to check it anyway` };
}

/**
 * Short texts carry few signals in absolute numbers. A short draft still reads as one when it
 * defines its parties (or is titled like an agreement or a numbered clause) and most of its
 * sentences are obligations of a party; a code block does not undo that.
 */
function isShortDraft(s: ContractSignals, legal: number, software: number, title: string, words: ContractSignalPatterns): boolean {
  const defined = s.definedParties >= 1 || s.definedTerms >= 1;
  if (defined && s.partyObligations >= 3 && legal >= 2 * software) return true;
  const titled = words.titleWords.test(title) || CLAUSE_NUMBER_TITLE.test(title);
  return (defined || titled) && software === 0 && s.partyObligations >= 2 && s.partyObligations / Math.max(1, s.sentences) >= 0.25;
}

function describeSignals(s: ContractSignals): string {
  const parts: string[] = [];
  const add = (n: number, one: string, many = `${one}s`): void => {
    if (n > 0) parts.push(`${n} ${n === 1 ? one : many}`);
  };
  add(s.definedParties, 'defined party', 'defined parties');
  add(s.definedTerms, 'defined term');
  add(s.partyObligations, 'party obligation');
  add(s.shall, '“shall”', '“shall”');
  add(s.agreementTerms, 'agreement term');
  add(s.codeBlocks, 'code block');
  add(s.installCommands, 'install command');
  add(s.badges, 'badge');
  if (s.openSourceLicence) parts.push('an open-source licence');
  return parts.length ? parts.join(', ') : 'no legal drafting';
}

/** How near the top a Markdown heading must start to be the document's title. */
const TITLE_REACH = 1000;

/**
 * The document's title: its first section's, or the first Markdown heading near the top when a
 * bold letterhead or a party's name comes first ("**Larchmont Systems**", then "## Engagement letter").
 */
function documentTitle(doc: ParsedDocument, words: ContractSignalPatterns): string {
  const first = doc.sections[0];
  const heading = first?.kind === 'title' ? doc.sections.find((s) => s.kind === 'heading') : undefined;
  const chosen = heading && heading.start < TITLE_REACH && !words.titleWords.test(first!.title) ? heading : first;
  return chosen ? `${chosen.number ?? ''} ${chosen.title}`.trim() : '';
}

