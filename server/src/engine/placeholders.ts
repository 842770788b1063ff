/**
 * Bracketed values a drafter still has to confirm, as clause templates leave them: "[24] hours",
 * "[Schedule X]", "[thirty (30)] days", "[annually]".
 *
 * The rule (documented in the README): a `[…]` is a placeholder when
 * - it sits in clause text: a sentence of a paragraph, list item or table cell that binds someone
 *   ("shall", "must", "will", …), outside code;
 * - it is not Markdown: not a link or image (`[a](b)`, `[a][b]`, `[a]:`), footnote (`[^1]`),
 *   task box (`[ ]`, `[x]`) or an escaped `\[`;
 * - its content (at most 60 characters) looks like a value to fill in: it holds a digit, is a
 *   single capital letter or X ("[X]", "[Schedule X]"), a filler ("[TBD]", "[●]", "[…]",
 *   "[insert …]", "[___]"), a cadence word ("[annually]"), or is exactly a bracketed value of a
 *   loaded clause template.
 * So "[Signature page follows]" or "[Reserved]" in a draft are left alone.
 */
import type { AnalysisResult } from './analyze';
import { bundledLexicon } from './catalog/lexicon-file';
import type { Span } from './types';

export interface Placeholder extends Span {
  /** The text between the brackets. */
  value: string;
}

const CADENCE = /^(?:annually|yearly|monthly|quarterly|weekly|daily|hourly|semi-annually|every\s+\S+(?:\s+\S+)?)$/i;
const FILLER = /^(?:tbd|tbc|tba|n\/?a|x+|[●•…]+|\.{3,}|_+|-{2,}|insert\b.*|specify\b.*|enter\b.*|\?+)$/i;
const REFERENCE_WORD = /^(?:schedule|annex|appendix|exhibit|attachment|section|clause|part)\s+/i;
/** "X", "A", "xx" (case matters: "[a]" is more likely prose than a value). */
const REFERENCE = /^(?:[A-Z]|X+|x+)$/;

/** Bracketed values in the clause templates of the requirements checked for this document. */
export function templateValues(result: AnalysisResult): Set<string> {
  const values = new Set<string>();
  for (const f of result.findings) {
    for (const text of [f.requirement.template, ...f.requirement.fallbacks.map((x) => x.text)]) {
      for (const m of text.matchAll(/\[([^\[\]\n]{1,60})\]/g)) values.add(m[1]!.trim().toLowerCase());
    }
  }
  return values;
}

function looksLikeValue(value: string, known: ReadonlySet<string>): boolean {
  const v = value.trim().replace(/\s+/g, ' ');
  if (!v) return false;
  return /\d/.test(v) || REFERENCE.test(v.replace(REFERENCE_WORD, '')) || FILLER.test(v) || CADENCE.test(v) || known.has(v.toLowerCase());
}

/** Every placeholder in the clause text of an analysed document, in document order. */
export function findPlaceholders(result: AnalysisResult): Placeholder[] {
  if (!result.isContract) return [];
  const text = result.doc.text;
  const known = templateValues(result);
  const { binding } = bundledLexicon();
  const out: Placeholder[] = [];
  const bracket = /\[([^\[\]\n]{1,60})\]/g;
  const definitions = definitionLabels(text);
  for (const unit of result.doc.units) {
    if (unit.kind === 'heading') continue;
    const source = text.slice(unit.start, unit.end);
    bracket.lastIndex = 0;
    for (let m = bracket.exec(source); m; m = bracket.exec(source)) {
      const start = unit.start + m.index;
      const end = start + m[0].length;
      const value = m[1]!;
      const before = text[start - 1];
      const after = text[end];
      if (before === '\\' || before === '!' || before === ']' || after === '(' || after === '[' || after === ':') continue;
      if (value.startsWith('^')) continue;
      if (unit.kind === 'list-item' && start === unit.start && /^[ xX]$/.test(value)) continue;
      if (definitions.has(value.toLowerCase())) continue;
      if (!looksLikeValue(value, known)) continue;
      const sentence = unit.sentences.find((s) => s.start <= start && start < s.end);
      if (!sentence || !binding.test(sentence.text)) continue;
      out.push({ start, end, value });
    }
  }
  return out;
}

/**
 * Labels of the link reference definitions in `text` ("[label]: …" at the start of a line),
 * lower-cased: a "[label]" with a definition is a link, not a placeholder. One scan of the text
 * (a search per bracket was quadratic in drafts full of brackets).
 */
function definitionLabels(text: string): Set<string> {
  const labels = new Set<string>();
  for (const m of text.matchAll(/^[ \t]{0,3}\[([^\[\]\n]{1,60})\]:/gm)) labels.add(m[1]!.toLowerCase());
  return labels;
}
