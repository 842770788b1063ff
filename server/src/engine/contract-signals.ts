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
import type { ContractSignalPatterns } from './signal-words';
import { docParts, PartMemo } from './doc-parts';

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

// The words of legal drafting (role nouns, binding verbs, agreement terms, licence grants) are the
// lexicon's (`contractSignals`, `agreementTerms`; signal-words.ts); the shapes are here.

// The common open-source licence names (lexicon `softwareSignals`): a licence file opens with its
// name, so a name counts only in the opening (terms of service that mention "the Mozilla Public
// License" further down are not licences); the grant and disclaimer wordings count anywhere.
/** A title that is a regulation-style clause number: "52.204-21 …", "511.170 …", "Subpart 504.70 …". */
export const CLAUSE_NUMBER_TITLE = /^(?:(?:Subpart|Part|Section|§)\s*)?\d{1,4}\.\d{2,4}(?:-\d{1,5})?\b/i;

const FENCE = /^ {0,3}(?:```|~~~)/gm;
const INLINE_CODE = /`[^`\n]+`/g;
// Install commands ("npm install", "pip install") are the lexicon's too (`softwareSignals`).
const BADGE = /\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)|!\[[^\]]*\]\(https?:\/\/(?:img\.shields\.io|badge|[^)]*\/badge)[^)]*\)/g;
// A heading that ends on an abbreviation in brackets ("Technical Annex (CCTP)", "Service Levels (SLA)")
// names a document part, not a function: its brackets hold no parameters.
const API_HEADING = /^#{1,6}\s+.*(?:`[^`]*`|[\w$.]+\s*\((?![A-Z][A-Z0-9&-]+\))[^)]*\)\s*(?:[:=→-].*)?$)/gm;
/** The same, tried at one line start (sticky). */
const API_HEADING_AT = new RegExp(API_HEADING.source, 'my');

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

/**
 * The last signals counted per document: a check decides the contract question twice (the
 * incremental analyzer before matching, analyzeParsed after), and on a 1.2 MB draft each count
 * reads the whole text with several patterns, about a tenth of a one-character edit.
 */
const counted = new WeakMap<ParsedDocument, { parties: Parties; words: ContractSignalPatterns; signals: ContractSignals }>();

export function contractSignals(doc: ParsedDocument, parties: Parties, words: ContractSignalPatterns): ContractSignals {
  const last = counted.get(doc);
  if (last && last.parties === parties && last.words === words) return last.signals;
  const signals = countSignals(doc, parties, words);
  counted.set(doc, { parties, words, signals });
  return signals;
}

function countSignals(doc: ParsedDocument, parties: Parties, words: ContractSignalPatterns): ContractSignals {
  const sentences = doc.units.slice(0, 400).flatMap((u) => u.sentences.map((s) => s.text));
  const text = doc.text;
  const marks = softwareMarks(doc, words);
  return {
    definedParties: parties.names.filter((n) => n.definedAt !== undefined && !/^(?:we|us|you)$/i.test(n.term)).length,
    ...sampleCounts(sentences, parties, words),
    numberedClauses: doc.sections.filter((s) => s.number !== undefined).length + doc.units.filter((u) => u.enumerator !== undefined).length,
    ...marks,
    openSourceLicence: words.licenceName.test(text.slice(0, 600)) || licenceWording(text.slice(0, 20000), words),
    sentences: sentences.length,
  };
}

type SampleCounts = Pick<ContractSignals, 'definedTerms' | 'partyObligations' | 'shall' | 'agreementTerms'>;

/**
 * The last sample's counts, kept for the next check: the sample is the first 400 units, which an
 * edit further down leaves as they were; they are counted again when a sentence of the sample, a
 * party term or the words differ.
 */
let lastSample: { sentences: string[]; partyNames: string[]; words: ContractSignalPatterns; counts: SampleCounts } | undefined;

function sampleCounts(sentences: string[], parties: Parties, words: ContractSignalPatterns): SampleCounts {
  const partyNames = parties.names.filter((n) => n.role !== 'both' && !/^(?:we|us|you)$/i.test(n.term)).map((n) => n.term.toLowerCase());
  const last = lastSample;
  if (last && last.words === words && sameStrings(last.sentences, sentences) && sameStrings(last.partyNames, partyNames)) return last.counts;
  const counts = countSample(sentences, partyNames, words);
  lastSample = { sentences, partyNames, words, counts };
  return counts;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function countSample(sentences: string[], partyNames: string[], words: ContractSignalPatterns): SampleCounts {
  const sample = sentences.join('\n');
  const defined = new Set<string>();
  // `(the "Host")`, `(hereinafter "Client")`, `"Services" means`, `"we", "us" and "our" mean Acme Ltd` (lexicon `definedTerms`).
  for (const m of sample.matchAll(words.definedTerm)) defined.add((m[1] ?? m[2] ?? m[3]!).toLowerCase());
  // A defined term before "shall" is a party of the draft even when its name is not a known role ("the Host").
  const partyTerms = [...partyNames, ...defined];
  let partyObligations = 0;
  for (const s of sentences) {
    if (words.readerAgrees.test(s)) {
      partyObligations++;
      continue;
    }
    const verb = words.bindingVerb.exec(s);
    if (!verb || insideQuotation(s, verb.index)) continue;
    // The subject is the few words before the binding verb.
    const before = s.slice(Math.max(0, verb.index - 60), verb.index).toLowerCase();
    const subject = before.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean).slice(-5).join(' ');
    if (words.legalSubject.test(subject) || partyTerms.some((t) => t.length > 2 && subject.includes(t))) partyObligations++;
  }
  return {
    definedTerms: defined.size,
    partyObligations,
    shall: (sample.match(/\bshall\b/gi) ?? []).length,
    agreementTerms: words.agreementTerms.filter((t) => t.test(sample)).length,
  };
}

type SoftwareMarks = Pick<ContractSignals, 'codeBlocks' | 'inlineCode' | 'installCommands' | 'badges' | 'apiHeadings'>;

/** A part's own marks of software documentation (doc-parts.ts), and where its "#" lines start. */
interface PartMarks {
  fences: number;
  inlineCode: number;
  installCommands: number;
  /** It holds "![", with which every badge starts. */
  image: boolean;
  /** Offsets (in the part) of the lines that start with "#", where an API heading may start. */
  hashLines: number[];
}
const partMarks = new PartMemo<PartMarks>();

/**
 * The marks of software documentation over the whole text, counted part by part where that gives
 * the whole text's count: every part after the first starts with a "#" line, so a fence, inline
 * code or an install command (none of which starts with "#" or spans a "#" at a line start after
 * its first word) never runs from one part into the next. A badge or an API heading can run on
 * over line breaks, so those are matched on the whole text, where a part says one may start.
 */
function softwareMarks(doc: ParsedDocument, words: ContractSignalPatterns): SoftwareMarks {
  const text = doc.text;
  const parts = docParts(doc);
  const cutAtHeadings = parts.every((p, i) => i === 0 || (text.charCodeAt(p.offset) === 0x23 && isLineBreak(text.charCodeAt(p.offset - 1))));
  if (!cutAtHeadings) return marksOf(text, words);
  let fences = 0;
  const marks: SoftwareMarks = { codeBlocks: 0, inlineCode: 0, installCommands: 0, badges: 0, apiHeadings: 0 };
  let image = false;
  /** Where the last API heading ended: the whole text's matches, left to right, do not overlap. */
  let resume = 0;
  for (const part of parts) {
    const own = partMarks.of(part, words, ({ doc: { text: source }, length }) => {
      const body = source.slice(0, length);
      const hashLines: number[] = [];
      for (const m of body.matchAll(/^#/gm)) hashLines.push(m.index);
      return { fences: count(body, FENCE), inlineCode: count(body, INLINE_CODE), installCommands: count(body, words.installCommand), image: body.includes('!['), hashLines };
    });
    fences += own.fences;
    marks.inlineCode += own.inlineCode;
    marks.installCommands += own.installCommands;
    image ||= own.image;
    for (const at of own.hashLines) {
      if (part.offset + at < resume) continue;
      API_HEADING_AT.lastIndex = part.offset + at;
      const heading = API_HEADING_AT.exec(text);
      if (!heading) continue;
      marks.apiHeadings++;
      resume = heading.index + heading[0].length;
    }
  }
  marks.codeBlocks = Math.floor(fences / 2);
  if (image) marks.badges = count(text, BADGE);
  return marks;
}

/** The marks counted over the whole text at once: what the part-by-part count must equal (and its fallback). */
export function marksOf(text: string, words: ContractSignalPatterns): SoftwareMarks {
  return {
    codeBlocks: Math.floor(count(text, FENCE) / 2),
    inlineCode: count(text, INLINE_CODE),
    installCommands: count(text, words.installCommand),
    badges: count(text, BADGE),
    apiHeadings: count(text, API_HEADING),
  };
}

/** A line terminator as `^` with the "m" flag reads one. */
function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

function count(text: string, pattern: RegExp): number {
  return (text.match(pattern) ?? []).length;
}

function licenceWording(text: string, words: ContractSignalPatterns): boolean {
  return words.licenceGrant.test(text) || words.licenceHeading.test(text);
}
