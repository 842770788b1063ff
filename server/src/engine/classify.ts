/**
 * How firmly does a sentence oblige whom? Reads one sentence that mentions a requirement's
 * concepts and classifies it as present, weak, negated, below-threshold or wrong-party.
 *
 * Scope matters. A sentence is cut into independent clauses (at ";", ": ", "but", "however",
 * "whereas"); only the clause that holds the concept is read, so "the Customer is not required to
 * X; the Provider shall keep MFA" keeps its MFA duty. Inside that clause, a carve-out ("except …",
 * "unless …", "provided that …") qualifies the clause: its hedges count, its negations do not,
 * and a concept that sits inside an exclusion ("all services except backups") is carved out.
 * A clause without a verb of its own ("(b) maintain backups") is governed by the clause before
 * it or by the outline sentence that introduces it ("the Contractor shall—").
 */
import { lexiconFor } from './catalog/lexicon-file';
import { clauseSpans } from './clauses';
import { clauseScope } from './clause-scope';
import { clauseSubject } from './clause-subject';
import { conceptSpans, overlapsConcept } from './clause-verbs';
import { decideReading } from './decision-ladder';
import type { HeadingLead } from './heading-lead-in';
import { CITED_CLAUSE_SUBJECT, narrowingReason, onlyConditionNarrowing, QUALIFIES_ANOTHER } from './narrowing';
import { REFUSED_ITEM_REASON, refusedItem } from './negated-item';
import { sideName, type Parties } from './parties';
import { scopeVerdict } from './scope-verdict';
import { namesOnlyOtherClauses, obligesNoOne } from './sentence-screen';
import type { Requirement, Role, Status } from './types';

export { clauseSpans };

export interface Classification {
  status: Exclude<Status, 'missing' | 'accepted'>;
  reason: string;
  cue?: { text: string; start: number; end: number };
  subject?: Role;
  /** The words read as the subject ("the Contractor", "Acme"). */
  subjectText?: string;
  /**
   * The sentence shares the requirement's words but is not about it: a cross-reference
   * ("Please refer to our Security page"), or the other party's own duty towards the obligated
   * party ("Customer will notify Provider of compromised passwords"). Not evidence at all.
   */
  unrelated?: boolean;
  /** An express disclaimer of the duty, or a qualification that narrows a clause. */
  express?: 'disclaimer' | 'narrowing';
  /**
   * What kind of sentence it is, when it is not a duty (a modal or responsibility verb binding a
   * party): a present-tense statement or description, or a permission ("may", "should", "can").
   */
  form?: 'statement' | 'permission';
}

/** The outline sentence that governs a verbless clause, e.g. "Supplier shall:" before a list. */
export interface LeadIn {
  text: string;
  /** Document offset of `text`. */
  start: number;
  /** A section's declaration that its statements are promises (promise-lead.ts), not an outline parent. */
  declared?: boolean;
  /** A "Deliverables" heading over the section: its imperative sentences instruct the provider. */
  deliverables?: boolean;
  /** A matrix key that binds the party marked in a row (mark-key.ts): the row is the marked provider's duty. */
  marked?: boolean;
  /** A heading that says what its bare items are ("Exclusions", "Customer responsibilities"). */
  heading?: HeadingLead;
}

/**
 * Classify the sentence `text` (masked source) for `req`. `conceptAt` is the offset (relative
 * to `text`) of the concept that made it evidence; `base` turns relative offsets into document
 * ones; `leadIn` is the outline sentence that governs a verbless sentence, if any.
 */
export function classifySentence(...args: Parameters<typeof classifyScoped>): Classification {
  const c = classifyScoped(...args);
  const [text, base, conceptAt, req] = args;
  if (c.express || c.unrelated) return c;
  const refused = c.status !== 'negated' && c.status !== 'wrong-party' ? refusedItem(text, args[5], conceptAt) : undefined;
  if (refused) return { ...c, status: 'negated', reason: REFUSED_ITEM_REASON, cue: { text: text.slice(refused.start, refused.end), start: base + refused.start, end: base + refused.end }, express: 'disclaimer' };
  // "Off-site backup: not provided", "Patching of desktops (Customer responsibility)": an item's verdict in a service description.
  const scope = c.status !== 'negated' && c.status !== 'wrong-party' ? scopeVerdict(text, conceptAt, lexiconFor(req).scope) : undefined;
  if (scope && (scope.kind === 'excluded' || req.party !== 'customer')) {
    const cue = { text: text.slice(scope.start, scope.end), start: base + scope.start, end: base + scope.end };
    if (scope.kind === 'excluded') return { ...c, status: 'negated', reason: `the service description leaves it out (“${cue.text}”)`, cue, express: 'disclaimer' };
    return { ...c, status: 'wrong-party', reason: `the service description gives it to ${sideName(args[4], 'customer')} (“${cue.text}”)`, cue, subject: 'customer' };
  }
  // "Notwithstanding clause 2.1, … only where possible": a later qualification of another clause.
  // "Clause 6.1 applies only where …", "Clause 6.1 does not apply to …": the cited clause as the
  // subject, read by its qualifying words alone (it has no modal of its own).
  const narrowing = lexiconFor(req).clauseNarrowing;
  const aboutClause = (c.status === 'present' || (c.status === 'weak' && !c.cue)) && CITED_CLAUSE_SUBJECT.test(text, narrowing);
  if ((c.status === 'weak' || c.status === 'below-threshold') && !aboutClause && QUALIFIES_ANOTHER.test(text, narrowing)) return { ...c, express: 'narrowing' };
  // "Clause 6.1 does not apply to systems the Customer hosts", "Clause 7.1 applies save that …": a
  // later qualification that takes part of the duty away (the words are the lexicon's `clauseNarrowing`).
  const notApply = (c.status === 'present' && QUALIFIES_ANOTHER.test(text, narrowing)) || aboutClause ? narrowing.doesNotApply.exec(text) : null;
  if (notApply) {
    const cue = { text: notApply[0], start: base + notApply.index, end: base + notApply.index + notApply[0].length };
    return { ...c, status: 'weak', reason: `the duty is narrowed: it does not apply to part of what it covered (“${notApply[0]} …”)`, cue, express: 'narrowing' };
  }
  // "…shall use MFA only where the system supports it", set off as a qualification: the duty holds only sometimes.
  const only = c.status === 'present' || aboutClause ? onlyConditionNarrowing(text, clauseSpans(text), conceptAt, (hit) => overlapsConcept(text, req, hit), lexiconFor(req).onlyConditions, narrowing) : undefined;
  if (only) {
    const cue = { text: text.slice(only.start, only.end), start: base + only.start, end: base + only.end };
    return { ...c, status: 'weak', reason: narrowingReason(cue.text, lexiconFor(req).onlyConditions), cue, express: 'narrowing' };
  }
  // "Clause 6.1 applies to all systems": about the cited clause, with no qualifying words, it restates it.
  if (aboutClause && c.status === 'weak') return { ...c, unrelated: true };
  return c;
}

/**
 * The sentence read in order, each step in a file of its own: the sentence kinds that oblige no one
 * (sentence-screen.ts), the clause and verb region of the concept (clause-scope.ts), its subject
 * (clause-subject.ts), and the decision ladder (decision-ladder.ts).
 */
function classifyScoped(
  text: string,
  base: number,
  conceptAt: number,
  req: Requirement,
  parties: Parties,
  leadIn?: LeadIn,
): Classification {
  const screened = obligesNoOne(text, conceptAt, req, parties);
  if (screened) return screened;
  const concepts = conceptSpans(text, req);
  const named = namesOnlyOtherClauses(text, base, concepts, req);
  if (named) return named;
  const where = clauseScope(text, base, conceptAt, req, parties, leadIn);
  if ('status' in where) return where;
  return decideReading(text, base, conceptAt, req, parties, leadIn, concepts, where, clauseSubject(text, req, parties, where));
}
