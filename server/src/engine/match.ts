/**
 * Requirement matching: find the sentences that evidence each requirement, classify each, and
 * keep the best as the requirement's status.
 *
 * A sentence is evidence when every concept group of the requirement is hit by the sentence or
 * by the words that head it (section headings, the unit's caption, captions and lead-ins of its
 * outline parents), and at least one group by the sentence itself. So "(c) Cyber incident
 * reporting. … (ii) Rapidly report cyber incidents to DoD" and "2.3 Multifactor Authentication.
 * MFA must be used for …" are read with their headings.
 */
import { lexiconFor } from './catalog/lexicon-file';
import { classifyWithLaterClauses, clauseSpans } from './later-clause';
import { knownConceptSpans, verbsIn } from './clause-verbs';
import type { LeadIn } from './classify';
import { controlMentions } from './control-mentions';
import { topicAliases } from './defined-terms';
import { FRAMEWORK_NAMES } from './controls';
import type { ClauseUnit, ParsedDocument } from './parse';
import { groupsOfClause } from './cited-clause';
import { isInventoryEntry } from './inventory';
import { definitionItems, itemBinds } from './definition-parts';
import type { Parties } from './parties';
import { termSet, type TermHit, type TermSet } from './terms';
import type { TextScan } from './text-scan';
import { genericActs, HeadingHits, mayBeSatisfied } from './heading-hits';
import { actOnlyLent } from './lent-act';
import { headingBacking } from './heading-backing';
import { headingThreshold } from './thresholds-check';
import { partyWordGroups } from './party-word-terms';
import { outsidePartyAndEntityNames } from './subcontract-parties';
import { allocatedRow, providerMarked } from './table-rows';
import { shapeReading } from './shape-reading';
import { boundStatement, storyOf } from './binding-description';
import { onlyRegisterItems } from './register-items';
import { mayDisclaimTopic, topicDisclaimer, topicReading } from './topic-disclaimer';
import { unitAids } from './unit-aids';
import { disclaimsOutOfScope, outOfScopeTerms } from './out-of-scope-terms';
import { aliasNote, basisOf } from './evidence-basis';
import { capOpenAlternatives, readNegotiated, sentenceAlternatives } from './negotiation';
import { questionStandsIn, answerReading, withoutVerdict } from './answer-reading';
import { quotedText, squash, type LineIndex } from './text';
import { messageVoice } from './message-voice';
import type { Evidence, Requirement, Span, Status } from './types';

export const STATUS_RANK: Record<Status, number> = {
  present: 0,
  accepted: 1,
  'below-threshold': 2,
  weak: 3,
  'wrong-party': 4,
  negated: 5,
  missing: 6,
};

const MAX_EVIDENCE = 5;

/** A short stable key for a section's heading path (stable across incremental re-reads). */
function sectionKey(headingPath: string): number {
  let h = 0;
  for (let i = 0; i < headingPath.length; i++) h = (Math.imul(h, 31) + headingPath.charCodeAt(i)) | 0;
  return h;
}

/**
 * The concept position to classify: the first hit in the clause that holds the most concept
 * groups; on a tie, the clause that holds the first group (the topic: "backup" rather than its
 * qualifier "system" in "… the legacy system, and the Customer may keep a backup copy").
 */
function conceptPosition(text: string, hits: { start: number }[][], topic: { start: number }[]): number {
  const clauses = clauseSpans(text);
  let best: Span | undefined;
  let bestCount = 0;
  let bestHasTopic = false;
  for (const c of clauses) {
    const inClause = (h: { start: number }): boolean => h.start >= c.start && h.start < c.end;
    const count = hits.filter((g) => g.some(inClause)).length;
    const hasTopic = topic.some(inClause);
    if (count > bestCount || (count === bestCount && count > 0 && hasTopic && !bestHasTopic)) {
      best = c;
      bestCount = count;
      bestHasTopic = hasTopic;
    }
  }
  const all = hits.flat().map((h) => h.start);
  const inBest = best ? all.filter((p) => p >= best!.start && p < best!.end) : all;
  return Math.min(...(inBest.length ? inBest : all));
}

/** A `not:` phrase of a requirement and the words that restore the match. */
type NearMiss = { phrase: TermSet; unless: TermSet | undefined };

interface RequirementSets {
  groups: TermSet[];
  exclude: TermSet | undefined;
  nearMisses: NearMiss[];
}

const setsCache = new WeakMap<Requirement, RequirementSets>();

function requirementSets(req: Requirement): RequirementSets {
  let sets = setsCache.get(req);
  if (!sets) {
    sets = {
      groups: req.detect.map((g) => termSet(g)),
      exclude: req.exclude.length ? termSet(req.exclude) : undefined,
      nearMisses: (req.not ?? []).map((n) => ({ phrase: termSet([n.phrase]), unless: n.unless?.length ? termSet(n.unless) : undefined })),
    };
    setsCache.set(req, sets);
  }
  return sets;
}

const prepared = new WeakSet<readonly Requirement[]>();

/**
 * Registers the term sets of all `requirements` for the shared sentence scans at once: sets that
 * register one by one, as requirements are matched, would make every scan so far stale each time.
 */
export function prepareMatching(requirements: readonly Requirement[]): void {
  if (prepared.has(requirements)) return;
  prepared.add(requirements);
  for (const r of requirements) {
    const { groups, exclude, nearMisses } = requirementSets(r);
    for (const set of [...groups, exclude, ...nearMisses.flatMap((n) => [n.phrase, n.unless])]) set?.register();
    // classify.ts reads a clause's weakening phrases as one set; registered with the rest.
    if (r.weaken.length) termSet(r.weaken.map((w) => w.phrase)).register();
    for (const w of r.weaken) if (w.unless?.length) termSet(w.unless).register();
  }
}

const aliasCache = new Map<string, TermSet[]>();

/** The requirement's term groups with the draft's own defined names for its topic added to the first (cached: a set registers its anchors once). */
function aliasGroups(req: Requirement, own: TermSet[], aliases: string[]): TermSet[] {
  const key = `${req.id}\u0000${aliases.join('\u0000')}`;
  let groups = aliasCache.get(key);
  if (!groups) {
    if (aliasCache.size > 200) aliasCache.clear();
    groups = [termSet([...req.detect[0]!, ...aliases]), ...own.slice(1)];
    aliasCache.set(key, groups);
  }
  return groups;
}

export function findEvidence(doc: ParsedDocument, parties: Parties, lines: LineIndex, req: Requirement): Evidence[] {
  return bestEvidence(allEvidence(doc, parties, lines, req));
}

/**
 * "Awareness training … covers: - reporting of security incidents": a list item with no verb of
 * its own finishes the last clause of the lead-in that introduces it, so the words of that clause
 * are read with the item for a near-miss and for the words that unlock it. An earlier clause of
 * the lead-in is not what the item finishes ("policies shall be based on the Risk Assessment and
 * shall address: - periodic assessment of providers"). A heading over bare items, or a section's
 * promise declaration, is not a sentence the item finishes.
 */
function itemLeadIn(leadIn: LeadIn | undefined, text: string, req: Requirement): string | undefined {
  if (!leadIn || leadIn.heading || leadIn.declared || leadIn.deliverables || leadIn.marked) return undefined;
  if (verbsIn(text, 0, text.length, req).length > 0) return undefined;
  const lead = leadIn.text.replace(/[:—–-]+\s*$/, '');
  const last = clauseSpans(lead).pop();
  return last ? lead.slice(last.start, last.end) : lead;
}

function nearMissed(nearMisses: readonly NearMiss[], text: string, lower: TextScan, leadIn: string | undefined): boolean {
  const whole = leadIn === undefined ? undefined : `${leadIn} ${text}`;
  return nearMisses.some((n) => (whole === undefined ? n.phrase.test(text, lower) && !n.unless?.test(text, lower) : n.phrase.test(whole) && !n.unless?.test(whole)));
}

/**
 * Every piece of evidence for `req` in the units [from, to), in reading order, none dropped
 * (incremental matching reads a run of blocks at once and keeps the best of each block).
 */
export function allEvidence(doc: ParsedDocument, documentParties: Parties, lines: LineIndex, req: Requirement, from = 0, to = doc.units.length): Evidence[] {
  const parties = documentParties;
  // An exchange of e-mails: each message speaks in its sender's voice (message-voice.ts).
  const voiceAt = messageVoice(doc, documentParties);
  const { groups: ownGroups, exclude, nearMisses } = requirementSets(req);
  const { flowDown } = lexiconFor(req);
  // A defined subcontractor may also be read as a party ("Subprocessor" is a provider word); only the two parties themselves are not aliases.
  const aliases = req.aliases ? topicAliases(req, parties.definedTerms).filter((a) => a !== parties.provider && a !== parties.customer) : [];
  const aliased = aliases.length ? aliasGroups(req, ownGroups, aliases) : ownGroups;
  const groups = partyWordGroups(req, aliased, aliases, parties) ?? aliased;
  const aids = unitAids(doc, lexiconFor(req));
  const defItems = definitionItems(doc);
  const contextHits = new Map<number, HeadingHits>();
  const topicalCache = new Map<string, boolean>();
  const evidence: Evidence[] = [];
  const visit = (unit: ClauseUnit, u: number): void => {
    if (unit.kind === 'heading' || unit.sentences.length === 0) return;
    const parties = voiceAt(unit.start);
    // A table's header cell ("Retention period") names a column; its rows are the evidence.
    if (aids.headerCell[u]) return;
    // A glossary's rows ("SIEM | the log platform of Part C") define words, a price list's charge for them: they oblige no one.
    if (aids.glossaryRow[u]) return;
    // "“High Assessment” means an assessment that— (i) A review of …": a definition's items define too.
    if (defItems[u] && !itemBinds(unit.sentences.map((s) => s.text), parties)) return;
    const contextText = aids.context[u]!;
    let context = contextHits.get(aids.contextId[u]!);
    if (!context) contextHits.set(aids.contextId[u]!, (context = new HeadingHits(groups, contextText, aids.contextLower[u]!, genericActs(req))));
    const lower = aids.lower[u]!;
    const before = evidence.length;
    for (let i = 0; i < unit.sentences.length; i++) {
      // Nearly every sentence misses a group's words (in it and in its headings) and names no
      // control: drop it on the scan's bits, before any pattern runs or anything is allocated.
      // "Notwithstanding clause 6.1, …": the cited clause's words stand in the qualification.
      const number = aids.cites[u]![i];
      const byNumber = number ? groupsOfClause(doc, number, groups) : undefined;
      if (aids.qa.question[u]?.[i] && !aids.answer[u]) continue; // a question binds no one: its answer is the evidence (a compliance matrix's row reads its own way)
      const cited = byNumber ? { groups: byNumber, as: 'the clause it qualifies, cited by number' } : questionStandsIn(aids.qa.answer[u], unit.sentences, i, groups);
      if (!aids.controlLike[u]![i] && !cited && !mayBeSatisfied(groups, context, unit.sentences[i]!.text, lower[i]!) && !mayDisclaimTopic(req, groups[0]!, lower[i]!)) continue;
      visitSentence(unit, u, unit.sentences[i]!, i, context, contextText, lower, cited);
    }
    const alternatives = evidence.length > before ? sentenceAlternatives(doc.text.slice(unit.start, unit.end), unit.start, unit.sentences, aids.lexicon.brackets) : undefined;
    if (alternatives) capOpenAlternatives(evidence.slice(before), unit.sentences, alternatives);
  };
  const visitSentence = (unit: ClauseUnit, u: number, s: ClauseUnit['sentences'][number], i: number, context: HeadingHits, contextText: string, lower: TextScan[], cited: { groups: boolean[]; as: string } | undefined): void => {
    const parties = voiceAt(unit.start);
    const hits: TermHit[][] = [];
    const byGroup: TermHit[][] = [];
    let topicHits: { start: number }[] = [];
    let satisfied = true;
    let own = 0;
    for (let g = 0; g < groups.length; g++) {
      const found = outsidePartyAndEntityNames(s.text, groups[g]!.find(s.text, 0, lower[i]), parties.names);
      byGroup.push(found);
      if (found.length) {
        own++;
        if (g === 0) topicHits = found;
        hits.push(found);
      } else if (!context.hits(g, s.text, lower[i]) && !cited?.groups[g]) {
        satisfied = false;
        break;
      }
    }
    // "Cyber Incident Reporting" over "The Contractor shall preserve images for 90 days": the heading lends the topic, not the act.
    if (satisfied && actOnlyLent(req, byGroup, s.text)) satisfied = false;
    if (satisfied && own === 0 && cited) {
      hits.push([{ term: cited.as, start: 0, end: 0, index: 0 }]);
      own = 1;
    }
    // A control the requirement maps to, named by id ("IA-2 (1)" in a table row), stands for its words.
    let named: string | undefined;
    const answer = aids.qa.answer[u] && i >= aids.qa.answer[u]!.first ? aids.qa.answer[u] : undefined;
    const backing = satisfied && own === 0 ? headingBacking(doc, u, i, s.text, groups) : undefined;
    if (backing) {
      // The heading or caption states the duty; the first sentence under it binds (heading-backing.ts).
      hits.push([{ term: backing, start: 0, end: 0, index: 0 }]);
      own = 1;
    }
    // "Backups do not form part of the Services": a disclaimer of the whole topic needs no other group.
    const topicOnly = !satisfied && topicHits.length ? topicDisclaimer(s.text, lower[i]!, req, topicHits as TermHit[]) : undefined;
    if ((!satisfied && !topicOnly) || own === 0) {
      if (!aids.controlLike[u]![i]) return;
      const mentions = controlMentions(s.text, req, `${aids.rowRest[u]} \n ${contextText}`);
      if (!mentions.length) return;
      hits.length = 0;
      hits.push(mentions.map((m, index) => ({ term: m.id, start: m.start, end: m.end, index })));
      topicHits = hits[0]!;
      named = `${FRAMEWORK_NAMES[mentions[0]!.framework]} ${mentions[0]!.id}`;
    }
    if (!named && exclude?.test(s.text, lower[i])) return;
    // A near-miss ("vulnerability scans" for patching) is no evidence unless the duty's own words are there too.
    if (!named && nearMissed(nearMisses, s.text, lower[i]!, itemLeadIn(aids.leadIn[u], s.text, req))) return;
    if (!named && onlyPassedOn(s.text, lower[i]!, hits, flowDown)) return;
    // "states for each function (…, backup, …) whether the Provider or the Customer performs it": a row of a register.
    if (!named && onlyRegisterItems(s.text, hits, aids.lexicon.registerItems)) return;
    // A table row is read whole: "Firewall logs | 30 days" states its own period.
    const rowText = aids.rowRest[u] && unit.sentences.length === 1 ? `${s.text} | ${aids.rowRest[u]}` : s.text;
    // Classification looks for the requirement's words again: give it those just found.
    if (satisfied && groups === ownGroups && rowText === s.text) knownConceptSpans(s.text, req, byGroup);
    // "Backup | No | — | Client": a service table's Included and Responsible-party columns decide the row.
    // "[Customer: …] [Supplier: …]": an open alternative is read at its weakest (negotiation.ts); the concept is found again among the words each reading keeps.
    const conceptAt = (keep: (at: number) => boolean): number | undefined => {
      const kept = hits.map((g) => g.filter((h) => keep(h.start)));
      return topicOnly?.topic.start ?? (kept.some((g) => !g.length) ? undefined : conceptPosition(s.text, kept, topicHits.filter((h) => keep(h.start))));
    };
    const rowCells = [s.text, ...(aids.rowCells.get(u) ?? [])];
    // A row whose other cells are all blank is still a row: "blank = no role" is an allocation.
    const inRow = rowText !== s.text || aids.rowCells.has(u);
    const allocated = inRow ? allocatedRow(aids.tableHeader[u]!, rowCells, req, parties, aids.lexicon, hits.flat().reduce<number | undefined>((last, h) => Math.max(last ?? h.start, h.start), undefined), aids.markKey !== undefined) : undefined;
    // "X = shall perform the activity": the key binds the provider to the row its column marks.
    const markedForProvider = aids.markKey !== undefined && inRow && providerMarked(aids.tableHeader[u]!, rowCells, parties, aids.lexicon.serviceTables);
    const rowLead = markedForProvider ? aids.markKey : aids.leadIn[u];
    const source = rowText === s.text ? doc.text.slice(unit.start, unit.end) : '';
    const plain = allocated ?? readNegotiated(withoutVerdict(rowText, answer, i), source, s.start - unit.start, s.start, conceptAt, (text, at) => classifyWithLaterClauses(text, s.start, at, req, parties, rowLead), aids.lexicon.brackets);
    // "S-1 | The Contractor must … | Should | Partially comply": the row decides how far the requirement binds; "SHOULD" reads as the conformance clause says.
    const read = boundStatement(shapeReading(plain, aids, u, parties), s.text, aids.described.get(unit.section), aids.lexicon, aids.leadIn[u]?.text, () => storyOf(doc, u), req.party);
    const answered = answer ? answerReading(read, answer, i, s.text, s.start, parties.responsesIncorporated, parties.provider, groups[0]!, aids.lexicon.incorporation) : read;
    const topicRead = topicOnly ? topicReading(answered, topicOnly, s.text, s.start, req) : answered;
    if (!topicRead || topicRead.unrelated) return;
    const lentPeriod = topicRead.status === 'present' && rowText === s.text && req.thresholds.length ? headingThreshold(s.text, s.start, contextText, req) : undefined;
    const c = lentPeriod ? { ...topicRead, ...lentPeriod } : topicRead;
    // "… no obligation to back up Research Systems", which the contract defines as not its covered systems: where the duties stop, not a disclaimer.
    if (c.status === 'negated' && disclaimsOutOfScope(s.text, c.cue && c.cue.start >= s.start ? c.cue.end - s.start : 0, outOfScopeTerms(doc))) return;
    // "Remote access gateway" listed under "Covered Systems" names an asset, not a duty.
    if (c.form === 'statement' && !aids.leadIn[u] && isInventoryEntry(unit, aids.heading[u]!.split(' \n ')[0]!)) return;
    // A cue found in the lead-in that governs this sentence lies outside it: name it in the
    // reason, and keep the diagnostic on the sentence itself.
    const cueInside = c.cue && c.cue.start >= s.start && c.cue.end <= s.end;
    const reason = c.cue && !cueInside ? `${c.reason} (“${squash(c.cue.text, 60)}” ${rowText !== s.text && c.cue.start >= s.start ? 'in its table row' : 'in the clause that introduces it'})` : c.reason;
    const start = lines.position(s.start);
    const end = lines.position(s.end);
    // Topical: a heading or caption names the topic; a lead-in sentence ("The Contractor shall:")
    // supplies words but is a sentence, not a title of the clause.
    const title = aids.named[u]!;
    let topical = topicalCache.get(title);
    if (topical === undefined) topicalCache.set(title, (topical = title !== '' && groups[0]!.test(title, title.toLowerCase())));
    evidence.push({
      start: s.start,
      end: s.end,
      line: start.line + 1,
      endLine: end.line + 1,
      text: squash(quotedText(doc.text.slice(s.start, s.end), s.text)),
      status: c.status,
      reason,
      ...(c.cue && cueInside ? { cue: c.cue } : {}),
      ...(topical ? { topical } : {}),
      ...(c.form ? { form: c.form } : {}),
      // A row the key binds names its party by the mark, not impersonally.
      ...(!c.subjectText && !c.subject && !markedForProvider ? { impersonal: true } : {}),
      ...(c.express ? { express: c.express } : c.status === 'wrong-party' && topical ? { express: 'disclaimer' as const } : {}),
      section: sectionKey(aids.heading[u]!),
      basis: basisOf(c, parties, req, hits.map((g) => aliasNote(g[0]!.term, aliases, parties)), topical, named),
    });
  };
  for (let u = from; u < to; u++) visit(doc.units[u]!, u);
  return evidence;
}

/**
 * A flow-down sentence ("shall include the substance of this clause in all subcontracts for
 * services that involve cyber incident reporting") binds only to pass the clause on: the topic
 * words after it say which subcontracts. It stays evidence where one of the requirement's own
 * words is the flow-down itself, or comes before it ("shall report cyber incidents within 72
 * hours and shall include this clause in all subcontracts" states the duty, then passes it on).
 */
function onlyPassedOn(text: string, lower: string | TextScan, hits: TermHit[][], flowDown: TermSet): boolean {
  if (!flowDown.mayOccur(lower)) return false;
  const passes = flowDown.find(text, 0, lower);
  if (!passes.length) return false;
  const from = passes[0]!.start;
  const inside = (h: TermHit): boolean => passes.some((p) => h.start < p.end && p.start < h.end);
  return hits.every((group) => group.every((h) => h.start >= from && !inside(h)));
}

/**
 * The evidence kept, at most MAX_EVIDENCE (incremental.ts merges the blocks' lists with it):
 * express disclaimers and narrowings first, so passing mentions cannot crowd out the clause that
 * may decide (decide.ts), then the best by status. One total order, so keeping the best of each
 * block and then the best of those gives the same list as keeping the best of all.
 */
export function bestEvidence(evidence: Evidence[]): Evidence[] {
  evidence.sort((a, b) => keepOrder(a, b) || a.start - b.start);
  return evidence.slice(0, MAX_EVIDENCE);
}

/**
 * Which evidence is kept first (before document order): express ones, then those under a heading
 * that names the topic (they decide, decide.ts), then by status.
 */
export function keepOrder(a: Evidence, b: Evidence): number {
  return Number(!a.express) - Number(!b.express) || Number(!a.topical) - Number(!b.topical) || STATUS_RANK[a.status] - STATUS_RANK[b.status];
}
