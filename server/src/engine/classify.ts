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
import { inAsideOnly, mainVerbs, qualifiesAnotherAct } from './asides';
import { lexiconFor } from './catalog/lexicon-file';
import { carveOuts, clauseSpans, coordinatedHead, enclosingParenthesis, headOfComplementList, innermostComplement, verbSpan } from './clauses';
import { documentNames, sideName, type Parties } from './parties';
import { DEFINITIONS_LEAD } from './definition-parts';
import { actAfter, beforeSubordinate, checkedAbility, relativeAbility, citedTitles, CONTRACT_PART_STATES, DEFINED_BY_REFERENCE, DEFINED_TERM_ONLY, DEFINITION, DEFINITION_BODY, definitionBinds, isTitleList, FIRST_PERSON_SUBJECT, keepsOwnDuty, PRESENT_PASSIVE, routingOnly, scopeOnly } from './sentence-kinds';
import { AFTER_PREPOSITION, addressedTo, mentionsOnly, namesParty, other, partyMentions, pronounSubject, providerDeclinesAfter, responsibilityHolder, subjectOf } from './subjects';
import { checkThresholds } from './thresholds-check';
import { CITED_CLAUSE_SUBJECT, DOES_NOT_APPLY, narrowingReason, onlyConditionNarrowing, QUALIFIES_ANOTHER } from './narrowing';
import { restrictsByOnly } from './restricted-permission';
import type { TermHit } from './terms';
import { TextScan } from './text-scan';
import { negatedConcept } from './negated-concept';
import { REFUSED_ITEM_REASON, refusedItem } from './negated-item';
import { scopeVerdict } from './scope-verdict';
import { customerActOf } from './named-customer-act';
import { customerAllocation } from './allocated-holder';
import { headingReading, type HeadingLead } from './heading-lead-in';
import { REPORT_REASON, reportedOnly } from './report-contents';
import { disclaimsRemovalOnly } from './removal-disclaimer';
import { withholdsOnlySome } from './restricted-disclaimer';
import { declaredPromiseCovers, opensWithInstruction } from './promise-lead';
import { OTHER_PARTYS_FAILURE, otherPartysFailure } from './failure-of';
import { LOGGED_ITEM, loggedItemOnly } from './logged-items';
import { disappliedClauses } from './disapplied-clause';
import { conceptSpans, disclaims, narrowsDefinedEvent, overlapsConcept, verbsIn, weakenHits } from './clause-verbs';
import type { Requirement, Role, Span, Status } from './types';

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
  /** A heading that says what its bare items are ("Exclusions", "Customer responsibilities"). */
  heading?: HeadingLead;
}

interface Region extends Span {
  /** The text this region indexes into, and its document offset. */
  text: string;
  base: number;
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
  const aboutClause = (c.status === 'present' || (c.status === 'weak' && !c.cue)) && CITED_CLAUSE_SUBJECT.test(text);
  if ((c.status === 'weak' || c.status === 'below-threshold') && !aboutClause && QUALIFIES_ANOTHER.test(text)) return { ...c, express: 'narrowing' };
  // "Clause 6.1 does not apply to systems the Customer hosts": a later qualification that takes part of the duty away.
  const notApply = (c.status === 'present' && QUALIFIES_ANOTHER.test(text)) || aboutClause ? DOES_NOT_APPLY.exec(text) : null;
  if (notApply) {
    const cue = { text: notApply[0], start: base + notApply.index, end: base + notApply.index + notApply[0].length };
    return { ...c, status: 'weak', reason: `the duty is narrowed: it does not apply to part of what it covered (“${notApply[0]} …”)`, cue, express: 'narrowing' };
  }
  // "…shall use MFA only where the system supports it", set off as a qualification: the duty holds only sometimes.
  const only = c.status === 'present' || aboutClause ? onlyConditionNarrowing(text, clauseSpans(text), conceptAt, (hit) => overlapsConcept(text, req, hit)) : undefined;
  if (only) {
    const cue = { text: text.slice(only.start, only.end), start: base + only.start, end: base + only.end };
    return { ...c, status: 'weak', reason: narrowingReason(cue.text), cue, express: 'narrowing' };
  }
  // "Clause 6.1 applies to all systems": about the cited clause, with no qualifying words, it restates it.
  if (aboutClause && c.status === 'weak') return { ...c, unrelated: true };
  return c;
}

function classifyScoped(
  text: string,
  base: number,
  conceptAt: number,
  req: Requirement,
  parties: Parties,
  leadIn?: LeadIn,
): Classification {
  const kinds = lexiconFor(req).sentenceKinds;
  if (kinds.serviceCreditRelief.test(text)) return { status: 'weak', reason: 'relief from service credits: it lists causes that excuse a miss and obliges no one to do them', unrelated: true };
  if (reportedOnly(text, conceptAt, req)) return { status: 'weak', reason: REPORT_REASON };
  if (kinds.crossReference.test(text)) {
    return { status: 'weak', reason: 'a cross-reference to another document, not a term of this one', unrelated: true };
  }
  if (routingOnly(text, kinds)) return { status: 'weak', reason: 'it says which clause handles the matter, and binds no one to it', unrelated: true };
  if (scopeOnly(text, kinds)) return { status: 'weak', reason: 'it says what the clause covers, and binds no one', unrelated: true };
  if (keepsOwnDuty(text, kinds)) return { status: 'weak', reason: "a savings clause: it keeps a party's own duty and imposes none", unrelated: true };
  if (((DEFINITION.test(text) || DEFINITION_BODY.test(text)) && !definitionBinds(text, parties)) || DEFINED_TERM_ONLY.test(text) || DEFINITIONS_LEAD.test(text) || DEFINED_BY_REFERENCE.test(text) || kinds.countsAs.test(text)) {
    return { status: 'weak', reason: 'a definition, which obliges no one', unrelated: true };
  }
  if (narrowsDefinedEvent(text, conceptAt, req)) {
    return { status: 'weak', reason: 'a definition of an event, narrowed; it obliges no one', unrelated: true };
  }
  if (isTitleList(text)) {
    return { status: 'weak', reason: 'a list of clause titles, which obliges no one', unrelated: true };
  }
  const concepts = conceptSpans(text, req);
  // "Sub-Clause 22.10 (Separation from Other Customers) is deleted": the measure its caption names is disclaimed.
  const deleted = concepts.length ? disappliedClauses(text, lexiconFor(req).clauseDisapplied) : undefined;
  if (deleted && concepts.every((c) => deleted.captions.some((t) => c.start >= t.start && c.end <= t.end))) {
    const cue = { text: deleted.cue.text, start: base + deleted.cue.start, end: base + deleted.cue.end };
    return { status: 'negated', reason: `the clause whose caption names it is deleted or disapplied (“${cue.text}”)`, cue, express: 'disclaimer' };
  }
  const titles = citedTitles(text);
  if (concepts.length && titles.length && concepts.every((c) => titles.some((t) => c.start >= t.start && c.end <= t.end))) {
    return { status: 'weak', reason: 'it only names the title of another clause it refers to', unrelated: true };
  }
  const clauses = clauseSpans(text);
  const ci = Math.max(0, clauses.findIndex((c) => conceptAt >= c.start && conceptAt < c.end));
  const clause = clauses[ci]!;
  const lex = lexiconFor(req);
  const carves = carveOuts(text, clause, lex);
  const inCarve = carves.find((c) => conceptAt >= c.start && conceptAt < c.end);
  const cueAt = (r: Region, h: TermHit): { text: string; start: number; end: number } => ({ text: h.term, start: r.base + h.start, end: r.base + h.end });
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
  verbs = verbs.filter((v) => !(v.kind === 'permissive' && (checkedAbility(text, v.start) || relativeAbility(text, v.start)))); // "check that we can restore it", "suppliers whose staff can reach …"
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
  const declaredApplies = !leadIn?.declared || declaredPromiseCovers(text, parties);
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
  const underHeading = verbs.length === 0 && leadIn?.heading && !QUALIFIES_ANOTHER.test(text) && !conceptSpans(leadIn.text, req).some((c) => c.start < key!.end && c.end > key!.start) ? headingReading(leadIn.heading, parties, obligated) : undefined;
  if (underHeading) return underHeading;
  // An item under "The following events must be logged:" names what is logged, not a duty to do it.
  if (region.text !== text && leadIn && loggedItemOnly(leadIn.text, req)) return { status: 'weak', reason: LOGGED_ITEM, unrelated: true };
  const mentions = partyMentions(region.text, parties, region.start, region.end);
  const verb = verbs[0];
  // "The Supplier shall retain logs and shall make them available": the second predicate's subject is the first's.
  const coordinated = region === main ? coordinatedHead(text, clauses, ci) : undefined;
  // The "that" clause carries its subject only if it names a party outside a prepositional phrase:
  // "shall ensure that separation prevents harm to the data of the Purchaser, and shall …" stays the
  // head's. An agent ("as provided by the Supplier") is the actor of its clause and still counts.
  const namesSubject = (s: Span): boolean => partyMentions(text, parties, s.start, s.end).some((m) => {
    const before = text.slice(Math.max(s.start, m.start - 24), m.start);
    return !AFTER_PREPOSITION.test(before) || /\bby\s+(?:the\s+)?$/i.test(before);
  });
  const head = coordinated && innermostComplement(text, coordinated, namesSubject);
  const subjectFrom = head ? { mentions: partyMentions(text, parties, head.start, head.end), verb: verbsIn(text, head.start, head.end, req)[0], start: head.start } : { mentions, verb, start: region.start };
  const pronoun = region === main && !head ? pronounSubject(text, clause, parties) : undefined; // "…: it does not …" (pronoun-subject.ts)
  const who = pronoun?.role ?? subjectOf(region.text, subjectFrom.mentions, subjectFrom.verb, subjectFrom.start, parties);
  const subject: Role | undefined = who === 'both' ? undefined : who;
  // The words read as the subject, for the explanation ("read “the Contractor” as the provider").
  const subjectMention = who ? [...subjectFrom.mentions].reverse().find((m) => m.role === who && (!subjectFrom.verb || m.end <= subjectFrom.verb.start)) ?? subjectFrom.mentions.find((m) => m.role === who) : undefined;
  const subjectText = pronoun?.pronoun ?? (subjectMention ? region.text.slice(subjectMention.start, subjectMention.end) : undefined);
  // What kind of sentence it is travels with every reading below: no verb, a statement; "may", a permission.
  const form: Classification['form'] = !verb ? 'statement' : verb.kind === 'permissive' ? 'permission' : undefined;
  const withSubject = { ...(subject ? { subject, ...(subjectText ? { subjectText } : {}) } : who === 'both' && subjectText ? { subjectText } : {}), ...(form ? { form } : {}) };
  const otherParty = obligated !== undefined && subject === other(obligated);
  const partyName = (r: Role): string => sideName(parties, r);

  // Cue regions: the concept clause (with its carve-outs) plus the governing region when it is another one.
  const cueRegions: Region[] = [{ text, base, start: clause.start, end: clause.end }];
  // A lead-in's opening condition ("Where storage permits, logs will be kept for …:") qualifies
  // all it introduces, so its cues are read from the whole lead-in sentence.
  if (region.text !== text) cueRegions.push({ ...region, start: 0, end: region.text.length });
  else if (region.start !== main.start) cueRegions.push(region);
  const scanned = cueRegions.map((r) => ({ r, slice: r.text.slice(r.start, r.end), scan: new TextScan(r.text.slice(r.start, r.end).toLowerCase()) }));
  const firstHit = (find: (s: string, scan: TextScan) => TermHit[], global = true): { region: Region; hit: TermHit } | undefined => {
    for (const { r, slice, scan } of scanned) {
      for (const h of find(slice, scan)) {
        const hit = { ...h, start: h.start + r.start, end: h.end + r.start };
        // A global cue inside the requirement's own concept words is the concept ("optional", "out of scope").
        if (global && overlapsConcept(r.text, req, hit)) continue;
        if (global && r.text === text && (inAsideOnly(text, hit, conceptAt, lex.asides) || qualifiesAnotherAct(text, hit, conceptAt, lex.asides))) continue; // "the plan, as amended from time to time", "logs … made available on request"
        return { region: r, hit };
      }
    }
    return undefined;
  };

  // 0. "The Customer shall pay the backup fees", "the Provider will invoice the monitoring
  //    charges": the act is a payment; the concept only names what is paid for.
  if (verb && (verb.kind === 'binding' || verb.kind === 'responsibility') && kinds.payment.test(actAfter(region.text, verb.end, region.end))) {
    return { status: 'weak', reason: 'a payment term: it is about paying for this, not doing it', unrelated: true, ...withSubject };
  }
  // 0b. "… support required following the Customer's failure to back up": the other party's failure, not the duty.
  if (otherPartysFailure(text, req, parties, obligated)) return { status: 'weak', reason: OTHER_PARTYS_FAILURE, unrelated: true };
  // 1. Negation: disclaimed or excluded. Only the verb region counts, so a carve-out's "not
  //    required" does not negate the obligation it qualifies.
  const negation = verbs.find((v) => v.kind === 'negation');
  // "The Customer is solely responsible for X, and the Provider does not do X": the move decides (2).
  if (negation && !(otherParty && verbs.some((v) => v.kind === 'sole'))) {
    if (disclaimsRemovalOnly(text, region, negation, conceptAt, req)) {
      return { status: 'weak', reason: 'it disclaims deleting it, which is no disclaimer of keeping it', unrelated: true, ...withSubject };
    }
    if (withholdsOnlySome(text, region, negation, lex)) {
      return { status: 'weak', reason: 'it holds back only the material a ground for withholding covers: a limit on the duty, not a disclaimer of it', cue: cueAt(region, negation), ...withSubject };
    }
    if (otherParty) {
      return { status: 'weak', reason: `it only says what ${partyName(subject!)} need not do; nothing obliges ${partyName(obligated!)}`, cue: cueAt(region, negation), ...withSubject };
    }
    // Any of the requirement's words in the clause may be what is disclaimed: "the Services exclude
    // daily backup" (the first concept, "Services", is part of the disclaimer itself).
    // "is not required to back up any data other than the Customer Data": an exception to the
    // disclaimer keeps the duty for what it excepts, so the clause narrows the duty, as 1c does.
    // A parenthetical "(excluding …)" only qualifies a noun of what is disclaimed.
    const kept = carves.find((c) => !c.leading && c.excludes && c.start > negation.end && conceptAt < c.start && !/\(\s*$/.test(text.slice(Math.max(0, c.start - 8), c.start)));
    if (kept && region === main) {
      const word = text.slice(kept.start, kept.start + kept.word.length);
      return { status: 'weak', reason: `the disclaimer keeps the duty for what “${word} …” excepts, so it narrows the duty`, cue: cueAt(region, negation), ...withSubject, express: 'narrowing' };
    }
    const disclaimed = disclaims(text, negation, conceptAt) || concepts.some((c) => c.start >= region.start && c.end <= region.end && (c.end <= negation.start || c.start >= negation.end) && disclaims(text, negation, c.start));
    const express = negation.decisive && region.text === text && disclaimed ? { express: 'disclaimer' as const } : {};
    return { status: 'negated', reason: negation.reason ?? 'the obligation is expressly disclaimed', cue: cueAt(region, negation), ...withSubject, ...express };
  }
  // 1b. "The Contractor does not patch Client systems": a negated verb that is the concept itself.
  //     Also a negated passive ("is not backed up") and "no X is required" / "has no X obligations".
  const notDone = negatedConcept(text, conceptSpans(text, req), main, lex.negatedConcept);
  if (notDone && !otherParty) {
    const at = notDone.start;
    return { status: 'negated', reason: 'it says the provider side does not do it', cue: { text: text.slice(at, notDone.end), start: base + at, end: base + notDone.end }, ...withSubject, express: 'disclaimer' };
  }
  // 1c. "…, save that it shall have no obligation to back up end-user devices": a carve-out
  //     that disclaims part of the duty narrows it, also when the duty's words are only in the
  //     carve-out ("Section 5.7 applies save that … no obligation to back up …").
  for (const c of carves) {
    if (c.leading) continue;
    const narrowing = verbsIn(text, c.start, c.end, req).find((v) => v.kind === 'negation') ?? lex.negations.flatMap((n) => n.set.find(text.slice(c.start, c.end), c.start))[0];
    if (narrowing) {
      return { status: 'weak', reason: `the duty is narrowed by “${text.slice(c.start, c.start + c.word.length)} … ${narrowing.term}”`, cue: { text: narrowing.term, start: base + narrowing.start, end: base + narrowing.end }, ...withSubject, express: 'narrowing' };
    }
  }
  // 2. Pushed onto the other party. "It is the Customer's sole responsibility", "your responsibility" and "the
  //    responsibility of the Customer" name their holder; a duty of both sides so given the customer leaves the provider.
  const soleVerb = verbs.find((v) => v.kind === 'sole');
  const holder = soleVerb ? responsibilityHolder(region.text, soleVerb, parties) : undefined;
  if (soleVerb && (obligated ? holder === other(obligated) || (holder === undefined && (otherParty || (subject === undefined && mentionsOnly(mentions, other(obligated))))) : holder === 'customer')) {
    return { status: 'negated', reason: `the duty is pushed onto ${partyName(other(obligated ?? 'provider'))} as its own responsibility`, cue: cueAt(region, soleVerb), subject: other(obligated ?? 'provider') };
  }
  if (obligated && otherParty && verb && (verb.kind === 'binding' || verb.kind === 'responsibility')) {
    // "Customer will notify Provider …": the other party's duty owed *to* the obligated party is
    // a different duty, not this one moved.
    const owedTo = addressedTo(region.text, partyMentions(region.text, parties, verb.end, region.end), verb.end, obligated);
    if (owedTo) return { status: 'weak', reason: `a duty of ${partyName(subject!)} towards ${partyName(obligated)}, not this requirement`, unrelated: true, ...withSubject };
    return {
      status: 'wrong-party',
      reason: `it is put on ${partyName(subject!)}, but AA22-131A expects ${partyName(obligated)} to owe it`,
      cue: cueAt(region, verb),
      ...withSubject,
    };
  }
  // 2a. A duty the advisory puts on both parties that the document gives the customer alone, about
  //     its own affairs ("The Customer shall have its own controls audited each year"), commits
  //     the provider side to nothing: read as put on the wrong party. A clause that names the
  //     provider beside the customer ("The Provider and the Customer shall each …") or whose act
  //     is oversight of it ("The Customer shall audit the Provider's controls") stays; a provider
  //     name inside the object ("shall disable all Provider accounts") commits the provider to nothing.
  //     The customer's *sole* responsibility is its own work, never oversight of the provider.
  if (req.party === 'both' && who === 'customer' && verb && (verb.kind === 'binding' || verb.kind === 'responsibility' || verb.kind === 'sole')) {
    const beside = namesParty(region.text.slice(region.start, verb.start), parties, 'provider');
    const oversight = verb.kind !== 'sole' && kinds.oversight.test(actAfter(region.text, verb.end, region.end)) && namesParty(beforeSubordinate(region.text.slice(verb.end, region.end)), parties, 'provider') && !providerDeclinesAfter(region.text, verb.end, parties);
    if (!beside && !oversight) {
      return { status: 'wrong-party', reason: `only ${sideName(parties, 'customer')} takes it on; AA22-131A expects ${sideName(parties, 'provider')} to share it`, cue: cueAt(region, verb), ...withSubject };
    }
  }
  // 2b. A permission of the other party is evidence when it is a right to require, check or
  //     receive something of the obligated party ("the Customer may audit the Provider"). Leave
  //     to do the thing itself ("the Licensee may make one backup copy") obliges the obligated
  //     party to nothing; leave to switch a feature on ("you may enable MFA") says it exists.
  const capabilityOnly = verb?.kind === 'permissive' && /^(?:can|could)$/i.test(verb.term);
  if (verb?.kind === 'permissive' && otherParty && !capabilityOnly) {
    const act = actAfter(region.text, verb.end, region.end);
    if (lexiconFor(req).actVerbs.featureUse.test(act)) {
      return { status: 'weak', reason: `it says what ${partyName(subject!)} may switch on; nothing obliges ${partyName(obligated!)}`, cue: cueAt(region, verb), ...withSubject };
    }
    if (!kinds.oversight.test(act)) {
      return { status: 'weak', reason: `it lets ${partyName(subject!)} do it itself; nothing obliges ${partyName(obligated!)}`, unrelated: true, ...withSubject };
    }
    // The right must bear on the concept: "may audit … in connection with a Security Incident"
    // (the concept in a clause of its own) gives the Customer a right but no incident duty.
    if (region !== main || conceptAt < verb.end) {
      return { status: 'weak', reason: `a right of ${partyName(subject!)}, which does not itself oblige ${partyName(obligated!)} to this`, cue: cueAt(region, verb), ...withSubject };
    }
  }
  // 3. Requirement-specific and global hedges (carve-outs included: "unless otherwise agreed").
  const weakened = firstHit((s, scan) => weakenHits(req, s, scan, text).filter((h) => req.weaken[h.index]!.status !== 'negated'), false);
  if (weakened) {
    const cue = req.weaken[weakened.hit.index]!;
    return { status: cue.status, reason: cue.reason, cue: cueAt(weakened.region, weakened.hit), ...withSubject };
  }
  const docNames = documentNames(parties);
  for (const h of lex.hedges) {
    const set = h.set.withNames?.(docNames) ?? h.set;
    const found = firstHit((s, scan) => set.find(s, 0, scan));
    // "shall provide access … when requested": an audit or access right is exercised on request.
    if (found && h.exceptActs && cueRegions.some((r) => h.exceptActs!.test(r.text.slice(r.start, r.end)))) continue;
    if (found) return { status: 'weak', reason: h.reason, cue: cueAt(found.region, found.hit), ...withSubject };
  }
  // 4. Permissive modals weaken only the obligated party's duty; "the Customer may audit" is a
  //    right. "The Customer can enable MFA" is only a capability.
  const rightOfOtherParty = verb?.kind === 'permissive' && otherParty && !capabilityOnly;
  if (verb?.kind === 'permissive' && otherParty && capabilityOnly) {
    return { status: 'weak', reason: `it says what ${partyName(subject!)} can do; nothing obliges ${partyName(obligated!)}`, cue: cueAt(region, verb), ...withSubject };
  }
  if (verb?.kind === 'permissive' && !rightOfOtherParty && !(region.text === text && concepts.some((c) => restrictsByOnly(text, verb.end, clause.end, c.start)))) {
    return { status: 'weak', reason: `“${verb.term}” is permissive, not a duty`, cue: cueAt(region, verb), ...withSubject };
  }
  // 5. No modal and the act given to the customer ("You install updates", "logs are kept by the Customer"), whatever period it names.
  //    With a modal and no party as subject, an allocation word names the holder ("… shall rest with the Client").
  // A verbless item bound by its lead-in ("shall perform every item in section 3") whose own words give the
  // act to the customer ("Backup monitoring: the Client backs up its servers") is the customer's item.
  const itemAct = obligated !== 'customer' && region.text !== text ? clauses.map((c) => customerActOf(text, c, parties, lex)).find(Boolean) : undefined;
  const youAct = obligated === 'customer' ? undefined : itemAct ?? (!verb ? customerActOf(text, clause, parties, lex) : verb.kind === 'binding' && who === undefined ? customerAllocation(text, clause, parties, lex) : undefined);
  if (youAct) return { status: 'wrong-party', reason: `“${youAct.act}”: ${youAct.allocated ? `the allocation gives the act to “${youAct.who}”, the customer side` : `said in the present tense of “${youAct.who}”, the act is given to the customer`}; AA22-131A expects the provider to ${obligated ? 'owe' : 'share'} it`, subject: 'customer', subjectText: youAct.who };
  // 5b. Thresholds (e.g. log retention of at least six months).
  const threshold = checkThresholds(text, base, clause, req);
  if (threshold) return { ...threshold, ...withSubject };
  // 6. No modal at all: a description, a capability, or a requirement stated in the present tense.
  if (!verb) {
    if (leadIn?.deliverables && opensWithInstruction(text, lex)) return { status: 'present', reason: `an instruction listed under “${leadIn.text}”: a deliverable owed`, ...withSubject };
    // "We offer two-factor authentication, but your account's security is up to you": a
    // description followed by a disclaimer in the same sentence is a disclaimer.
    if (obligated) {
      const pushed = lex.sole.find(text).find((h) => !overlapsConcept(text, req, h));
      if (pushed && partyMentions(text, parties, 0, text.length).some((m) => m.role === other(obligated))) {
        return { status: 'negated', reason: `the duty is left to ${partyName(other(obligated))}`, cue: { text: pushed.term, start: base + pushed.start, end: base + pushed.end }, subject: other(obligated) };
      }
    }
    const cap = firstHit((s, scan) => lex.capability.find(s, 0, scan));
    if (cap) return { status: 'weak', reason: 'it states a capability, not a duty to use it', cue: cueAt(cap.region, cap.hit), ...withSubject };
    const scope = text.slice(clause.start, clause.end);
    // "Schedule 2 lists the security services …": what the agreement's own parts set out is a
    // term of the agreement.
    if (CONTRACT_PART_STATES.test(scope)) {
      return { status: 'present', reason: 'set out by the agreement itself', ...withSubject };
    }
    // Standards and policies state requirements in the present tense ("backups are tested");
    // a provider that speaks as "we" uses it to report its practice ("our backups are encrypted").
    const firstPersonVoice = parties.names.some((n) => n.term === 'We');
    if (firstPersonVoice && (FIRST_PERSON_SUBJECT.test(scope) || PRESENT_PASSIVE.test(scope))) {
      return { status: 'weak', reason: 'it describes what the provider does today; it does not promise to keep doing it', ...withSubject };
    }
    if (PRESENT_PASSIVE.test(scope)) {
      return { status: 'present', reason: 'stated as a requirement in the present tense', ...withSubject };
    }
    return { status: 'weak', reason: 'it describes the practice but does not oblige anyone to keep it', ...withSubject };
  }
  return { status: 'present', reason: rightOfOtherParty ? `a right of ${partyName(subject!)}` : 'a binding obligation', ...withSubject };
}


