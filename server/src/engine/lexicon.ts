/**
 * The drafting lexicon: hedges, effort standards, permissive modals, negations, carve-out words
 * and party words. The words are data (clauses/<pack>/lexicon.yaml, schema-checked); this module
 * only compiles them once, so detection (classify.ts, parties.ts) and the quick fixes (fixes.ts)
 * read one list. Phrases, not regular expressions: they go through the safe term compiler
 * (phrase-sets.ts); a workspace pack's words are added to the bundled ones in lexicon-merge.ts.
 */
import { compileRegisterItems, type RegisterItemWords } from './register-items';
import { withContractions } from './contractions';
import { compileTableWords, type TableWords } from './table-words';
import { verdictPatterns, type VerdictPatterns } from './cell-words';
import { compileScopeWords, type ScopePatterns } from './scope-verdict';
import * as reading from './reading-words';
import * as denial from './denial-words';
import * as signals from './signal-words';
import { compileAsides, type AsidePatterns, type AsideWords } from './aside-words';
import { compileSubjects, type SubjectPatterns, type SubjectWords } from './subject-words';
import { compileDurationQualifiers, type DurationQualifierPatterns, type DurationQualifierWords } from './duration-words';
import { compilePeriodContexts, type PeriodContextPatterns, type PeriodContextWords } from './period-words';
import { compileQuickFixWords, type NegationRewriteWords, type QuickFixPatterns, type QuickFixWords } from './fix-words';
import { phraseAlternation } from './cell-words';
import { compileActVerbs, type ActVerbPatterns, type ActVerbWords } from './act-words';
import { compileServiceDescriptions, type ServiceDescriptionPatterns, type ServiceDescriptionWords } from './description-words';
import { compileCarveOuts, type CarveOutPatterns, type CarveOutWords } from './carve-out-words';
import { compileSentenceKinds, type SentenceKindPatterns, type SentenceKindWords } from './sentence-kind-words';
import { compilePartStatements, type PartStatementPatterns, type PartStatementWords } from './part-statement-words';
import { compileOnlyConditions, type OnlyConditionPatterns, type OnlyConditionWords } from './only-words';
import { compileAllocatedHolders, type AllocatedHolderPatterns, type AllocatedHolderWords } from './holder-words';
import { compileActReading, type ActReadingPatterns, type ActReadingWords } from './act-reading-words';
import { compileMarkKeys, type MarkKeyPatterns, type MarkKeyWords } from './mark-key-words';
import { compileClauseNarrowing, type ClauseNarrowingPatterns, type ClauseNarrowingWords } from './narrowing-words';
import { compilePresentPassive, compilePresentRequirement, type DefinedTermWords, type PresentPassiveWords } from './statement-words';
import { compileStaffWords, type StaffPatterns, type StaffWords } from './staff-words';
import { compilePromiseLeads, type PromiseLeadPatterns, type PromiseLeadWords } from './promise-words';
import * as noDuty from './no-duty-words';
import * as failures from './failure-words';
import { compileHeadingLeads, type HeadingLeadPatterns, type HeadingLeadWords } from './heading-words';
import { compileServiceTables, type ServiceTablePatterns, type ServiceTableWords } from './service-table-words';
import { phraseSet } from './phrase-sets';
import { compileAssentLead } from './assent-lead';
import { termSet, type TermHit, type TermSet } from './terms';
import type { TextScan } from './text-scan';
import type { BracketWords, ConformanceWords, RequirementTableWords, ServiceScopeWords, VerdictWords } from './lexicon-words';

export type { BracketWords, ConformanceWords, RequirementTableWords, ServiceScopeWords, VerdictWords } from './lexicon-words';

/** How the quick fix rewrites a cue of a hedge group. */
export type HedgeFix = 'delete' | 'effort' | 'try';

export interface CueGroup {
  reason: string;
  fix?: HedgeFix;
  /** Negations: a disclaimer of the duty itself. */
  decisive?: boolean;
  /**
   * Hedges: acts that are by nature done when the other party asks (giving access, audits); a
   * clause whose act is one of them is not weakened by this group ("shall provide access … upon
   * request" is the normal form of an audit right).
   */
  exceptActs?: string[];
  phrases: string[];
}

export interface PartyWords {
  provider?: string[];
  customer?: string[];
  firstPerson?: string[];
  secondPerson?: string[];
  /** What only the provider runs ("your engineers"), read for a customer's letter in its own voice. */
  providerHoldings?: string[];
  both?: string[];
  conventional?: string[];
  /** Head words of a party named as a kind of body ("Host Authority", "Participating Council"): its first word gives the role. */
  bodies?: string[];
  providerModifiers?: string[];
  customerModifiers?: string[];
  /** Names of the party a subcontract engages ("Subcontractor"): defined as a party, it is the provider checked. */
  subcontracted?: string[];
  /** Neutral party labels ("Party A", "the First Party") that a bracketed role word casts (party-labels.ts). */
  labels?: string[];
  /** Last words of a public body's name ("Administration", "Ministry"): a title that names one heads its own clauses (party-labels.ts). */
  publicBodies?: string[];
}

/** lexicon.yaml as the schema guarantees it. */
export interface LexiconData {
  hedges?: CueGroup[];
  negations?: CueGroup[];
  permissive?: string[];
  binding?: string[];
  responsibility?: string[];
  soleResponsibility?: string[];
  allocation?: string[];
  allocationToStaff?: string[];
  ownershipByStaff?: string[];
  capability?: string[];
  exclusions?: string[];
  definedEvents?: string[];
  definedEventTails?: string[];
  authorityDenials?: string[];
  clauseDisapplied?: string[];
  flowDown?: string[];
  instructions?: string[];
  withholdingGrounds?: string[];
  tellingActs?: string[];
  laws?: string[];
  lawVerbs?: string[];
  possibleContents?: string[];
  assentVerbs?: string[];
  parties?: PartyWords;
  requirementTables?: RequirementTableWords;
  conformance?: ConformanceWords;
  verdicts?: VerdictWords;
  brackets?: BracketWords;
  incorporation?: reading.IncorporationWords;
  serviceCast?: reading.ServiceCastWords;
  serviceLevels?: reading.ServiceLevelWords;
  questionnaires?: reading.QuestionnaireWords;
  tableColumns?: reading.TableColumnWords;
  boundItems?: reading.BoundItemWords;
  serviceScope?: ServiceScopeWords;
  negatedConcept?: denial.NegatedConceptWords;
  topicDisclaimer?: denial.TopicDisclaimerWords;
  contractSignals?: signals.ContractSignalWords;
  agreementTerms?: signals.AgreementTermWords;
  servicesTo?: signals.ServicesToWords;
  asides?: AsideWords;
  durationQualifiers?: DurationQualifierWords;
  subjects?: SubjectWords;
  periodContexts?: PeriodContextWords;
  absolutePromises?: string[];
  quickFixes?: QuickFixWords;
  negationRewrites?: NegationRewriteWords;
  actVerbs?: ActVerbWords;
  sentenceKinds?: SentenceKindWords;
  carveOuts?: CarveOutWords;
  enumerationLeads?: string[];
  accessObjects?: string[];
  serviceDescriptions?: ServiceDescriptionWords;
  partStatements?: PartStatementWords;
  onlyConditions?: OnlyConditionWords;
  allocatedHolders?: AllocatedHolderWords;
  softwareSignals?: signals.SoftwareSignalWords;
  promiseSavings?: string[];
  actReading?: ActReadingWords;
  markKeys?: MarkKeyWords;
  clauseNarrowing?: ClauseNarrowingWords;
  presentPassive?: PresentPassiveWords;
  definedTerms?: DefinedTermWords;
  staffWords?: StaffWords;
  promiseLeads?: PromiseLeadWords;
  asideMentions?: noDuty.AsideMentionWords;
  opinionStatements?: noDuty.OpinionStatementWords;
  reportContents?: noDuty.ReportContentWords;
  serviceTables?: ServiceTableWords;
  headingLeads?: HeadingLeadWords;
  partyFailures?: failures.PartyFailureWords;
  laterExclusions?: failures.LaterExclusionWords;
  registerItems?: RegisterItemWords;
}

/** What a cue group is matched with: a term set, plus role-slot phrases ("upon the {customer}'s request"). */
export interface PhraseSet {
  find(text: string, base?: number, lower?: string | TextScan): TermHit[];
  test(text: string, lower?: string | TextScan): boolean;
  /**
   * The same phrases with the document's own party names in the role slots as well ("upon
   * Pembrook's written request" where Pembrook is the customer). Undefined without slot phrases.
   */
  withNames?(names: DocumentNames): PhraseSet;
}

/** A document's own provider-side and customer-side names (short names, defined terms). */
export interface DocumentNames {
  provider: readonly string[];
  customer: readonly string[];
}

export interface CompiledGroup {
  set: PhraseSet;
  reason: string;
  fix?: HedgeFix;
  decisive?: boolean;
  /** The group's exceptActs: a clause holding one of them is not weakened by the group. */
  exceptActs?: TermSet;
}

export interface Lexicon {
  data: LexiconData;
  hedges: CompiledGroup[];
  negations: CompiledGroup[];
  permissive: TermSet;
  binding: TermSet;
  responsibility: TermSet;
  sole: TermSet;
  /** "falls to", "rests with", "is owned by": words that give a duty to the holder named after them. */
  allocation: TermSet;
  /** "is owned by", "remains with": allocation only to a body of people, else title to property. */
  allocationToStaff: TermSet;
  /** "owns", "has ownership of": said by a body of people of one party, the duty is theirs. */
  ownershipByStaff: TermSet;
  capability: TermSet;
  /** "Security Incident", "breach": a term whose "does not include …" defines the event, disclaiming no duty. */
  definedEvents: TermSet;
  /** "Nothing in this Agreement authorises …": a limit on what a party may do (authority-denial.ts). */
  authorityDenials: TermSet;
  /** "unless …", "for the purposes of …": after a defined event a sentence says something is not, the rest of a definition. */
  definedEventTail: RegExp;
  /** "is deleted", "does not apply": said of a cited clause, it releases the party from it (disapplied-clause.ts). */
  clauseDisapplied: TermSet;
  /** "include the substance of this clause in all subcontracts": a duty to pass the clause on. */
  flowDown: TermSet;
  /** Verbs that open an instruction under a Deliverables heading ("Provide the results …"). */
  instructions: TermSet;
  /** Grounds for withholding some information ("would breach its confidentiality obligations"): restricted-disclaimer.ts. */
  withholdingGrounds: TermSet;
  /** Words of telling ("notify", "send", "contact", "do so"): lent-act.ts. */
  tellingActs: TermSet;
  /** Names of a law, regulation or rule ("Act", "Security Rule", "HIPAA"): law-statements.ts. */
  laws: TermSet;
  /** What a law does to those it binds ("requires", "mandates"): law-statements.ts. */
  lawVerbs: TermSet;
  /** "may include", "can include": a list of what something may cover (possible-contents.ts). */
  possibleContents: TermSet;
  /** "X acknowledges (and agrees) that …": the assenting party's lead before a statement (assent-lead.ts). */
  assentLead: RegExp;
  /** Does a carve-out word open an exclusion ("except", "other than")? */
  exclusionWord: RegExp;
  /** How to fix a cue: the fix of the hedge group one of whose phrases is the whole cue. */
  fixOf(cue: string): HedgeFix | undefined;
  parties: Required<PartyWords>;
  /** Requirement tables and compliance matrices: header, answer and priority cells. */
  tables: TableWords;
  /** Questionnaire verdicts in the order they are tried ("not yet" before "no"). */
  verdicts: VerdictPatterns;
  /** Negotiation brackets: a note between the lawyers, settled text, a side's label, a proposed condition, a value to fill in. */
  brackets: reading.BracketPatterns;
  /** The clause that makes questionnaire answers terms, and what narrows a cited answer. */
  incorporation: reading.IncorporationPatterns;
  /** The recital that casts a party as providing the services. */
  serviceCast: reading.ServiceCastPatterns;
  /** The clause that binds a table of service levels, and that table's columns. */
  serviceLevels: reading.ServiceLevelPatterns;
  /** Questionnaires: how a question opens, the mark before an answer, the table's column headers. */
  questionnaire: reading.QuestionnairePatterns;
  /** Header words of glossaries and price lists, whose rows oblige no one. */
  tableColumns: reading.TableColumnPatterns;
  /** The clause that binds the items of a named register, section or list. */
  boundItems: reading.BoundItemPatterns;
  /** Service descriptions: an item's verdict after its label ("Backup: not provided"). */
  scope: ScopePatterns;
  /** A duty's act or object said not to be done, around the requirement's words (negated-concept.ts). */
  negatedConcept: denial.NegatedConceptPatterns;
  /** A disclaimer of a requirement's whole topic (topic-disclaimer.ts). */
  topicDisclaimer: denial.TopicDisclaimerPatterns;
  /** Words of legal drafting the contract decision counts (contract-signals.ts, contract.ts). */
  contractSignals: signals.ContractSignalPatterns;
  /** "… provides services to Harbor": group 1 names the customer (parties.ts); global, reset lastIndex before use. */
  servicesTo: RegExp;
  /** Asides about a noun whose modals and hedges are not the duty's (asides.ts). */
  asides: AsidePatterns;
  /** Words that make a stated period a minimum or a maximum (durations.ts). */
  durationQualifiers: DurationQualifierPatterns;
  /** Who a clause's subject is: nouns a party name modifies, a party's units and offices, a refusal (subjects.ts). */
  subjects: SubjectPatterns;
  /** What makes a stated period a notice period, or one tier's (thresholds-check.ts). */
  periodContexts: PeriodContextPatterns;
  /** An absolute or unlimited commitment ("uncapped", "will never"): the provider view's over-commitment (perspective.ts). */
  absolutePromises: RegExp;
  /** How the quick fixes rewrite a cue (fixes.ts). */
  quickFixes: QuickFixPatterns;
  /** Acts of deleting a thing and of switching a feature on (removal-disclaimer.ts, classify.ts). */
  actVerbs: ActVerbPatterns;
  /** Sentence shapes that oblige no one or to something else (sentence-kinds.ts, classify.ts). */
  sentenceKinds: SentenceKindPatterns;
  /** Carve-outs and conditions inside a clause (clauses.ts); the fixes take their openers with a trailing carve-out. */
  carveOuts: CarveOutPatterns;
  /** The end of a text that opens an enumeration ("including, "): an absolute promise right after it is the enumeration's. */
  enumerationLead: RegExp;
  /** The start of a text after "without limitation" that makes it a savings phrase ("to the generality of"): no unlimited promise. */
  promiseSaving: RegExp;
  /** What deleting takes away access with (removal-disclaimer.ts). */
  accessObject: RegExp;
  /** A service description made binding by the terms (binding-description.ts). */
  serviceDescriptions: ServiceDescriptionPatterns;
  /** A contract's statements about its own parts: a routing, a clause's scope, a part's content (sentence-kinds.ts). */
  partStatements: PartStatementPatterns;
  /** A bare "only where / only for / need only" condition that narrows a duty (narrowing.ts). */
  onlyConditions: OnlyConditionPatterns;
  /** What negates an allocation, which allocation words need an act, what subject is an act, a party's people (allocated-holder.ts). */
  allocatedHolders: AllocatedHolderPatterns;
  /** A check's verbs, a subordinate clause's opening, a party's intent: where an act ends (sentence-kinds.ts). */
  actReading: ActReadingPatterns;
  /** A responsibility matrix's key: a mark in a party's column binds it; initials spelled out (mark-key.ts). */
  markKeys: MarkKeyPatterns;
  /** A later clause that narrows an earlier one: the cited clause as subject, an exception cut out (narrowing.ts). */
  clauseNarrowing: ClauseNarrowingPatterns;
  /** "backups are performed": a present passive, not one of purpose ("is designed to"); sentence-kinds.ts. */
  presentPassive: RegExp;
  /** "Remote access requires …": a requirement stated by a thing, not a party (present-requirement.ts). */
  presentRequirement: RegExp;
  /** A party's own people: bodies and persons it names, their definitions, the link to the party (party-staff.ts). */
  staffWords: StaffPatterns;
  /** A section declared to be promises, a Deliverables heading, the statements they cover (promise-lead.ts). */
  promiseLeads: PromiseLeadPatterns;
  /** A possibility, an effect or a back-reference that names a topic in passing (aside-mentions.ts). */
  asideMentions: noDuty.AsideMentionPatterns;
  /** A view of what works best, or a belief (opinion-statements.ts). */
  opinionStatements: noDuty.OpinionStatementPatterns;
  /** A duty to report on a thing, or a report's contents (report-contents.ts). */
  reportContents: noDuty.ReportContentPatterns;
  /** A service table's allocating columns and cells: included or not, who performs it, a party marked (table-rows.ts). */
  serviceTables: ServiceTablePatterns;
  /** A heading that says what its bare items are: exclusions, assumptions, a holder's duties (heading-lead-in.ts). */
  headingLeads: HeadingLeadPatterns;
  /** The other party's failure named before a topic word (failure-of.ts). */
  partyFailures: failures.PartyFailurePatterns;
  /** A later clause that points back and excludes what was named (excluded-after.ts); group 1 a tier. */
  laterExclusions: RegExp;
  /** A register of who performs which function; group 1 the bracketed functions (register-items.ts). */
  registerItems: RegExp;
}

/** Lower-case, single spaces, straight apostrophes: how cue texts and phrases are compared. */
export function normalizePhrase(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase().replace(/[’]/g, "'");
}

function partyWords(data: LexiconData): Required<PartyWords> {
  const p = data.parties ?? {};
  return {
    provider: p.provider ?? [],
    customer: p.customer ?? [],
    firstPerson: p.firstPerson ?? [],
    secondPerson: p.secondPerson ?? [],
    providerHoldings: p.providerHoldings ?? [],
    both: p.both ?? [],
    conventional: p.conventional ?? [],
    bodies: p.bodies ?? [],
    providerModifiers: p.providerModifiers ?? [],
    customerModifiers: p.customerModifiers ?? [],
    subcontracted: p.subcontracted ?? [],
    labels: p.labels ?? [],
    publicBodies: p.publicBodies ?? [],
  };
}

export function compileLexicon(data: LexiconData): Lexicon {
  const parties = partyWords(data);
  const group = (g: CueGroup): CompiledGroup => ({ set: phraseSet(withContractions(g.phrases), parties), reason: g.reason, ...(g.fix ? { fix: g.fix } : {}), ...(g.decisive ? { decisive: true } : {}), ...(g.exceptActs?.length ? { exceptActs: termSet(g.exceptActs) } : {}) });
  const hedges = (data.hedges ?? []).map(group);
  const negations = (data.negations ?? []).map(group);
  const fixOf = (cue: string): HedgeFix | undefined => {
    const text = cue.replace(/\s+/g, ' ').trim();
    return hedges.find((g) => g.fix && g.set.find(text).some((h) => h.start === 0 && h.end === text.length))?.fix;
  };
  const exclusions = data.exclusions ?? [];
  const staffWords = compileStaffWords(data.staffWords);
  const sets = {
    // The permissive modals the quick fix turns into "shall" are permissive words too: one list finds and fixes them.
    permissive: termSet(withContractions([...new Set([...(data.permissive ?? []), ...(data.quickFixes?.permissiveToShall ?? [])])])),
    binding: termSet(data.binding ?? []),
    responsibility: termSet(withContractions(data.responsibility ?? [])),
    sole: termSet(withContractions(data.soleResponsibility ?? [])),
    allocation: termSet(withContractions(data.allocation ?? [])),
    allocationToStaff: termSet(data.allocationToStaff ?? []),
    ownershipByStaff: termSet(data.ownershipByStaff ?? []),
    capability: termSet(withContractions(data.capability ?? [])),
    definedEvents: termSet(data.definedEvents ?? []),
    authorityDenials: termSet(data.authorityDenials ?? []),
    clauseDisapplied: termSet(data.clauseDisapplied ?? []),
    flowDown: termSet(data.flowDown ?? []),
    instructions: termSet(data.instructions ?? []),
    withholdingGrounds: termSet(withContractions(data.withholdingGrounds ?? [])),
    tellingActs: termSet(data.tellingActs ?? []),
    laws: termSet(data.laws ?? []),
    lawVerbs: termSet(data.lawVerbs ?? []),
    possibleContents: termSet(data.possibleContents ?? []),
  };
  // Registered now, in one batch, so that classification reads each clause with one shared scan (terms.ts).
  for (const set of Object.values(sets)) set.register();
  return {
    data,
    hedges,
    negations,
    ...sets,
    exclusionWord: exclusions.length
      ? new RegExp(`^(?:${exclusions.map((e) => e.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|')})\\b`, 'i')
      : /(?!)/,
    fixOf,
    parties,
    tables: compileTableWords(data.requirementTables, parties),
    verdicts: verdictPatterns(data.verdicts),
    brackets: reading.compileBrackets(data.brackets, parties),
    incorporation: reading.compileIncorporation(data.incorporation),
    serviceCast: reading.compileServiceCast(data.serviceCast),
    serviceLevels: reading.compileServiceLevels(data.serviceLevels),
    questionnaire: reading.compileQuestionnaire(data.questionnaires),
    tableColumns: reading.compileTableColumns(data.tableColumns),
    boundItems: reading.compileBoundItems(data.boundItems),
    scope: compileScopeWords(data.serviceScope, parties),
    negatedConcept: denial.compileNegatedConcept(data.negatedConcept),
    topicDisclaimer: denial.compileTopicDisclaimer(data.topicDisclaimer),
    contractSignals: signals.compileContractSignals(data.contractSignals, data.agreementTerms, data.softwareSignals, data.definedTerms),
    servicesTo: signals.compileServicesTo(data.servicesTo),
    asides: compileAsides(data.asides),
    durationQualifiers: compileDurationQualifiers(data.durationQualifiers),
    subjects: compileSubjects(data.subjects),
    periodContexts: compilePeriodContexts(data.periodContexts),
    definedEventTail: new RegExp(`^${phraseAlternation(data.definedEventTails, String.raw`(?![\p{L}\p{N}])`)}`, 'iu'),
    absolutePromises: new RegExp(`\\b${phraseAlternation(data.absolutePromises)}(?![\\p{L}\\p{N}])`, 'iu'),
    quickFixes: compileQuickFixWords(data.quickFixes, data.negationRewrites, data.carveOuts?.openers),
    actVerbs: compileActVerbs(data.actVerbs),
    assentLead: compileAssentLead(data.assentVerbs),
    sentenceKinds: compileSentenceKinds(data.sentenceKinds),
    carveOuts: compileCarveOuts(data.carveOuts),
    enumerationLead: new RegExp(`\\b${phraseAlternation(data.enumerationLeads)}[\\s,(]*$`, 'i'),
    promiseSaving: new RegExp(`^\\s+${phraseAlternation(data.promiseSavings)}(?![\\p{L}\\p{N}])`, 'iu'),
    accessObject: new RegExp(`\\b${phraseAlternation(data.accessObjects)}\\b`, 'i'),
    serviceDescriptions: compileServiceDescriptions(data.serviceDescriptions),
    partStatements: compilePartStatements(data.partStatements),
    onlyConditions: compileOnlyConditions(data.onlyConditions),
    allocatedHolders: compileAllocatedHolders(data.allocatedHolders, staffWords.peopleNoun),
    actReading: compileActReading(data.actReading),
    markKeys: compileMarkKeys(data.markKeys),
    clauseNarrowing: compileClauseNarrowing(data.clauseNarrowing),
    presentPassive: compilePresentPassive(data.presentPassive),
    presentRequirement: compilePresentRequirement(data.presentPassive),
    staffWords,
    promiseLeads: compilePromiseLeads(data.promiseLeads),
    asideMentions: noDuty.compileAsideMentions(data.asideMentions),
    opinionStatements: noDuty.compileOpinionStatements(data.opinionStatements),
    reportContents: noDuty.compileReportContents(data.reportContents),
    serviceTables: compileServiceTables(data.serviceTables),
    headingLeads: compileHeadingLeads(data.headingLeads),
    partyFailures: failures.compilePartyFailures(data.partyFailures),
    laterExclusions: failures.compileLaterExclusions(data.laterExclusions),
    registerItems: compileRegisterItems(data.registerItems),
  };
}

export { mergeLexicons } from './lexicon-merge';
