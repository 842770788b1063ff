/**
 * The decision ladder (split from classify.ts): with the clause, its verbs and its subject known,
 * the first rung that applies decides. 0 a payment or the other party's failure; 1 a negation, a
 * negated act, a carve-out that disclaims part; 2 the duty pushed onto or owed by the other party,
 * or a right of it; 3 hedges; 4 permissive modals; 5 the act given to the customer, thresholds;
 * 6 no modal at all.
 */
import { inAsideOnly, qualifiesAnotherAct } from './asides';
import { lexiconFor } from './catalog/lexicon-file';
import type { Classification, LeadIn } from './classify';
import type { ClauseScope, Region } from './clause-scope';
import type { ClauseSubject } from './clause-subject';
import { conceptSpans, disclaims, overlapsConcept, verbsIn, weakenHits } from './clause-verbs';
import { customerAllocation } from './allocated-holder';
import { OTHER_PARTYS_FAILURE, otherPartysFailure } from './failure-of';
import { customerActOf, namedProviderAct } from './named-customer-act';
import { negatedConcept } from './negated-concept';
import { documentNames, sideName, type Parties } from './parties';
import { openingCondition } from './opening-condition';
import { opensWithInstruction } from './promise-lead';
import { disclaimsRemovalOnly } from './removal-disclaimer';
import { presentRequirement } from './present-requirement';
import { restrictsByOnly } from './restricted-permission';
import { withholdsOnlySome } from './restricted-disclaimer';
import { actAfter, beforeSubordinate, FIRST_PERSON_SUBJECT } from './sentence-kinds';
import { addressedTo, mentionsOnly, namesParty, other, partyMentions, providerDeclinesAfter, responsibilityHolder } from './subjects';
import { scanOf, type TermHit } from './terms';
import type { TextScan } from './text-scan';
import { checkThresholds } from './thresholds-check';
import type { Requirement, Role, Span } from './types';

/** The reading of the concept at `conceptAt` by the first rung of the ladder that applies. */
export function decideReading(text: string, base: number, conceptAt: number, req: Requirement, parties: Parties, leadIn: LeadIn | undefined, concepts: Span[], where: ClauseScope, whose: ClauseSubject): Classification {
  const { lex, clauses, clause, carves, main, region, verbs, obligated } = where;
  const { mentions, verb, who, subject, withSubject, otherParty } = whose;
  const kinds = lexiconFor(req).sentenceKinds;
  const cueAt = (r: Region, h: TermHit): { text: string; start: number; end: number } => ({ text: h.term, start: r.base + h.start, end: r.base + h.end });
  const partyName = (r: Role): string => sideName(parties, r);

  // Cue regions: the concept clause (with its carve-outs) plus the governing region when it is another one.
  const cueRegions: Region[] = [{ text, base, start: clause.start, end: clause.end }];
  // A lead-in's opening condition ("Where storage permits, logs will be kept for …:") qualifies
  // all it introduces, so its cues are read from the whole lead-in sentence.
  if (region.text !== text) cueRegions.push({ ...region, start: 0, end: region.text.length });
  else if (region.start !== main.start) cueRegions.push(region);
  // "Where feasible, the Provider may forward … and will review …": the opening condition reaches every later predicate.
  const opener = openingCondition(text, clause.start);
  if (opener && !cueRegions.some((r) => r.text === text && r.start <= opener.start && r.end >= opener.end)) cueRegions.push({ text, base, ...opener });
  const scanned = cueRegions.map((r) => ({ r, slice: r.text.slice(r.start, r.end), scan: scanOf(r.text.slice(r.start, r.end)) }));
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
  if (otherPartysFailure(text, req, parties, obligated, lex.partyFailures)) return { status: 'weak', reason: OTHER_PARTYS_FAILURE, unrelated: true };
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
    const oversight = verb.kind !== 'sole' && kinds.oversight.test(actAfter(region.text, verb.end, region.end)) && namesParty(beforeSubordinate(region.text.slice(verb.end, region.end), lex.actReading), parties, 'provider') && !providerDeclinesAfter(region.text, verb.end, parties);
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
    if (leadIn?.marked && opensWithInstruction(text, lex)) return { status: 'present', reason: `an activity the responsibility table marks for the provider, whose key says “${leadIn.text}”`, ...withSubject };
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
    if (lex.partStatements.contractPartStates.test(scope)) {
      return { status: 'present', reason: 'set out by the agreement itself', ...withSubject };
    }
    // Standards and policies state requirements in the present tense ("backups are tested");
    // a provider that speaks as "we" uses it to report its practice ("our backups are encrypted");
    // a customer writing as "we" reports no practice of the provider's (customer-voice.ts).
    const firstPersonVoice = parties.names.some((n) => n.term === 'We' && n.role === 'provider');
    if (firstPersonVoice && (FIRST_PERSON_SUBJECT.test(scope) || lex.presentPassive.test(scope))) {
      return { status: 'weak', reason: 'it describes what the provider does today; it does not promise to keep doing it', ...withSubject };
    }
    if (lex.presentPassive.test(scope)) {
      return { status: 'present', reason: 'stated as a requirement in the present tense', ...withSubject };
    }
    const requires = !firstPersonVoice ? presentRequirement(text, clause, req, parties, lex.presentRequirement) : undefined;
    if (requires) return { status: 'present', reason: `“${requires}”: a requirement stated in the present tense by what needs the measure`, ...withSubject };
    const providerAct = parties.dutiesInPresent && !firstPersonVoice && obligated !== 'customer' ? namedProviderAct(text, clause, parties) : undefined;
    if (providerAct) return { status: 'present', reason: `“${providerAct}”: the provider's act stated in the present tense binds it, as technical clauses write duties`, ...withSubject };
    return { status: 'weak', reason: 'it describes the practice but does not oblige anyone to keep it', ...withSubject };
  }
  return { status: 'present', reason: rightOfOtherParty ? `a right of ${partyName(subject!)}` : 'a binding obligation', ...withSubject };
}
