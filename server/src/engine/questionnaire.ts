/**
 * Questionnaires made part of a contract: "**Q3.2** How long do you keep security logs?" followed
 * by "A: We retain …", or a table "Question | Response". A question binds no one, whoever "you"
 * is: it is the topic of the answer beside or after it, and the answer decides. The answer opens
 * with a verdict ("Yes.", "No.", "Partially.", "Planned for Q3.", "N/A.") or goes straight into
 * its description; answer-reading.ts reads it once classified.
 */
import { bundledLexicon } from './catalog/lexicon-file';
import type { Verdict, VerdictPatterns } from './cell-words';
import type { Lexicon } from './lexicon';
import type { ParsedDocument } from './parse';

export type { Verdict } from './cell-words';

export interface Answer {
  /** The question answered, its label stripped ("How long do you keep security logs?"). */
  question: string;
  /** How the answer is named in explanations: "Q3.2" or "the question “How long …?”". */
  label: string;
  /** The question asks whether the control is in place: it carries no negation ("any exceptions?", "do staff share …?" are asked the other way). */
  positive: boolean;
  /** The unit's first answer sentence (for an answer in the question's own unit, the one after the question). */
  first: number;
  verdict?: Verdict;
  /** The verdict as written ("Planned for Q3"), and where it ends in the first answer sentence. */
  verdictText?: string;
  verdictEnd?: number;
}

export interface Questionnaire {
  /** Per unit, per sentence: a question (never evidence itself). */
  question: (boolean[] | undefined)[];
  /** Per unit: the answer it gives, if it answers a question. */
  answer: (Answer | undefined)[];
}

/** "Q3.2", "Q 4", "Question 7:", "3.2" (an enumerator masked into the text) before the question itself. */
const LABEL = /^\s*(?:(?:q(?:uestion)?\s*\.?\s*)?(\d{1,3}(?:[.-]\d{1,3}){0,3}|[a-z]\d{0,2}(?:\.\d{1,3}){0,3})\s*[.:)]?\s+|q(?:uestion)?\s*[.:]\s*)/i;
/** Ends with a question mark (closing quotes, brackets or markup may follow). */
const ENDS_ASKING = /\?[\s"'”’)\]*_]*$/;
/**
 * The words are the lexicon's (`questionnaires`, reading-words.ts): interrogative openings (a
 * question asks, whatever its modal: "Do you …?", "Are our systems …?", "How long …?"), the mark
 * before an answer ("A:", "Answer:", "Response -", "Reply."), the headers of a questionnaire
 * table's two columns, and the words that make a question ask the other way round.
 */
type QuestionnairePatterns = Lexicon['questionnaire'];
/** What a verdict runs to: the rest of its phrase up to the first stop ("Planned for Q3"). */
const VERDICT_PHRASE = /^[^.,;:!?—–]*?(?=\s*(?:[.,;:!?—–]|\s-\s|$))/;
/** A verdict stands alone or before a stop: "No party shall …" or "No. 4 Road" is no verdict. */
const AFTER_VERDICT = /^\s*(?:[.,;:!—–]|\s-\s|$)(?!\s*\d)/;

const cache = new WeakMap<ParsedDocument, { lexicon: Lexicon; found: Questionnaire }>();

/** Is `text` a question: an interrogative sentence, labelled or not, that ends in "?"? */
export function isQuestion(text: string, asks: RegExp = bundledLexicon().questionnaire.asks): boolean {
  if (!ENDS_ASKING.test(text)) return false;
  return asks.test(text.replace(LABEL, '').replace(/^[\s*_]+/, ''));
}

/**
 * The verdict that opens an answer sentence, with the offset where it ends (after any "A:" mark).
 * Verdicts are the lexicon's (`verdicts`), each a word or short phrase that opens the answer and
 * ends at a full stop, comma, semicolon, colon or dash ("Yes, we use …", "Planned for Q3."), or is
 * the whole answer.
 */
export function verdictOf(text: string, verdicts: VerdictPatterns = bundledLexicon().verdicts, answerMark: RegExp = bundledLexicon().questionnaire.answerMark): { verdict: Verdict; text: string; end: number } | undefined {
  const mark = answerMark.exec(text);
  const from = mark ? mark[0].length : text.length - text.trimStart().length;
  const rest = text.slice(from);
  for (const [verdict, re] of verdicts) {
    const m = re.exec(rest);
    if (!m) continue;
    const phrase = verdict === 'planned' ? (VERDICT_PHRASE.exec(rest)?.[0] ?? m[0]) : m[0];
    if (!AFTER_VERDICT.test(rest.slice(phrase.length))) continue;
    const stop = /^\s*[.,;:!—–]?/.exec(rest.slice(phrase.length))![0].length;
    return { verdict, text: phrase.trim(), end: from + phrase.length + stop };
  }
  return undefined;
}

function answerOf(question: string, first: number, firstText: string | undefined, verdicts: VerdictPatterns, words: QuestionnairePatterns): Answer {
  const label = LABEL.exec(question)?.[1];
  const bare = question.replace(LABEL, '').replace(/^[\s*_]+/, '').trim();
  const v = firstText === undefined ? undefined : verdictOf(firstText, verdicts, words.answerMark);
  return {
    question: bare,
    label: label ? `${/^\d/.test(label) ? 'Q' : ''}${label}` : `the question “${bare.length > 60 ? `${bare.slice(0, 57)}…` : bare}”`,
    positive: !words.askedNegatively.test(bare),
    first,
    ...(v ? { verdict: v.verdict, verdictText: v.text, verdictEnd: v.end } : {}),
  };
}

/** The questions and answers of a document (cached per parse). */
export function questionnaire(doc: ParsedDocument, lexicon: Lexicon = bundledLexicon()): Questionnaire {
  const cached = cache.get(doc);
  if (cached && cached.lexicon === lexicon) return cached.found;
  const verdicts = lexicon.verdicts;
  const words = lexicon.questionnaire;
  const found: Questionnaire = { question: doc.units.map(() => undefined), answer: doc.units.map(() => undefined) };
  const cellText = (u: number): string => doc.units[u]!.sentences.map((s) => s.text).join(' ').trim();
  doc.units.forEach((unit, u) => {
    if (unit.kind === 'heading') return;
    const asks = unit.sentences.map((s) => isQuestion(s.text, words.asks));
    const last = asks.lastIndexOf(true);
    if (last < 0) return;
    found.question[u] = asks;
    const question = unit.sentences[last]!.text;
    // "Q: Do you …? A: Yes, …": the answer follows in the same unit, marked or opened by a verdict
    // ("What happens if a fix is late? The Provider shall …" is a clause that asks, then binds).
    if (last < unit.sentences.length - 1) {
      const next = unit.sentences[last + 1]!.text;
      if (words.answerMark.test(next) || verdictOf(next, verdicts, words.answerMark)) found.answer[u] = answerOf(question, last + 1, next, verdicts, words);
      return;
    }
    if (unit.kind === 'table-cell') return; // a table's answer is its row's answer cell (below)
    // The next unit of the same section answers it.
    const next = doc.units[u + 1];
    if (next && next.kind !== 'heading' && next.section === unit.section && next.sentences.length && !next.sentences.some((s) => isQuestion(s.text, words.asks))) {
      found.answer[u + 1] = answerOf(question, 0, next.sentences[0]!.text, verdicts, words);
    }
  });
  // "Question | Response": each row's response cell answers its question cell.
  const isCell = (i: number): boolean => doc.units[i]!.kind === 'table-cell';
  doc.units.forEach((unit, u) => {
    if (unit.kind !== 'table-cell' || found.answer[u]) return;
    const header = unit.parents.find((p) => isCell(p) && !doc.units[p]!.parents.some(isCell));
    const row = unit.parents.find((p) => isCell(p) && doc.units[p]!.parents.some(isCell));
    if (header === undefined || row === undefined || !words.answerHeader.test(cellText(header))) return;
    const rowHeader = doc.units[row]!.parents.find((p) => isCell(p) && !doc.units[p]!.parents.some(isCell));
    const asked = cellText(row);
    if (!unit.sentences.length || !(isQuestion(asked, words.asks) || (rowHeader !== undefined && words.questionHeader.test(cellText(rowHeader))))) return;
    found.question[row] = doc.units[row]!.sentences.map(() => true);
    found.answer[u] = answerOf(asked, 0, unit.sentences[0]!.text, verdicts, words);
  });
  cache.set(doc, { lexicon, found });
  return found;
}
