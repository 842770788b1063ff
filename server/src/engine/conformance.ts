/**
 * Conformance clauses of standards and security schedules: "The key words MUST, SHOULD and MAY in
 * this Standard are to be interpreted as described in RFC 2119", often with the document's own
 * gloss ("a SHOULD requirement is a recommendation and does not bind the Supplier", "SHOULD
 * requirements are binding unless the Customer waives them"). MUST binds whatever the gloss, and
 * MAY is an option; SHOULD is a recommendation (weak) unless the document makes it binding, and a
 * SHOULD the party may escape by documenting a reason ("comply or explain") stays weak. The hover
 * says which reading was used and which clause gave it. The keywords are the lexicon's
 * (`conformance`); they count only in capitals, as RFC 2119 writes them.
 */
import type { Classification } from './classify';
import type { Lexicon } from './lexicon';
import type { ParsedDocument } from './parse';
import { docParts, PartMemo } from './doc-parts';

/** How a document reads SHOULD: as RFC 2119 says, as its own recommendation, comply-or-explain, or binding. */
export type TargetReading = 'rfc' | 'recommendation' | 'explain' | 'binding';

export interface Conformance {
  target: TargetReading;
  /** "clause 1.1": where the reading is stated. */
  clause: string;
  /** The sentence that states it. */
  text: string;
  targetWord: RegExp;
  optionWord: RegExp;
}

/** The sentence defines a keyword: "means", "is to be interpreted", "is a recommendation", "expressed with the keyword". */
const DEFINES = /\b(?:means?|(?:is|are)\s+to\s+be\s+(?:interpreted|read|understood)|interpreted|indicates?|denotes?|signif(?:y|ies)|expressed\s+(?:with|by|using)|(?:has|have)\s+the\s+same|(?:is|are)\s+(?:an?\s+)?(?:recommendations?|binding|mandatory|obligations?|optional|desirable|guidance|advisory))\b/i;
/** "does not bind", "is not in breach", "a recommendation", "desirable", "guidance": SHOULD is not a duty. */
const NOT_BINDING = /\b(?:not|no|never|non-?)\s+(?:\w+\s+){0,3}?(?:bind\w*|mandatory|obligat\w*|breach)|\b(?:recommendations?|recommended|desirable|guidance|advisory|optional|best\s+practice|good\s+practice|targets?)\b/i;
/** "binding", "mandatory", "an obligation", "the same meaning as MUST", "shall comply with every … SHOULD". */
const BINDING = /\b(?:binding|binds?|mandatory|an?\s+obligation|obligations\s+of|(?:same|equivalent)\s+(?:meaning|force|effect)\s+as|(?:shall|must|will)\s+comply\s+with\s+(?:every|each|all)\b)/i;
/** "unless it documents a reason", "or explain why": the party may escape the duty by explaining. */
const EXPLAIN = /\bunless\b[^.;]{0,80}\b(?:documents?|records?|gives?|explains?|justif(?:y|ies)|agrees?|waives?)\b|\bexplain\s+why\b|\bcomply\s+or\s+explain\b/i;

function wordPattern(words: readonly string[] | undefined, flags: string): RegExp {
  const sorted = [...(words ?? [])].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s*'));
  return sorted.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, flags) : /(?!)/;
}

const cache = new WeakMap<ParsedDocument, { lexicon: Lexicon; found: Conformance | undefined }>();

interface ClauseAt {
  /** The part's unit (doc-parts.ts) and the sentence that states the reading. */
  unit: number;
  text: string;
  target?: TargetReading;
}
/** Per part: its first sentence that says how SHOULD reads, and its first that only cites RFC 2119. */
const inParts = new PartMemo<{ found?: ClauseAt; cited?: ClauseAt }>();
const keywordPatterns = new WeakMap<Lexicon, { targetWord: RegExp; optionWord: RegExp; cites: RegExp }>();

function patternsOf(lexicon: Lexicon): { targetWord: RegExp; optionWord: RegExp; cites: RegExp } {
  let patterns = keywordPatterns.get(lexicon);
  if (!patterns) {
    const words = lexicon.data.conformance ?? {};
    patterns = { targetWord: wordPattern(words.target, 'u'), optionWord: wordPattern(words.option, 'u'), cites: wordPattern(words.documents, 'iu') };
    keywordPatterns.set(lexicon, patterns);
  }
  return patterns;
}

/** The document's conformance clause, if it has one: how it reads SHOULD. */
export function conformanceOf(doc: ParsedDocument, lexicon: Lexicon): Conformance | undefined {
  const cached = cache.get(doc);
  if (cached && cached.lexicon === lexicon) return cached.found;
  const { targetWord, optionWord, cites } = patternsOf(lexicon);
  // The sentence that states the reading, else the first that cites RFC 2119, with the index of its unit in `doc`.
  let hit: (ClauseAt & { at: number }) | undefined;
  let cited: (ClauseAt & { at: number }) | undefined;
  for (const part of docParts(doc)) {
    const read = inParts.of(part, lexicon, ({ doc: own }) => {
      let first: ClauseAt | undefined;
      for (let i = 0; i < own.units.length; i++) {
        for (const s of own.units[i]!.sentences) {
          const mentions = targetWord.test(s.text);
          const citesRfc = cites.test(s.text);
          if (!citesRfc && !(mentions && DEFINES.test(s.text))) continue;
          const target: TargetReading | undefined = !mentions ? undefined : EXPLAIN.test(s.text) ? 'explain' : NOT_BINDING.test(s.text) ? 'recommendation' : BINDING.test(s.text) ? 'binding' : undefined;
          if (target) return { found: { unit: i, text: s.text, target }, ...(first ? { cited: first } : {}) };
          if (citesRfc) first ??= { unit: i, text: s.text };
        }
      }
      return first ? { cited: first } : {};
    });
    if (!cited && read.cited) cited = { ...read.cited, at: part.unitBase + read.cited.unit };
    if (read.found) {
      hit = { ...read.found, at: part.unitBase + read.found.unit };
      break;
    }
  }
  hit ??= cited;
  let found: Conformance | undefined;
  if (hit) {
    const unit = doc.units[hit.at]!;
    const number = unit.enumerator?.replace(/[.)]+$/, '') ?? doc.sections[unit.section]?.number;
    found = { target: hit.target ?? 'rfc', clause: number ? `clause ${number}` : 'the conformance clause', text: hit.text, targetWord, optionWord };
  }
  cache.set(doc, { lexicon, found });
  return found;
}

/** A sentence weakened by a capitalised SHOULD or MAY, read as the document's conformance clause says. */
export function keywordReading(read: Classification, conformance: Conformance | undefined): Classification {
  if (!conformance || read.status !== 'weak' || !read.cue) return read;
  const cue = read.cue.text.trim();
  const whole = (re: RegExp): boolean => {
    const m = re.exec(cue);
    return !!m && m[0].length === cue.length;
  };
  const { clause, target } = conformance;
  if (whole(conformance.optionWord)) return { ...read, reason: `“${cue}” is read as in RFC 2119 (${clause}): an option, not a duty` };
  if (!whole(conformance.targetWord)) return read;
  if (target === 'binding' && read.subject !== 'customer') {
    const { cue: _dropped, ...rest } = read;
    return { ...rest, status: 'present', reason: `“${cue}” binds in this document: ${clause} makes it an obligation` };
  }
  const how =
    target === 'explain'
      ? `${clause} lets the party depart from it by giving a reason, so it can be declined`
      : target === 'recommendation'
        ? `${clause} makes it a recommendation, not a duty`
        : `read as in RFC 2119 (${clause}): a recommendation, not a duty`;
  return { ...read, reason: `“${cue}”: ${how}` };
}
