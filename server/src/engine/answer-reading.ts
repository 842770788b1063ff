/**
 * How an answer to a questionnaire binds (questionnaire.ts finds the answers). The answer is the
 * responder's statement: it binds as a warranty only where a clause incorporates the responses
 * into the contract ("Vendor's responses in Appendix 1 are incorporated into this Contract",
 * "… are warranties"), and otherwise only describes (weak). The verdict that opens it decides
 * how far: "No" refuses the control the question asks about; "Partially", "Planned for Q3", "in
 * progress" and "on request" hedge it; "N/A" with another party doing it moves it; "N/A" alone
 * says nothing about it.
 */
import { bundledLexicon } from './catalog/lexicon-file';
import type { Classification } from './classify';
import type { Lexicon } from './lexicon';
import type { ParsedDocument } from './parse';
import type { Answer } from './questionnaire';
import type { TermSet } from './terms';
import { squash } from './text';
import { docParts, PartMemo } from './doc-parts';

/**
 * The words are the lexicon's (`incorporation`, reading-words.ts): answers, responses or a
 * questionnaire made terms (incorporated, warranted, part of the contract) unless denied ("are not
 * warranties", "for information only"); "Our answer to Q4.1 …" cites an answer, and "does not
 * cover", "excludes" take part of it away.
 */
type IncorporationPatterns = Lexicon['incorporation'];

export interface Incorporation {
  text: string;
  /** Its clause number ("2.1"), if written. */
  clause?: string;
}

const cache = new WeakMap<ParsedDocument, { words: IncorporationPatterns; found: Incorporation | undefined }>();
/** Per part of a document (doc-parts.ts): its first unit with the clause, and that sentence. */
const inParts = new PartMemo<{ unit: number; text: string } | undefined>();

/** The clause that makes the questionnaire's responses terms of the contract, if any. */
export function incorporatedResponses(doc: ParsedDocument, words: IncorporationPatterns = bundledLexicon().incorporation): Incorporation | undefined {
  const cached = cache.get(doc);
  if (cached && cached.words === words) return cached.found;
  let found: Incorporation | undefined;
  for (const part of docParts(doc)) {
    const hit = inParts.of(part, words, ({ doc: own }) => {
      for (let i = 0; i < own.units.length; i++) {
        const s = own.units[i]!.sentences.find((x) => words.responses.test(x.text) && words.madeTerms.test(x.text) && !words.denied.test(x.text));
        if (s) return { unit: i, text: s.text };
      }
      return undefined;
    });
    if (!hit) continue;
    const unit = doc.units[part.unitBase + hit.unit]!;
    const clause = unit.enumerator?.replace(/[.)]+$/, '') ?? doc.sections[unit.section]?.number;
    found = { text: hit.text, ...(clause ? { clause } : {}) };
    break;
  }
  cache.set(doc, { words, found });
  return found;
}

/** The sentence with its "A:" mark and verdict blanked, so its description reads as a sentence of its own. */
export function withoutVerdict(text: string, answer: Answer | undefined, sentence: number): string {
  if (!answer?.verdictEnd || sentence !== answer.first) return text;
  return ' '.repeat(answer.verdictEnd) + text.slice(answer.verdictEnd);
}

/** Only the verdict ("Yes.", "A: N/A."): the sentence has nothing else to read. */
export function verdictOnly(text: string, answer: Answer | undefined, sentence: number): boolean {
  return !!answer?.verdictEnd && sentence === answer.first && text.slice(answer.verdictEnd).trim() === '';
}

/**
 * The reading of sentence `sentence` of an answer once its verdict and the incorporation clause
 * are known. `base` is the sentence's document offset, for the verdict's cue.
 */
export function answerReading(read: Classification, answer: Answer, sentence: number, text: string, base: number, incorporation: Incorporation | undefined, provider: string, topic: TermSet, words: IncorporationPatterns = bundledLexicon().incorporation): Classification {
  if (read.unrelated) return read;
  // "Our answer to Q4.1 does not cover the legacy servers, which we patch only …": a later
  // qualification of the answer it cites, read as "Clause 6.1 does not apply to …" is.
  const cites = words.citesAnswer.exec(withoutVerdict(text, answer, sentence).trimStart());
  if (cites && words.takesPart.test(text) && read.status !== 'wrong-party') {
    return { ...read, status: 'weak', reason: `it narrows the answer to ${cites[1]!.toUpperCase().replace(/^(?=\d)/, 'Q')} it cites: that answer does not hold for part of what it covered`, express: 'narrowing' };
  }
  const first = sentence === answer.first;
  const verdictCue = first && answer.verdictText ? cueOf(text, answer.verdictText, base) : undefined;
  const says = `the answer to ${answer.label} is “${answer.verdictText}”`;
  const bare = first && verdictOnly(text, answer, sentence);
  // A refusal or a move the answer states is the responder's express word on the question.
  if (read.status === 'negated' || read.status === 'wrong-party') {
    return answer.verdict === 'no' || answer.verdict === 'not-applicable' ? { ...read, express: read.express ?? 'disclaimer' } : read;
  }
  switch (answer.verdict) {
    case 'no':
      // "No." to "Do you patch …?" refuses it; to "Are there any exceptions?" it refuses nothing.
      if (first && answer.positive) return { ...read, status: 'negated', reason: `${says}: the responder does not do what the question asks`, ...(verdictCue ? { cue: verdictCue } : {}), express: 'disclaimer' };
      return bare ? { ...read, unrelated: true } : capWeak(read, `${says}: the description says what is done instead, not the control asked about`, verdictCue, true);
    case 'not-applicable':
      // "N/A." alone, or "N/A. BlueSpan has no data centre": the question does not apply; nothing is said about the duty.
      return { ...read, unrelated: true };
    case 'partial':
    case 'planned':
      return capWeak(read, `${says}: a control only ${answer.verdict === 'partial' ? 'partly in place' : 'planned or to be done on request'} is not a warranty that it operates`, verdictCue, true);
    default:
      break;
  }
  if (read.status === 'present' || (read.status === 'weak' && read.form === 'statement' && !read.cue && !read.express && read.subject !== 'customer')) {
    // Unincorporated, a verdict or a description only states; a promise in the answer ("we will …") stays one.
    if (!incorporation) return answer.verdict || read.form === 'statement' ? capWeak(read, `an answer to ${answer.label} of a questionnaire: the responder's statement, which no clause makes a term of the contract`, undefined, true) : read;
    // The warranty covers the control the answer describes, the one its question asks about: a
    // sentence of an answer on suppliers that shares a word with another requirement warrants nothing of that one.
    if ((read.status === 'weak' || bare) && topic.test(answer.question)) {
      return { ...read, status: 'present', reason: `read the answer to ${answer.label} as ${possessive(provider)} warranty (${incorporation.clause ? `clause ${incorporation.clause}` : 'the clause'} incorporates the responses: “${squash(incorporation.text, 90)}”)` };
    }
  }
  return read;
}

function capWeak(read: Classification, reason: string, cue: Classification['cue'], always = false): Classification {
  if (read.status !== 'present' && !(always && read.status === 'weak' && !read.cue)) return read;
  return { ...read, status: 'weak', reason, ...(cue ? { cue } : {}) };
}

function cueOf(text: string, verdict: string, base: number): Classification['cue'] {
  const at = text.indexOf(verdict);
  return at < 0 ? undefined : { text: verdict, start: base + at, end: base + at + verdict.length };
}

function possessive(name: string): string {
  const bare = name.replace(/^the\s+/i, '');
  return `the ${bare}${/s$/i.test(bare) ? '’' : '’s'}`;
}

/**
 * The question stands in for the requirement's words in its answer's opening, as a run-in caption
 * does for the sentence it titles (heading-backing.ts), where it names every word group: in the
 * first sentence that says more than the verdict, and in a verdict alone ("No.", "Partially.")
 * that opens the answer. A bare "Yes." stands only as the whole answer: a description after it
 * decides, and may be hedged. "N/A." alone says nothing.
 */
export function questionStandsIn(answer: Answer | undefined, sentences: readonly { text: string }[], i: number, groups: readonly TermSet[]): { groups: boolean[]; as: string } | undefined {
  if (!answer || i < answer.first || i > answer.first + 1) return undefined;
  const bare = verdictOnly(sentences[answer.first]!.text, answer, answer.first);
  if (i === answer.first + 1 && !bare) return undefined;
  if (i === answer.first && bare && (answer.verdict === 'not-applicable' || (answer.verdict === 'yes' && sentences.length > i + 1))) return undefined;
  if (!groups.every((g) => g.test(answer.question))) return undefined;
  return { groups: groups.map(() => true), as: `the question it answers (${answer.label})` };
}
