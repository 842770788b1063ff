/**
 * Signals that tell legal drafting from software documentation. Counted over the document's own
 * text, so the contract decision can be explained ("12 party obligations, 3 code blocks").
 *
 * Legal drafting: parties defined in the text, obligations with a party as subject ("the
 * Contractor shall"), "shall" itself (rare outside legal and standards text), agreement
 * vocabulary ("hereunder", "indemnify", "governing law") and numbered clauses.
 * Software documentation: fenced code, inline code, install commands, badges, API signatures as
 * headings, and the boilerplate of open-source licences (a grant to anyone, not a draft between
 * two parties).
 */
import type { ParsedDocument } from './parse';
import type { Parties } from './parties';

export interface ContractSignals {
  /** Parties the document defines ("Acme Ltd. (the "Supplier")"), pronouns not counted. */
  definedParties: number;
  /** Terms the text defines in contract style: `(the "Host")`, `"Services" means …`. */
  definedTerms: number;
  /** Sentences whose binding verb has a party or a legal role as its subject. */
  partyObligations: number;
  /** Occurrences of "shall". */
  shall: number;
  /** Distinct agreement-vocabulary terms. */
  agreementTerms: number;
  /** Numbered headings and enumerated clauses ("7.2", "(a)"). */
  numberedClauses: number;
  /** Fenced code blocks. */
  codeBlocks: number;
  /** Inline code spans. */
  inlineCode: number;
  /** Package-manager or shell install commands. */
  installCommands: number;
  /** Badge images ([![build](…)](…)). */
  badges: number;
  /** Headings that are API signatures ("### parse(text, options)", "## `glob.sync()`"). */
  apiHeadings: number;
  /** True when the text carries an open-source licence's grant or disclaimer. */
  openSourceLicence: boolean;
  /** Sentences read (the sample the counts come from). */
  sentences: number;
}

/** Role nouns that contracts, procurement clauses and regulations put before a binding verb. */
const LEGAL_SUBJECT = /\b(?:party|parties|contractor|subcontractor|offeror|licensee|licensor|supplier|vendor|provider|customer|client|buyer|seller|purchaser|processor|controller|agency|government|entity|licensor|lessee|lessor|tenant|landlord|employer|employee|consultant|recipient|discloser|disclosing party|receiving party|business associate|covered entity|subprocessor|company|affiliate|contracting officer)s?\b/i;
/** Terms of service bind their reader: "you agree", "you represent and warrant". */
const READER_AGREES = /\byou\s+(?:hereby\s+)?(?:(?:acknowledge|understand)\s+and\s+)?(?:agree|represent|warrant|consent)s?\b/i;
const BINDING_VERB = /\b(?:shall|must|agrees?\s+to|will|is\s+(?:required|obligated|responsible)\s+(?:to|for)|warrants?|represents?|undertakes?)\b/i;

/** Words of agreements and legal instruments; counted once each. */
const AGREEMENT_TERMS = [
  /\bhere(?:by|under|in|of|to|inafter|with)\b/i,
  /\bthere(?:of|in|under|to|with)\b/i,
  /\bwhereas\b/i,
  /\bwitness\s+whereof\b/i,
  /\bnotwithstanding\b/i,
  /\bpursuant\s+to\b/i,
  /\bindemnif/i,
  /\bgoverning\s+law\b/i,
  /\bjurisdiction\b/i,
  /\bterminat(?:e|ion)\b/i,
  /\bliabilit(?:y|ies)\b/i,
  /\bbreach\b/i,
  /\bconfidential\s+information\b/i,
  /\beffective\s+date\b/i,
  /\bset\s+forth\b/i,
  /\bin\s+accordance\s+with\b/i,
  /\bsubcontract/i,
  /\bobligations?\b/i,
  /\bthe\s+parties\b/i,
  /\b(?:agreement|contract|addendum|clause|regulation)\b/i,
  // The execution or acceptance block of a signed instrument or a letter agreement.
  /\b(?:accepted\s+and\s+agreed|agreed\s+and\s+accepted|(?:signed\s+)?for\s+and\s+on\s+behalf\s+of)\b/i,
];

/**
 * The common open-source licence families. A licence file opens with its name, so a name counts
 * only at the start (terms of service that mention "the Mozilla Public License" further down are
 * not licences); the grant and disclaimer wordings count anywhere.
 */
const LICENCE_NAME = /^\W*(?:the\s+)?(?:Apache\s+License|GNU\s+(?:Lesser\s+|Affero\s+|Library\s+)?General\s+Public\s+License|Mozilla\s+Public\s+License|Eclipse\s+Public\s+License|Creative\s+Commons\s+(?:Legal\s+Code|Zero|CC0)|CC0\s+1\.0\s+Universal|Blue\s+Oak\s+Model\s+License|(?:The\s+)?(?:MIT|ISC|BSD[\w\s-]{0,20}|Python\s+Software\s+Foundation)\s+License)/im;
const LICENCE_GRANT = [
  /permission\s+is\s+hereby\s+granted,\s+free\s+of\s+charge/i,
  /redistribution\s+and\s+use\s+in\s+source\s+and\s+binary\s+forms/i,
  /\bpermission\s+to\s+use,\s+copy,\s+modify,?\s+and(?:\/or)?\s+distribute\s+this\s+software\b/i,
  /\bthis\s+software\s+is\s+provided\s+by\s+the\s+copyright\s+holders\b/i,
  /\bTERMS\s+AND\s+CONDITIONS\s+FOR\s+(?:USE,\s+REPRODUCTION|COPYING)/,
];

/** A title that is a regulation-style clause number: "52.204-21 …", "511.170 …", "Subpart 504.70 …". */
export const CLAUSE_NUMBER_TITLE = /^(?:(?:Subpart|Part|Section|§)\s*)?\d{1,4}\.\d{2,4}(?:-\d{1,5})?\b/i;

/**
 * `(the "Host")`, `(hereinafter "Client")`, `("MSP")`, `"Services" means`, and a list of quoted
 * words given one meaning (`"we", "us" and "our" mean Acme Ltd`: a letter defines its parties so).
 */
const DEFINED_TERM = /\(\s*(?:the\s+|each\s+a\s+|hereinafter(?:\s+(?:referred\s+to\s+as|called))?\s+|collectively\s*,?\s+)?["“]([\p{Lu}][^"”\n]{0,40})["”]\s*\)|["“]([\p{Lu}][^"”\n]{0,40})["”]\s+(?:means|shall\s+mean|refers\s+to|has\s+the\s+meaning)\b|["“]([^"”\n]{1,40})["”](?:\s*,\s*["“][^"”\n]{1,40}["”])*\s*,?\s+and\s+["“][^"”\n]{1,40}["”]\s+(?:mean|refer\s+to)\b/gu;

const FENCE = /^ {0,3}(?:```|~~~)/gm;
const INLINE_CODE = /`[^`\n]+`/g;
const INSTALL = /\b(?:npm\s+(?:i|install|add|ci)|yarn\s+(?:add|install)|pnpm\s+(?:add|install|i)|bun\s+add|npx\s+[\w@-]|pip3?\s+install|go\s+get|go\s+install|cargo\s+(?:add|install)|gem\s+install|brew\s+install|apt(?:-get)?\s+install|composer\s+require|dotnet\s+add)\b/g;
const BADGE = /\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)|!\[[^\]]*\]\(https?:\/\/(?:img\.shields\.io|badge|[^)]*\/badge)[^)]*\)/g;
const API_HEADING = /^#{1,6}\s+.*(?:`[^`]*`|[\w$.]+\s*\([^)]*\)\s*(?:[:=→-].*)?$)/gm;

/**
 * Is `at` inside a quotation? Guides, reviews and changelogs quote contract wording ("the Customer
 * shall back up …"); a draft states its own obligations unquoted.
 */
function insideQuotation(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  const straight = before.split('"').length - 1;
  const opened = before.split('“').length - 1;
  const closed = before.split('”').length - 1;
  return straight % 2 === 1 || opened > closed;
}

export function contractSignals(doc: ParsedDocument, parties: Parties): ContractSignals {
  const sentences = doc.units.slice(0, 400).flatMap((u) => u.sentences.map((s) => s.text));
  const sample = sentences.join('\n');
  const defined = new Set<string>();
  for (const m of sample.matchAll(DEFINED_TERM)) defined.add((m[1] ?? m[2] ?? m[3]!).toLowerCase());
  // A defined term before "shall" is a party of the draft even when its name is not a known role ("the Host").
  const partyTerms = [...parties.names.filter((n) => n.role !== 'both' && !/^(?:we|us|you)$/i.test(n.term)).map((n) => n.term.toLowerCase()), ...defined];
  let partyObligations = 0;
  for (const s of sentences) {
    if (READER_AGREES.test(s)) {
      partyObligations++;
      continue;
    }
    const verb = BINDING_VERB.exec(s);
    if (!verb || insideQuotation(s, verb.index)) continue;
    // The subject is the few words before the binding verb.
    const before = s.slice(Math.max(0, verb.index - 60), verb.index).toLowerCase();
    const words = before.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean).slice(-5).join(' ');
    if (LEGAL_SUBJECT.test(words) || partyTerms.some((t) => t.length > 2 && words.includes(t))) partyObligations++;
  }
  const text = doc.text;
  return {
    definedParties: parties.names.filter((n) => n.definedAt !== undefined && !/^(?:we|us|you)$/i.test(n.term)).length,
    definedTerms: defined.size,
    partyObligations,
    shall: (sample.match(/\bshall\b/gi) ?? []).length,
    agreementTerms: AGREEMENT_TERMS.filter((t) => t.test(sample)).length,
    numberedClauses: doc.sections.filter((s) => s.number !== undefined).length + doc.units.filter((u) => u.enumerator !== undefined).length,
    codeBlocks: Math.floor((text.match(FENCE) ?? []).length / 2),
    inlineCode: (text.match(INLINE_CODE) ?? []).length,
    installCommands: (text.match(INSTALL) ?? []).length,
    badges: (text.match(BADGE) ?? []).length,
    apiHeadings: (text.match(API_HEADING) ?? []).length,
    openSourceLicence: LICENCE_NAME.test(text.slice(0, 600)) || LICENCE_GRANT.some((p) => p.test(text.slice(0, 20000))),
    sentences: sentences.length,
  };
}
