/**
 * How a lexicon phrase list is matched: plain phrases through the term compiler (terms.ts), phrases
 * with a role slot ("upon the {customer}'s request") through a small pattern each, the slot an
 * alternation of that side's role words plus the document's own names. Split from lexicon.ts,
 * which compiles each key with these.
 */
import type { DocumentNames, PartyWords, PhraseSet } from './lexicon';
import { escapeRegExp } from './term-patterns';
import { termSet, type TermHit, type TermSet } from './terms';
import { isCurrent, registerAnchors, type AnchorIds, type TextScan } from './text-scan';

const ROLE_SLOT = /\{(provider|customer)\}/;

const escapeRe = escapeRegExp;

/** A phrase's words outside its slots, as its patterns read them: any white space, either apostrophe. */
function literalSource(part: string): string {
  return escapeRe(part).replace(/\s+/g, '\\s+').replace(/'/g, "['’]");
}

/**
 * Phrases with a role slot compile to one small regular expression each, the slot an
 * alternation of that side's role words ("upon the {customer}'s request" also reads "upon the
 * Client’s request"); expanding them into plain terms would make alternations of hundreds.
 */
function slotPattern(phrase: string, parties: Required<PartyWords>): RegExp {
  const source = phrase
    .trim()
    .split(/(\{(?:provider|customer)\})/)
    .map((part) => {
      const slot = /^\{(provider|customer)\}$/.exec(part);
      if (slot) {
        const words = (slot[1] === 'provider' ? parties.provider : parties.customer).slice().sort((a, b) => b.length - a.length);
        return `(?:${words.map((w) => escapeRe(w).replace(/\s+/g, '\\s+')).join('|') || '(?!)'})`;
      }
      return literalSource(part);
    })
    .join('');
  return new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * A pattern every match of the phrase's slot patterns also matches, whatever the slot's words: the
 * slot is any text (dropped at either end of the phrase) and there are no word boundaries, whose
 * Unicode letter classes cost most of a case-insensitive pattern's compilation (about 1 ms each,
 * where this compiles in a twentieth of it). Compiled once per phrase, where each document's names
 * compile the phrase again; in a sentence that holds the phrase's words but not the phrase, nearly
 * every time, it spares that.
 */
export function slotSkeleton(phrase: string): RegExp {
  const parts = phrase.trim().split(/(\{(?:provider|customer)\})/).filter(Boolean);
  const literal = (part: string): string => (ROLE_SLOT.test(part) ? '[^]+?' : literalSource(part));
  while (parts.length && ROLE_SLOT.test(parts[0]!)) parts.shift();
  while (parts.length && ROLE_SLOT.test(parts[parts.length - 1]!)) parts.pop();
  return new RegExp(parts.map(literal).join(''), 'iu');
}

/** A phrase list split once: its plain phrases as one term set, its slot phrases with the words each spells out. */
interface PhraseShape {
  plain: TermSet;
  slotPhrases: string[];
  /**
   * The words a slot phrase spells out ("upon the {customer}'s written request": upon, the,
   * written, request) must all be in the text before its pattern is worth running; most sentences
   * lack one, and the patterns (Unicode, case-insensitive, one alternative per party name) are slow.
   */
  needs: string[][];
  /**
   * Each slot phrase's longest word, registered as an anchor: a text's scan (shared by every set
   * asked about it) answers whether it occurs with one bit, before `includes` checks the others.
   * Most sentences lack it, and a set holds dozens of slot phrases.
   */
  keyWords: AnchorIds;
  /** Per slot phrase, its slotSkeleton once compiled (shared by the sets of every document's names). */
  skeletons: (RegExp | undefined)[];
}

/** Never current (isCurrent): the phrases are checked with `includes` only. */
const NO_KEY_WORDS: AnchorIds = { generation: -1, ids: new Int32Array(0) };

function phraseShape(phrases: readonly string[]): PhraseShape {
  const plain = termSet(phrases.filter((p) => !ROLE_SLOT.test(p)));
  plain.register(); // see compileLexicon
  const slotPhrases = phrases.filter((p) => ROLE_SLOT.test(p));
  const needs = slotPhrases.map((p) => p.replace(/\{(?:provider|customer)\}/g, ' ').toLowerCase().match(/[a-z]{3,}/g) ?? []);
  const longest = needs.map((words) => words.reduce((kept, w) => (w.length > kept.length ? w : kept), ''));
  // A phrase that spells out no word (a bare slot) has no key word: `includes` alone then.
  const keyWords = longest.every(Boolean) ? registerAnchors(longest) : NO_KEY_WORDS;
  return { plain, slotPhrases, needs, keyWords, skeletons: slotPhrases.map(() => undefined) };
}

/** Plain phrases through the term compiler; slot phrases through their own patterns. */
export function phraseSet(phrases: readonly string[], parties: Required<PartyWords>): PhraseSet {
  const shape = phraseShape(phrases);
  return shape.slotPhrases.length ? slotPhraseSet(shape, parties) : shape.plain;
}

function slotPhraseSet(shape: PhraseShape, parties: Required<PartyWords>): PhraseSet {
  const { plain, slotPhrases, needs, keyWords, skeletons } = shape;
  // Each document's names give every group a set of its own: a pattern is compiled only when
  // a text holds its words, which in most documents never happens.
  const slots: (RegExp | undefined)[] = slotPhrases.map(() => undefined);
  const slot = (i: number): RegExp => (slots[i] ??= slotPattern(slotPhrases[i]!, parties));
  const lowerOf = (text: string, lower?: string | TextScan): string => (typeof lower === 'string' ? lower : lower ? lower.lower : text.toLowerCase());
  const byNames = new Map<string, PhraseSet>();
  const withNames = (names: DocumentNames): PhraseSet => {
    const key = `${names.provider.join('|')}#${names.customer.join('|')}`;
    let set = byNames.get(key);
    if (!set) {
      const extended = { ...parties, provider: [...parties.provider, ...names.provider], customer: [...parties.customer, ...names.customer] };
      set = slotPhraseSet(shape, extended);
      if (byNames.size > 50) byNames.clear();
      byNames.set(key, set);
    }
    return set;
  };
  // The slot phrases' hits in a text, at offset 0: every requirement that reads a clause asks the
  // same set about the same text (and a repeated clause asks again), so each text is read once.
  const slotHits = new Map<string, readonly TermHit[]>();
  const slotHitsOf = (text: string, lower?: string | TextScan): readonly TermHit[] => {
    let hits = slotHits.get(text);
    if (hits) return hits;
    const low = lowerOf(text, lower);
    const found: TermHit[] = [];
    // A scan of the text answers for each phrase's longest word (a registry that started afresh
    // since: `includes` answers alone).
    const scan = typeof lower === 'object' && isCurrent(keyWords) ? lower : undefined;
    // Plain loops: this runs for every sentence a cue group is asked about (no closure per phrase).
    for (let i = 0; i < slotPhrases.length; i++) {
      if (scan && !scan.has(keyWords.ids[i]!)) continue;
      if (!allIncluded(needs[i]!, low)) continue;
      if (!(skeletons[i] ??= slotSkeleton(slotPhrases[i]!)).test(text)) continue;
      const re = slot(i);
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) found.push({ term: m[0], start: m.index, end: m.index + m[0].length, index: plain.terms.length + i });
    }
    hits = found.length ? found : NO_HITS;
    if (slotHits.size >= SLOT_TEXTS) slotHits.clear();
    slotHits.set(text, hits);
    return hits;
  };
  const find = (text: string, base = 0, lower?: string | TextScan): TermHit[] => {
    const hits = plain.find(text, base, lower);
    for (const h of slotHitsOf(text, lower)) hits.push({ ...h, start: base + h.start, end: base + h.end });
    return hits.length > 1 ? hits.sort(byStart) : hits;
  };
  const test = (text: string, lower?: string | TextScan): boolean => plain.test(text, lower) || slotHitsOf(text, lower).length > 0;
  return { find, test, withNames };
}

const NO_HITS: readonly TermHit[] = Object.freeze([]);
/** Texts whose slot-phrase hits a set keeps (all are dropped when one more comes). */
const SLOT_TEXTS = 4096;

function allIncluded(words: readonly string[], text: string): boolean {
  for (let k = 0; k < words.length; k++) if (!text.includes(words[k]!)) return false;
  return true;
}

const byStart = (a: TermHit, b: TermHit): number => a.start - b.start;
