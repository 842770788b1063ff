/**
 * Compiles the catalog's plain-text terms into safe, bounded regular expressions.
 * Clause packs hold data only: a term is never treated as a regular expression itself;
 * every character is escaped and only the documented conveniences are added:
 * - case-insensitive whole words; a term in ALL CAPS (2+ letters) matches case-sensitively;
 * - a space or hyphen inside a term matches white space (a CRLF line break, the blanks left by
 *   masked emphasis), a hyphen or nothing;
 * - the endings s, es, d, ed, ing (and e→ing) are accepted;
 * - a trailing `*` accepts any word ending (and "e*" also the "-ing" form without the e).
 *
 * Speed: each term has a lower-case anchor (its longest word) that every match contains. One
 * Aho–Corasick pass over a sentence (text-scan.ts) tells every set which anchors occur, so most
 * sentences are rejected without any regular expression, and a set runs only the patterns of
 * terms whose anchors are there. The word boundary before a hit is checked by hand.
 */

import { passiveSource, splitPassive } from './passive-terms';
import { escapeRegExp, hitsOf, TermPattern, WORD } from './term-patterns';
import { termSetDataFor } from './term-cache';
import { addFamilyMember, isCurrent, isFamilyMember, registerAnchors, TextScan, type AnchorIds, type FamilyMember } from './text-scan';

export interface TermHit {
  term: string;
  start: number;
  end: number;
  /** Index of the term (in the set's list) that matched. */
  index: number;
}


/**
 * "backup … manager": up to three words in between, so one term reads every title of a deputy
 * ("backup relationship manager", "backup service delivery manager"). Each gap word is letters
 * and digits (hyphenated or with an apostrophe: "multi-tenant") followed by white space, so a gap
 * never reaches past other punctuation.
 */
export const GAP_MARK = '…';
const GAP = `(?:${WORD}+(?:['-]${WORD}+)*\\s+){0,3}`;
/**
 * "insofar as …… allow": one to twelve words, for a condition whose noun phrase carries its own
 * cross-reference ("in so far as the tools referred to in paragraph 5.1 allow it"). A gap word may
 * be a clause number ("5.1", "4(a)" is not: a gap never reaches past other punctuation).
 */
export const LONG_GAP_MARK = '……';
const LONG_GAP = `(?:${WORD}+(?:['./-]${WORD}+)*\\s+){1,12}`;
const isGap = (w: string): boolean => w === GAP_MARK || w === LONG_GAP_MARK;
const gapOf = (w: string): string | undefined => (w === GAP_MARK ? GAP : w === LONG_GAP_MARK ? LONG_GAP : undefined);

/**
 * A determiner may stand between two words of a term: "monitor security events" also reads
 * "monitor all security events", "review logs" also "review the logs", "remove access" also
 * "remove their access". Drafters put an article or quantifier before almost every object, and
 * a term list cannot spell each one; no determiner changes which act or thing a term names.
 */
const DETERMINERS = '(?:the|an?|all|any|its|their|each|every|such)';
/**
 * The first-letter lookahead matches nothing more or less (no determiner starts otherwise), but V8
 * compiles a pattern with it about twice as fast and to half the machine code: without it, each
 * optional determiner multiplied the code generated for the rest of the term (64 MB for the
 * bundled catalog's terms, 36 MB with it).
 */
export const DETERMINER = `(?:(?=[taeis])${DETERMINERS}\\s+)?`;
/** The same without the lookahead (tests compare the two). */
export const PLAIN_DETERMINER = `(?:${DETERMINERS}\\s+)?`;

const escape = escapeRegExp;

/** Either apostrophe, where a term read with both (see apostropheTwins) has one. */
const ANY_APOSTROPHE = "['’]";

/** A term's words as one pattern, without the endings termSource adds to the last. */
function joinWords(words: readonly string[], literal: (word: string) => string = escape): string {
  const parts = words.map((w) => gapOf(w) ?? literal(w));
  // `\s+` then a literal that is not white space: no two ways to match, so no backtracking.
  // No determiner next to a gap: the gap's word count already bounds what stands between.
  return parts.reduce((joined, part, i) => (i === 0 ? part : `${joined}(?:\\s+|-)?${isGap(words[i]!) || isGap(words[i - 1]!) ? '' : DETERMINER}${part}`), '');
}

/** A term in capitals ("MFA", "SOC-2"; not "SOC 2") is matched case-sensitively (`t` without its wildcard). */
function isCaseSensitive(t: string): boolean {
  return /^[A-Z0-9&/-]{2,}$/.test(t) && /[A-Z]{2}/.test(t);
}

/** `bothApostrophes`: each apostrophe of the term matches ' and ’ alike. */
export function termSource(term: string, bothApostrophes = false): { source: string; caseSensitive: boolean } {
  let t = term.trim();
  const wildcard = t.endsWith('*');
  if (wildcard) t = t.slice(0, -1);
  const caseSensitive = isCaseSensitive(t);
  const literal = (w: string): string => (bothApostrophes ? escape(w).replace(/['’]/g, ANY_APOSTROPHE) : escape(w));
  const words = t.split(/[\s-]+/).filter(Boolean);
  // "access is logged": the subject, followed by any auxiliary and the participle (passive-terms.ts).
  const passive = caseSensitive ? undefined : splitPassive(words);
  if (passive) return { source: passiveSource(joinWords(passive.subject, literal), termSource(passive.rest + (wildcard ? '*' : ''), bothApostrophes).source), caseSensitive };
  const parts = words.map((w) => gapOf(w) ?? literal(w));
  let body = joinWords(words, literal);
  // "remove*" also reads "removing": the final "e" may drop before "-ing", as for whole words.
  if (wildcard) body = /e$/i.test(t) && (parts[parts.length - 1]?.length ?? 0) > 2 ? `${body.slice(0, -1)}(?:e|(?=ing))${WORD}*` : `${body}${WORD}*`;
  else if (/[a-z]$/i.test(t)) {
    // Simple inflections; "e"-final words also match "-ing" without the e (store → storing).
    // Not for one- and two-letter words: "e" would match "ing" (and "being" is "be" + "ing").
    const stem = t.endsWith('e') && (parts[parts.length - 1]?.length ?? 0) > 2 ? `(?:${body}|${body.slice(0, -1)}ing)` : body;
    body = `${stem}(?:s|es|d|ed|ing)?`;
    if (caseSensitive) body = `${literal(t)}s?`;
  }
  return { source: body, caseSensitive };
}

/** A term's lower-case literal words: no gap, nor the auxiliary of a passive term (it reads several). */
function wordsOf(term: string): string[] {
  const words = term.trim().replace(/\*$/, '').toLowerCase().split(/[\s-]+/).filter((w) => w && !isGap(w));
  const passive = splitPassive(words);
  return passive ? [...passive.subject, ...passive.rest.split(' ')] : words;
}

/**
 * Lower-case text every match of a term must contain: its longest word ("factor" for
 * "multi-factor", "provision" for "de-provision*"). Words of a term are matched literally, except
 * that the last may drop a final "e" before "-ing", so that "e" is left out of the anchor. The
 * longest word rejects far more sentences than a short first word ("d", "in", "at") would.
 */
export function anchorOf(term: string): string {
  const words = wordsOf(term);
  if (words.length) {
    const last = words[words.length - 1]!;
    if (last.endsWith('e')) words[words.length - 1] = last.slice(0, -1);
  }
  return words.reduce((longest, w) => (w.length > longest.length ? w : longest), '');
}

/**
 * Lower-case words every match of a term contains besides its anchor: its other ASCII words of
 * three letters or more, the last without a final "e" (as in anchorOf). A term whose anchor is in
 * a sentence is run only if these are there too ("security" is in many sentences, "security
 * incident response" in few); shorter words are in almost every sentence and would only cost.
 */
export function otherWordsOf(term: string): string[] {
  const words = wordsOf(term);
  if (words.length) {
    const last = words[words.length - 1]!;
    if (last.endsWith('e')) words[words.length - 1] = last.slice(0, -1);
  }
  const anchor = anchorOf(term);
  return [...new Set(words)].filter((w) => w !== anchor && w.length >= 3 && /^[\x00-\x7f]*$/.test(w));
}

/**
 * Lower-case text every match of a term starts with (term-patterns.ts tries a pattern only where
 * it occurs): its first word, as written (termSource joins the words with optional separators),
 * without the final "e" a one-word term may drop before "-ing" (store → storing); '' when it is
 * not ASCII.
 */
export function leadOf(term: string): string {
  const words = term.trim().replace(/\*$/, '').split(/[\s-]+/).filter(Boolean);
  let lead = words[0] ?? '';
  if (words.length === 1 && lead.endsWith('e')) lead = lead.slice(0, -1);
  lead = lead.toLowerCase();
  return /^[\x00-\x7f]*$/.test(lead) ? lead : '';
}

/**
 * Lower-case words every match of a term reads after its lead, each after a joint of joinWords
 * (lead-continuation.ts checks them before the pattern runs): the term's words up to the first
 * that is not plain letters and digits (a gap, an apostrophe, a dot), the last without a final
 * "e" (it may drop before "-ing"). None for a case-sensitive term (its words are one literal)
 * and a passive one (an auxiliary follows its subject).
 */
export function continuationOf(term: string): string[] {
  const t = term.trim().replace(/\*$/, '');
  const words = t.split(/[\s-]+/).filter(Boolean);
  if (isCaseSensitive(t) || splitPassive(words)) return [];
  const plain = (w: string): boolean => /^[A-Za-z0-9]+$/.test(w);
  const out: string[] = [];
  for (let i = 1; i < words.length && plain(words[i - 1]!) && plain(words[i]!); i++) {
    const word = words[i]!.toLowerCase();
    out.push(i === words.length - 1 && word.endsWith('e') ? word.slice(0, -1) : word);
  }
  return out;
}

/**
 * Two terms that differ only in their apostrophes, one written with ' throughout and the other
 * with ’ (contractions.ts adds each contracted phrase in both). Listed one after the other, they
 * are read as one pattern that takes either apostrophe: the same hits at the same places (nothing
 * in the list stands between them), with the first one's index, and half the patterns to compile
 * and run. The pattern stays a fast one (term-patterns.ts): ’ has no case forms.
 */
export function apostropheTwins(a: string, b: string): boolean {
  if (a === b || a.replace(/’/g, "'") !== b.replace(/’/g, "'")) return false;
  const oneStyle = (t: string): boolean => !(t.includes("'") && t.includes('’'));
  return oneStyle(a) && oneStyle(b);
}

/**
 * A compiled set of alternative terms (one concept group).
 *
 * Its hits are those of one alternation of all its terms (per case mode), scanned left to right:
 * at the leftmost position where some term matches, the first such term in the list wins, and
 * the scan goes on after the hit (or after the word, when a letter or digit precedes the hit).
 * That alternation is not built: each term has its own pattern (term-patterns.ts), and only the
 * terms whose anchors occur in the text are run.
 */
export class TermSet {
  /** Per case mode (insensitive, then sensitive), the terms' patterns in list order. */
  private readonly modes: TermPattern[][];
  /** Lower-case anchors; undefined when some term has none (then every text is scanned). */
  private readonly anchors: string[] | undefined;
  /** The registration for TextScans (text-scan.ts), and each pattern's anchor id in it (-1: none). */
  private registered: AnchorIds | undefined;
  /** The set's place in the scans' family (text-scan.ts), valid with `registered` and isFamilyMember. */
  private member: FamilyMember | undefined;
  private patternIds: Int32Array[] = [];
  /** Per mode and pattern, the anchor id of its apostrophe twin's spelling (-1: none). */
  private twinIds: Int32Array[] = [];
  /** Per mode and pattern, the anchor ids of the pattern's other words (TermPattern.words). */
  private wordIds: Int32Array[][] = [];

  constructor(
    readonly terms: readonly string[],
    data: TermSetData = termSetData(terms),
  ) {
    this.modes = data.modes.map((mode) => mode.map((p) => new TermPattern(...p)));
    this.anchors = data.anchors ?? undefined;
  }

  /** Registers the anchors for TextScans (match.ts registers a catalog's sets in one batch). */
  register(): void {
    // A set with an unanchored term is scanned whole: it needs no anchor ids.
    if (!this.anchors || isCurrent(this.registered)) return;
    // The patterns' other words are anchors too (looked up by id, not as a set of their own).
    const words = [...new Set(this.modes.flatMap((mode) => mode.flatMap((p) => p.words)))];
    let registered: AnchorIds;
    let wordIds: Int32Array;
    do {
      registered = registerAnchors(this.anchors);
      wordIds = registerAnchors(words).ids;
    } while (!isCurrent(registered)); // the registry started afresh in between: both again
    const idOf = new Map(this.anchors.map((a, k) => [a, registered.ids[k]!]));
    const wordId = new Map(words.map((w, k) => [w, wordIds[k]!]));
    this.wordIds = this.modes.map((mode) => mode.map((p) => Int32Array.from(p.words, (w) => wordId.get(w)!)));
    this.patternIds = this.modes.map((mode) => Int32Array.from(mode, (p) => (p.anchor ? idOf.get(p.anchor)! : -1)));
    this.twinIds = this.modes.map((mode) => Int32Array.from(mode, (p) => (p.twinAnchor ? idOf.get(p.twinAnchor)! : -1)));
    this.member = addFamilyMember(registered.ids);
    this.registered = registered;
  }

  /**
   * False when no term can occur in a text whose lower-case form is `lower`: no anchor is in it.
   * A TextScan answers from one pass shared by all sets; a string is searched for each anchor.
   */
  mayOccur(lower: string | TextScan): boolean {
    if (!this.anchors) return true;
    if (typeof lower === 'string') {
      for (const a of this.anchors) if (lower.includes(a)) return true;
      return false;
    }
    // Not register() itself: a function whose closures capture its locals allocates their
    // context on every call, early return or not (75 MB over a cold check of the 1.2 MB draft).
    if (!isCurrent(this.registered)) this.register();
    if (!isFamilyMember(this.member)) this.member = addFamilyMember(this.registered!.ids);
    return lower.hasMember(this.member.member);
  }

  /**
   * False when no term can match `text` (scanned by `scan`): no term has its anchor and all its
   * other words there, so find() would run no pattern. Stricter than mayOccur, and allocates
   * nothing: matching asks it about the topic group of every requirement for every sentence,
   * where the anchor alone ("provider" of "Provider Account") lets most through.
   */
  mayMatch(text: string, scan: TextScan): boolean {
    if (!this.mayOccur(scan)) return false;
    if (!this.anchors || !scan.fastFor(text)) return true;
    for (let m = 0; m < this.modes.length; m++) for (let k = 0; k < this.modes[m]!.length; k++) if (this.patternMay(scan, m, k)) return true;
    return false;
  }

  /** Are pattern k of mode m's anchor (or its twin's) and all its other words in the scanned text? */
  private patternMay(scan: TextScan, m: number, k: number): boolean {
    const id = this.patternIds[m]![k]!;
    const twin = this.twinIds[m]![k]!;
    if (id >= 0 && !scan.has(id) && !(twin >= 0 && scan.has(twin))) return false;
    return allIn(scan, this.wordIds[m]![k]!);
  }

  /**
   * All non-overlapping hits in `text`, offsets relative to `text` plus `base`. Pass `lower`
   * (text.toLowerCase(), or a TextScan of it) when you have it, to skip texts that cannot match.
   */
  find(text: string, base = 0, lower?: string | TextScan): TermHit[] {
    const scan = lower ?? this.ownScan(text);
    // Most texts are rejected here: the closure below (and its context) only for the others.
    return this.mayOccur(scan) ? this.hitsIn(text, base, scan) : [];
  }

  private hitsIn(text: string, base: number, scan: string | TextScan): TermHit[] {
    const hits: TermHit[] = [];
    const lowerText = typeof scan === 'string' ? scan : scan.lower;
    const fastOk = typeof scan === 'string' ? TermPattern.fastFor(text) : scan.fastFor(text);
    const collect = (match: RegExpExecArray, index: number): boolean => {
      hits.push({ term: match[0], start: base + match.index, end: base + match.index + match[0].length, index });
      return true;
    };
    for (let m = 0; m < this.modes.length; m++) {
      const candidates = this.candidates(this.modes[m]!, m, scan, fastOk);
      if (candidates.length) hitsOf(text, candidates, collect, lowerText, fastOk);
    }
    return hits.length > 1 ? hits.sort((a, b) => a.start - b.start) : hits;
  }

  test(text: string, lower?: string | TextScan): boolean {
    const scan = lower ?? this.ownScan(text);
    if (!this.mayOccur(scan)) return false;
    const lowerText = typeof scan === 'string' ? scan : scan.lower;
    const fastOk = typeof scan === 'string' ? TermPattern.fastFor(text) : scan.fastFor(text);
    for (let m = 0; m < this.modes.length; m++) {
      if (hitsOf(text, this.candidates(this.modes[m]!, m, scan, fastOk), stopAtFirst, lowerText, fastOk)) return true;
    }
    return false;
  }

  /**
   * A scan of a text asked about without one: shared with the other sets asked about the same
   * text, once the set is registered (a set registering as it is first used would make every
   * scan so far stale); else its lower-case form, searched for each anchor.
   */
  private ownScan(text: string): string | TextScan {
    return isCurrent(this.registered) ? scanOf(text) : text.toLowerCase();
  }

  /** The patterns of a mode whose anchors occur in the text (all of them when a term has none). */
  private candidates(mode: TermPattern[], m: number, scan: string | TextScan, fastOk: boolean): TermPattern[] {
    // LONG S matches "s" case-insensitively but stays "ſ" in lower case: "ſtore" lacks "stor".
    if (!this.anchors || !fastOk) return mode;
    if (typeof scan === 'string') return candidatesIn(mode, scan);
    // Plain loops: this runs for every sentence that passes the set's anchors.
    const out: TermPattern[] = [];
    for (let k = 0; k < mode.length; k++) if (this.patternMay(scan, m, k)) out.push(mode[k]!);
    return out;
  }
}

/** A term pattern's constructor arguments (term-patterns.ts), as data. */
export type PatternData = [source: string, caseSensitive: boolean, index: number, anchor: string, lead: string, words: string[], twinAnchor: string, continuation: string[]];

/**
 * What a TermSet is built from, worked out from its terms: strings, numbers and booleans only, so
 * a host may keep it across runs (term-cache.ts) and never keeps code.
 */
export interface TermSetData {
  /** Per case mode (insensitive, then sensitive; an empty mode left out), the patterns in list order. */
  modes: PatternData[][];
  /** Lower-case anchors; null when some term has none (then every text is scanned). */
  anchors: string[] | null;
}

export function termSetData(terms: readonly string[]): TermSetData {
  const modes: PatternData[][] = [[], []];
  const anchors = new Set<string>();
  let anchored = true;
  terms.forEach((term, index) => {
    // A term with nothing literal in it ("-", "*") would match empty strings or any word.
    if (!/[^\s*-]/.test(term)) return;
    // "isn’t included" right after "isn't included": the pattern of the first reads both.
    if (index > 0 && apostropheTwins(terms[index - 1]!, term)) return;
    const twin = index + 1 < terms.length && apostropheTwins(term, terms[index + 1]!) ? terms[index + 1]! : undefined;
    const { source, caseSensitive } = termSource(term, twin !== undefined);
    const anchor = anchorOf(term);
    // A matched text holds the anchor of the spelling it matched: the pattern runs where either is.
    const twinAnchor = twin === undefined ? '' : anchorOf(twin);
    // A non-ASCII anchor only rejects the whole set: Unicode case folding and toLowerCase
    // disagree on a few letters (σ/ς…), so its absence from the lower-case text proves nothing
    // about this term once another anchor let the set through. (’ has no case forms.)
    const checked = (a: string): string => (/^[\x00-\x7f’]*$/.test(a) ? a : '');
    const own = checked(anchor);
    const other = twin === undefined ? own : checked(twinAnchor);
    const [first, second] = own && other ? [own, other === own ? '' : other] : ['', ''];
    // Words every match holds: those of both spellings; the lead stops at an apostrophe.
    const words = twin === undefined ? otherWordsOf(term) : otherWordsOf(term).filter((w) => otherWordsOf(twin).includes(w));
    const lead = twin === undefined ? leadOf(term) : leadOf(term).split(/['’]/)[0]!;
    const continuation = lead === leadOf(term) ? continuationOf(term) : [];
    modes[caseSensitive ? 1 : 0]!.push([source, caseSensitive, index, first, lead, words, second, continuation]);
    for (const a of twin === undefined ? [anchor] : [anchor, twinAnchor]) {
      if (a) anchors.add(a);
      else anchored = false;
    }
  });
  return { modes: modes.filter((m) => m.length), anchors: anchored ? [...anchors] : null };
}

/** A hit callback that stops at the first hit (TermSet.test). */
const stopAtFirst = (): boolean => false;

/** The patterns whose anchor and other words are in `lower` (a function of its own: see mayOccur). */
function candidatesIn(mode: TermPattern[], lower: string): TermPattern[] {
  return mode.filter((p) => (!p.anchor || lower.includes(p.anchor) || (p.twinAnchor !== '' && lower.includes(p.twinAnchor))) && p.wordsIn(lower));
}

function allIn(scan: TextScan, ids: Int32Array): boolean {
  for (let k = 0; k < ids.length; k++) if (!scan.has(ids[k]!)) return false;
  return true;
}

/**
 * Texts asked about without a scan: classification asks a few dozen sets (hedges, negations,
 * verbs …) about the same clause, and a scan answers each from one pass where `includes` would
 * search the clause for every anchor of every set. Kept for the most recent texts only; the
 * clause slices classification reads its verbs and cues in are scanned here too, so the
 * requirements that read one sentence share them (about half of those scans were repeats).
 */
const recentScans = new Map<string, TextScan>();
const RECENT_SCANS = 1024;

/** The scan of `text`'s lower-case form, shared with every other asker of the same text while it is recent. */
export function scanOf(text: string): TextScan {
  let scan = recentScans.get(text);
  if (!scan) {
    if (recentScans.size >= RECENT_SCANS) recentScans.clear();
    scan = new TextScan(text.toLowerCase());
    recentScans.set(text, scan);
  }
  return scan;
}

const cache = new Map<string, TermSet>();

/** Term sets are shared across requirements and documents; compile each list once. */
export function termSet(terms: readonly string[]): TermSet {
  // A requirement's term lists are looked up once per requirement and document block: by identity first.
  const known = byList.get(terms);
  if (known) return known;
  // JSON, not a join: a separator character could occur inside a term and merge two lists.
  const key = JSON.stringify(terms);
  let set = cache.get(key);
  if (!set) {
    set = new TermSet(terms, termSetDataFor(key, () => termSetData(terms)));
    if (cache.size > 5000) cache.clear();
    cache.set(key, set);
  }
  byList.set(terms, set);
  return set;
}

const byList = new WeakMap<readonly string[], TermSet>();
