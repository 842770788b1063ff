/**
 * "Notwithstanding clause 6.1, the Supplier need only do so where the system supports it": a
 * later qualification often names the clause it qualifies by number instead of repeating its
 * words. Resolving the number to the clause (a unit that starts with that enumerator, or a section
 * whose heading carries it) lets the qualification be read against the duty it narrows.
 */
import { QUALIFIES_ANOTHER } from './narrowing';
import type { ClauseNarrowingPatterns } from './narrowing-words';
import { QUALIFYING_OPENER } from './qualifying-opener';
import { captionId, qualifiedRequirementId } from './requirement-ids';
import type { ParsedDocument } from './parse';
import type { TermSet } from './terms';

/**
 * "Notwithstanding clause 6.1", "Despite Section 5.6(b)", "Notwithstanding 4.2": the number cited, with its lettered paragraph.
 * A schedule numbers its clauses with its own letter ("Despite S6.5(f)", "Notwithstanding A2.3"); the letter is part of the number.
 */
const CITED_NUMBER = new RegExp(String.raw`^[^,;]{0,40}?\b${QUALIFYING_OPENER}\s+(?:(?:the\s+provisions\s+of\s+)?(?:clause|section|paragraph|article|sub-?clause)\s+)?((?:[A-Z]{1,2}(?=\d))?\d{1,3}(?:\.\d{1,3})*(?:\s?\([a-z]{1,4}\))?)`, 'i');
/** "## S6.5 Cyber security obligations": a heading numbered with its schedule's letter, which headingTitle leaves in the title. */
const PREFIXED_HEADING_NUMBER = /^\s*([A-Z]{1,2}\d{1,3}(?:\.\d{1,3})+)\b/;

/** "Clause 6.1 applies only …", "The obligations in Section 6.1 …", "Despite …, Clause 6.1 does not …": the number of the clause named as the subject. */
const CITED_SUBJECT = /^[^;]{0,60}?\b(?:clause|section|paragraph|article|sub-?clause)\s+(\d{1,3}(?:\.\d{1,3})*)/i;

/** The number of the clause that `sentence` opens by qualifying, if it cites one. */
export function qualifiedClauseNumber(sentence: string, words?: ClauseNarrowingPatterns): string | undefined {
  if (!QUALIFIES_ANOTHER.test(sentence, words)) return undefined;
  return CITED_NUMBER.exec(sentence)?.[1] ?? qualifiedRequirementId(sentence) ?? CITED_SUBJECT.exec(sentence)?.[1];
}

const cache = new WeakMap<ParsedDocument, Map<string, string>>();
/** "7.2", "5.3.1.": a numbered clause. */
const NUMBERED = /^\d{1,3}(?:\.\d{1,3})+\.?$/;
/** "(a)", "(iv)", "b)": a lettered paragraph of the clause before it. */
const LETTERED = /^\(?([a-z]{1,4})\)$/;

/** The text of the clause numbered `number` in `doc` (its caption and sentences), if there is one. */
export function clauseText(doc: ParsedDocument, number: string): string | undefined {
  let byNumber = cache.get(doc);
  if (!byNumber) {
    byNumber = new Map();
    const add = (n: string | undefined, text: string): void => {
      const key = n?.replace(/\.$/, '');
      if (key && text) byNumber!.set(key, `${byNumber!.get(key) ?? ''} \n ${text}`);
    };
    const isCell = (i: number): boolean => doc.units[i]!.kind === 'table-cell';
    const ids = new Map<number, string | undefined>();
    const idOf = (u: number): string | undefined => {
      if (!ids.has(u)) ids.set(u, captionId([doc.units[u]!.caption?.text ?? '', ...doc.units[u]!.sentences.map((s) => s.text)].join(' ')));
      return ids.get(u);
    };
    // A numbered clause comprises its lettered paragraphs: "5.2 Access Control. (a) … (b) …" is
    // cited as "Section 5.2" and its first paragraph as "Section 5.2(a)".
    let clause: string | undefined;
    for (const [u, unit] of doc.units.entries()) {
      const text = [unit.caption?.text ?? '', ...unit.sentences.map((s) => s.text)].join(' ');
      add(unit.enumerator, text);
      // "**SSS-04** The Supplier MUST …", "| SEC-08 | The Contractor shall … |": a requirement captioned by its id.
      add(idOf(u), text);
      const rowHead = unit.kind === 'table-cell' ? unit.parents.find((p) => isCell(p) && doc.units[p]!.parents.some(isCell)) : undefined;
      if (rowHead !== undefined) add(idOf(rowHead), text);
      const letter = LETTERED.exec(unit.enumerator ?? '')?.[1];
      const prefixed = unit.kind === 'heading' && !unit.enumerator ? PREFIXED_HEADING_NUMBER.exec(text)?.[1] : undefined;
      add(prefixed, text);
      if (unit.kind === 'heading' || NUMBERED.test(unit.enumerator ?? '')) clause = (unit.enumerator ?? prefixed)?.replace(/\.$/, '');
      else if (letter && clause) {
        add(clause, text);
        add(`${clause}(${letter})`, text);
      }
      const section = doc.sections[unit.section];
      if (section?.number && unit.kind !== 'heading') add(section.number, `${section.title} ${text}`);
    }
    cache.set(doc, byNumber);
  }
  return byNumber.get(number);
}

/**
 * For a sentence that opens by qualifying a numbered clause of `doc`: which of the requirement's
 * term `groups` that clause supplies (its words stand in the qualification by reference).
 */
export function citedGroups(doc: ParsedDocument, sentence: string, groups: readonly TermSet[]): boolean[] | undefined {
  const number = qualifiedClauseNumber(sentence);
  return number ? groupsOfClause(doc, number, groups) : undefined;
}

/** Which of `groups` the clause numbered `number` supplies; undefined when no clause has that number. */
export function groupsOfClause(doc: ParsedDocument, number: string, groups: readonly TermSet[]): boolean[] | undefined {
  const key = number.replace(/\s+/g, '');
  // "5.2(a)" where the document does not letter its paragraphs so: the clause 5.2 itself.
  const cited = clauseText(doc, key) ?? clauseText(doc, key.replace(/\(.*$/, ''));
  return cited ? groups.map((g) => g.test(cited)) : undefined;
}
