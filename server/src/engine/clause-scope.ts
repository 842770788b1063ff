/**
 * Where a sentence's duty is read (split from classify.ts): the clause that holds the concept, its
 * carve-outs, and the verb region that governs it: the clause without its carve-outs, a
 * parenthetical with its own verb, an earlier clause with a verb, or the outline sentence that
 * introduces a verbless item. A concept carved out, or a verbless item a heading or a list of
 * logged events explains, is read here already.
 */
import { mainVerbs } from './asides';
import { lexiconFor } from './catalog/lexicon-file';
import type { Classification, LeadIn } from './classify';
import { carveOuts, clauseSpans, enclosingParenthesis, headOfComplementList, verbSpan, type CarveOut } from './clauses';
import { conceptSpans, verbsIn } from './clause-verbs';
import { headingReading } from './heading-lead-in';
import type { Lexicon } from './lexicon';
import { LOGGED_ITEM, loggedItemOnly } from './logged-items';
import { QUALIFIES_ANOTHER } from './narrowing';
import type { Parties } from './parties';
import { declaredPromiseCovers } from './promise-lead';
import { checkedAbility, relativeAbility } from './sentence-kinds';
import type { Requirement, Role, Span } from './types';

export interface Region extends Span {
  /** The text this region indexes into, and its document offset. */
  text: string;
  base: number;
}

/** The clause a concept sits in and the verbs that govern it. */
export interface ClauseScope {
  lex: Lexicon;
  clauses: Span[];
  /** Index of the concept's clause in `clauses`. */
  ci: number;
  clause: Span;
  carves: CarveOut[];
  /** The concept's clause without its carve-outs. */
  main: Region;
  /** Where the governing verbs are: `main`, or a parenthetical, an earlier clause or the lead-in. */
  region: Region;
  verbs: ReturnType<typeof verbsIn>;
  obligated: Role | undefined;
}

/** The clause and verb region of the concept at `conceptAt`, or the reading when that already decides it. */
export function clauseScope(text: string, base: number, conceptAt: number, req: Requirement, parties: Parties, leadIn?: LeadIn): ClauseScope | Classification {
  const clauses = clauseSpans(text);
  const ci = Math.max(0, clauses.findIndex((c) => conceptAt >= c.start && conceptAt < c.end));
  const clause = clauses[ci]!;
  const lex = lexiconFor(req);
  const carves = carveOuts(text, clause, lex);
  const inCarve = carves.find((c) => conceptAt >= c.start && conceptAt < c.end);
  const obligated: Role | undefined = req.party === 'both' ? undefined : req.party;

  // "X does not warrant that …; that …; that defects will be corrected": a list of "that"
  // clauses takes its verb from the clause that opens the list.
  const complementHead = headOfComplementList(text, clauses, ci);
  if (complementHead) {
    const negation = verbsIn(text, complementHead.start, complementHead.end, req).find((v) => v.kind === 'negation');
    if (negation) {
      return { status: 'negated', reason: negation.reason ?? 'the obligation is expressly disclaimed', cue: { text: negation.term, start: base + negation.start, end: base + negation.end }, express: 'disclaimer' };
    }
  }
  // "all services except backups": the concept is what the carve-out removes.
  if (inCarve?.excludes) {
    const cue = { text: text.slice(inCarve.start, inCarve.start + inCarve.word.length), start: base + inCarve.start, end: base + inCarve.start + inCarve.word.length };
    return { status: 'negated', reason: `it is carved out of the obligation by “${cue.text}”`, cue, express: 'disclaimer' };
  }

  // The verb region: the clause without its carve-outs; else an earlier clause with a verb; else the lead-in.
  const main: Region = { text, base, ...verbSpan(clause, carves, (from, to) => verbsIn(text, from, to, req).length > 0) };
  let region: Region = main;
  // A modal inside an aside about a noun (", which may change from time to time,") or a relative
  // clause ("accounts that can access …") is not the duty's verb.
  let verbs = mainVerbs(text, verbsIn(text, main.start, main.end, req), conceptAt, lex.asides);
  verbs = verbs.filter((v) => !(v.kind === 'permissive' && (checkedAbility(text, v.start, lex.actReading) || relativeAbility(text, v.start)))); // "check that we can restore it", "suppliers whose staff can reach …"
  // A concept inside a parenthetical with its own verb is governed by it: "(some data may remain in backups)".
  const paren = enclosingParenthesis(text, conceptAt, clause);
  if (paren) {
    const inner = verbsIn(text, paren.start, paren.end, req);
    if (inner.length) {
      region = { text, base, start: paren.start, end: paren.end };
      verbs = inner;
    }
  }
  // A verb after the concept in a subordinate position still governs ("MFA, which the Provider shall enforce").
  if (verbs.length === 0) {
    for (let j = ci - 1; j >= 0 && verbs.length === 0; j--) {
      const c = clauses[j]!;
      const vs = verbsIn(text, c.start, c.end, req);
      if (vs.length) {
        region = { text, base, start: c.start, end: c.end };
        verbs = vs;
      }
    }
  }
  const declaredApplies = !leadIn?.declared || declaredPromiseCovers(text, parties, lex);
  if (verbs.length === 0 && leadIn && declaredApplies) {
    const lt = leadIn.text;
    const lastClause = clauseSpans(lt.replace(/[:—–-]+\s*$/, (m) => ' '.repeat(m.length))).pop()!;
    const vs = verbsIn(lt, lastClause.start, lastClause.end, req);
    if (vs.length) {
      region = { text: lt, base: leadIn.start, start: lastClause.start, end: lastClause.end };
      verbs = vs;
    }
  }
  // Not where the heading's own lead-in words are the requirement's ("Out of scope" for a description of scope).
  const key = leadIn?.heading?.keyword;
  // A sentence that qualifies a clause it cites ("… are outside SEC-06: …") speaks for itself, not as an item of the heading.
  const underHeading = verbs.length === 0 && leadIn?.heading && !QUALIFIES_ANOTHER.test(text, lex.clauseNarrowing) && !conceptSpans(leadIn.text, req).some((c) => c.start < key!.end && c.end > key!.start) ? headingReading(leadIn.heading, parties, obligated, lex.headingLeads) : undefined;
  if (underHeading) return underHeading;
  // An item under "The following events must be logged:" names what is logged, not a duty to do it.
  if (region.text !== text && leadIn && loggedItemOnly(leadIn.text, req)) return { status: 'weak', reason: LOGGED_ITEM, unrelated: true };
  return { lex, clauses, ci, clause, carves, main, region, verbs, obligated };
}
