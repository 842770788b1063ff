/**
 * Cutting a sentence into the parts that can carry a duty of their own: independent clauses
 * (at ";", ": ", "but", "however", "whereas"), carve-outs and conditions inside a clause, "that"
 * complement lists and parentheticals.
 */
import type { Lexicon } from './lexicon';
import type { Span } from './types';

/**
 * Independent-clause boundaries. "but not limited to" is not one. ", and the Customer may keep a
 * copy" is: a comma, a conjunction and a subject of at most three words with a verb of its own.
 * So is a second predicate with a modal of its own ("shall retain logs for a year and shall make
 * them available on request"): its conditions qualify it, not the first duty; so is a negated
 * second predicate ("hosts the Customer on a shared platform and is not required to segregate"),
 * whose subject is the first clause's; so is a contracted subject and verb (", and we'll back it
 * up"). "shall implement and maintain" has one modal and stays one clause.
 */
export const CLAUSE_BREAK = /;|:(?=\s)|\s(?:but)\b(?!\s+not\s+limited)|,?\s+however,?\s|\swhereas\b|\s(?:and|or)\s+(?=\(?[a-z0-9]{1,4}\)\s)|,?\s+and\s+(?=(?:shall|will|must)\b|(?:is|are|does|do|has|have)\s+(?:not|no)\b)|,\s+(?:and|or)\s+(?=(?:(?!that\b|which\b|who\b)[\p{L}’'-]+\s+){1,3}(?:shall|must|will|may|might|can|could|should|is|are)\b|\p{L}+['’](?:ll|re)\s)/giu;
/**
 * Carve-outs and conditions inside a clause. A condition ("if …", "to the extent …", "in the
 * event that …") qualifies the duty like a carve-out: "to the extent the Audit Report does not
 * provide sufficient information" states when a right applies, it disclaims nothing. So does an
 * opening "Where …," or "When …,": "Where a file is not provided in time, the Provider shall back
 * it up the next day" disclaims nothing. "Insofar as" / "in so far as" is "to the extent" in other
 * words: "…, insofar as the plant network does not support a second factor" is a condition. The
 * opening words, and the "where" or "when" that is a condition only at the clause's start, are the
 * lexicon's (`carveOuts`).
 */

/** Clause spans of a sentence (relative offsets). */
export function clauseSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    if (m.index > start) spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (text.length > start) spans.push({ start, end: text.length });
  return spans.length ? spans : [{ start: 0, end: text.length }];
}

export interface CarveOut extends Span {
  /** The opening word, e.g. "except". */
  word: string;
  /** The carve-out opens the clause ("Except as provided in (b), the system shall …"). */
  leading: boolean;
  /** It removes an object ("except backups"), not a condition ("except as required by law"). */
  excludes: boolean;
}

/**
 * Carve-outs within a clause. One that opens the clause runs to its first comma; one set off by
 * a comma (", except as required by law,") runs to the next comma; otherwise to the clause end.
 */
export function carveOuts(text: string, clause: Span, lex: Lexicon): CarveOut[] {
  const out: CarveOut[] = [];
  const words = lex.carveOuts;
  const opener = words.opener;
  opener.lastIndex = clause.start;
  for (let m = opener.exec(text); m && m.index < clause.end; m = opener.exec(text)) {
    // "(i) to the extent …": an enumerator before the carve-out still makes it the clause's opening.
    const leading = text.slice(clause.start, m.index).replace(/^\s*\(?[a-z0-9]{1,4}[.)]/i, '').trim() === '';
    const parenthetical = /,\s*$/.test(text.slice(clause.start, m.index));
    if (!leading && words.leadingOnly.test(m[0])) continue;
    let end = clause.end;
    if (leading || parenthetical) {
      const comma = text.indexOf(',', m.index + m[0].length);
      if (comma !== -1 && comma < clause.end) end = comma;
    }
    const word = m[0].toLowerCase();
    const excludes = lex.exclusionWord.test(word) && !words.conditionAfter.test(text.slice(m.index + m[0].length, end));
    out.push({ start: m.index, end, word, leading, excludes });
    opener.lastIndex = Math.max(end, m.index + m[0].length);
  }
  return out;
}

/**
 * Where the verb of a clause is read: the clause without its carve-outs. "After acceptance, if
 * incidents are found, the Provider shall …": a condition set off after an opening phrase without
 * a verb (`hasVerb`) is skipped, and the duty after it is read.
 */
export function verbSpan(clause: Span, carves: CarveOut[], hasVerb: (from: number, to: number) => boolean): Span {
  const leading = carves.find((c) => c.leading);
  let start = leading ? leading.end : clause.start;
  let inner = carves.find((c) => !c.leading);
  if (inner && inner.end < clause.end && !hasVerb(start, inner.start)) {
    start = inner.end;
    inner = carves.find((c) => !c.leading && c.start >= start);
  }
  const end = inner?.start ?? clause.end;
  return { start, end: Math.max(start, end) };
}

export const THAT_CLAUSE = /^\s*(?:(?:and|or)\s+)?that\b/i;

/** A clause that is an item of an enumeration: "(c) defects will be corrected". */
export const ENUMERATED_CLAUSE = /^\s*\(?[a-z0-9]{1,4}\)\s/i;
/** "… does not warrant that (a) …": a "that" opening an enumeration of complements. */
export const THAT_ENUMERATION = /\bthat\s*(?=\(?(?:a|i|1)\)\s)/i;

/**
 * For a clause that continues a "…that …; that …" list, the clause that opens the list; for an
 * enumerated item ("…, or (c) defects will be corrected"), the words up to the "that" before "(a)".
 */
export function headOfComplementList(text: string, clauses: Span[], ci: number): Span | undefined {
  if (ci === 0) return undefined;
  if (ENUMERATED_CLAUSE.test(text.slice(clauses[ci]!.start, clauses[ci]!.end))) {
    for (let j = ci - 1; j >= 0; j--) {
      const c = clauses[j]!;
      const m = THAT_ENUMERATION.exec(text.slice(c.start, c.end));
      if (m) return { start: c.start, end: c.start + m.index + m[0].length };
    }
  }
  if (!THAT_CLAUSE.test(text.slice(clauses[ci]!.start, clauses[ci]!.end))) return undefined;
  let j = ci - 1;
  while (j > 0 && THAT_CLAUSE.test(text.slice(clauses[j]!.start, clauses[j]!.end))) j--;
  return /\bthat\b/i.test(text.slice(clauses[j]!.start, clauses[j]!.end)) ? clauses[j] : undefined;
}

/** The innermost "( … )" around `at` inside `clause`, if any. */
export function enclosingParenthesis(text: string, at: number, clause: Span): Span | undefined {
  let depth = 0;
  let open = -1;
  for (let i = at - 1; i >= clause.start; i--) {
    const c = text[i];
    if (c === ')') depth++;
    else if (c === '(') {
      if (depth === 0) {
        open = i;
        break;
      }
      depth--;
    }
  }
  if (open < 0) return undefined;
  const close = text.indexOf(')', at);
  if (close < 0 || close > clause.end) return undefined;
  // "(a)", "(ii)": enumerators are not parentheticals.
  if (close - open <= 5) return undefined;
  return { start: open + 1, end: close };
}

/**
 * A clause that opens with a bare modal ("shall make them available …") or another bare predicate
 * ("… hosts the Customer on a shared platform and is not required to …") after a cut at "and";
 * also when a time or order phrase stands before the modal ("… and on termination shall remove …",
 * "and thereafter shall", "on expiry of this Agreement, shall"), as long as no subject is the last
 * thing before it ("hereto, Customer shall", "on termination the customer shall").
 */
const BARE_PREDICATE = /^\s*(?:shall|will|must|is|are|does|do|has|have)\b/i;
/** Case-sensitive for the last word before the modal (a capital there is a name); the opening word in either case. */
const TIMED_BARE_MODAL = /^\s*(?:[Oo]n|[Uu]pon|[Aa]fter|[Ff]ollowing|[Bb]efore|[Ww]ithin|[Dd]uring|[Tt]hereafter|[Tt]hen|[Aa]lso|[Ii]n\s+addition)\b[^;:]{0,60}?(?:,\s+|\s(?<=\s\p{Ll}[\p{Ll}-]*\s)(?<!\b(?:the|each|either|any|every|no)\s+[\p{L}-]+\s))(?:shall|will|must)\b/u;
export const BARE_MODAL_OPENING = { test: (clause: string): boolean => BARE_PREDICATE.test(clause) || TIMED_BARE_MODAL.test(clause) };

/**
 * The clause whose subject a bare-modal clause shares: the nearest earlier clause that does not
 * itself open with a bare modal ("The Supplier shall A, and shall B and shall C": all the Supplier's).
 */
/**
 * The innermost "that" complement of a head clause when it names a subject of its own: in
 * "Company acknowledges that Contractor manages all customers … and is not required to …" the
 * bare predicate continues "Contractor manages …", not "Company acknowledges …".
 */
export function innermostComplement(text: string, head: Span, namesParty: (span: Span) => boolean): Span {
  const that = [...text.slice(head.start, head.end).matchAll(/\bthat\s+/gi)].pop();
  // "… so that a user of another client cannot reach the Department, and must …": a clause of
  // purpose says why; the bare predicate continues the head clause, not the purpose.
  if (!that || /\b(?:so|in\s+order)\s+$/i.test(text.slice(head.start, head.start + that.index!))) return head;
  const inner = { start: head.start + that.index! + that[0].length, end: head.end };
  return namesParty(inner) ? inner : head;
}

export function coordinatedHead(text: string, clauses: Span[], ci: number): Span | undefined {
  if (!BARE_MODAL_OPENING.test(text.slice(clauses[ci]!.start, clauses[ci]!.end))) return undefined;
  for (let j = ci - 1; j >= 0; j--) {
    const c = clauses[j]!;
    if (!BARE_MODAL_OPENING.test(text.slice(c.start, c.end))) return c;
  }
  return undefined;
}
