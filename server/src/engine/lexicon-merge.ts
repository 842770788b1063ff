/**
 * A workspace pack's lexicon added to the bundled one (catalog/lexicon-file.ts): its cue groups come
 * after the base's, its words join the base's lists key by key. Split from lexicon.ts.
 */
import type { CueGroup, LexiconData } from './lexicon';

/** Two objects of word lists, joined key by key. */
function mergeWordLists<T extends object>(a: T | undefined, b: T | undefined): T {
  const x = (a ?? {}) as Record<string, string[] | undefined>;
  const y = (b ?? {}) as Record<string, string[] | undefined>;
  const out: Record<string, string[]> = {};
  for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) out[key] = [...new Set([...(x[key] ?? []), ...(y[key] ?? [])])];
  return out as T;
}

/** A pack's own lexicon adds to the base one: its groups come after, its words join the lists. */
export function mergeLexicons(base: LexiconData, extra: LexiconData): LexiconData {
  const list = (a?: string[], b?: string[]): string[] => [...new Set([...(a ?? []), ...(b ?? [])])];
  // Groups already in the base (a copy of the bundled lexicon) are not read twice.
  const groups = (a: CueGroup[] = [], b: CueGroup[] = []): CueGroup[] => {
    const seen = new Set(a.map((g) => JSON.stringify(g)));
    return [...a, ...b.filter((g) => !seen.has(JSON.stringify(g)))];
  };
  const bp = base.parties ?? {};
  const ep = extra.parties ?? {};
  return {
    hedges: groups(base.hedges, extra.hedges),
    negations: groups(base.negations, extra.negations),
    permissive: list(base.permissive, extra.permissive),
    binding: list(base.binding, extra.binding),
    responsibility: list(base.responsibility, extra.responsibility),
    soleResponsibility: list(base.soleResponsibility, extra.soleResponsibility),
    allocation: list(base.allocation, extra.allocation),
    allocationToStaff: list(base.allocationToStaff, extra.allocationToStaff),
    ownershipByStaff: list(base.ownershipByStaff, extra.ownershipByStaff),
    capability: list(base.capability, extra.capability),
    exclusions: list(base.exclusions, extra.exclusions),
    definedEvents: list(base.definedEvents, extra.definedEvents),
    definedEventTails: list(base.definedEventTails, extra.definedEventTails),
    authorityDenials: list(base.authorityDenials, extra.authorityDenials),
    clauseDisapplied: list(base.clauseDisapplied, extra.clauseDisapplied),
    flowDown: list(base.flowDown, extra.flowDown),
    instructions: list(base.instructions, extra.instructions),
    withholdingGrounds: list(base.withholdingGrounds, extra.withholdingGrounds),
    tellingActs: list(base.tellingActs, extra.tellingActs),
    laws: list(base.laws, extra.laws),
    lawVerbs: list(base.lawVerbs, extra.lawVerbs),
    possibleContents: list(base.possibleContents, extra.possibleContents),
    assentVerbs: list(base.assentVerbs, extra.assentVerbs),
    requirementTables: mergeWordLists(base.requirementTables, extra.requirementTables),
    conformance: mergeWordLists(base.conformance, extra.conformance),
    verdicts: mergeWordLists(base.verdicts, extra.verdicts),
    brackets: mergeWordLists(base.brackets, extra.brackets),
    serviceScope: mergeWordLists(base.serviceScope, extra.serviceScope),
    incorporation: mergeWordLists(base.incorporation, extra.incorporation),
    serviceCast: mergeWordLists(base.serviceCast, extra.serviceCast),
    serviceLevels: mergeWordLists(base.serviceLevels, extra.serviceLevels),
    questionnaires: mergeWordLists(base.questionnaires, extra.questionnaires),
    tableColumns: mergeWordLists(base.tableColumns, extra.tableColumns),
    boundItems: mergeWordLists(base.boundItems, extra.boundItems),
    negatedConcept: mergeWordLists(base.negatedConcept, extra.negatedConcept),
    topicDisclaimer: mergeWordLists(base.topicDisclaimer, extra.topicDisclaimer),
    contractSignals: mergeWordLists(base.contractSignals, extra.contractSignals),
    agreementTerms: mergeWordLists(base.agreementTerms, extra.agreementTerms),
    servicesTo: mergeWordLists(base.servicesTo, extra.servicesTo),
    asides: mergeWordLists(base.asides, extra.asides),
    durationQualifiers: mergeWordLists(base.durationQualifiers, extra.durationQualifiers),
    subjects: mergeWordLists(base.subjects, extra.subjects),
    periodContexts: mergeWordLists(base.periodContexts, extra.periodContexts),
    absolutePromises: list(base.absolutePromises, extra.absolutePromises),
    quickFixes: mergeWordLists(base.quickFixes, extra.quickFixes),
    negationRewrites: mergeWordLists(base.negationRewrites, extra.negationRewrites),
    actVerbs: mergeWordLists(base.actVerbs, extra.actVerbs),
    sentenceKinds: mergeWordLists(base.sentenceKinds, extra.sentenceKinds),
    carveOuts: mergeWordLists(base.carveOuts, extra.carveOuts),
    enumerationLeads: list(base.enumerationLeads, extra.enumerationLeads),
    promiseSavings: list(base.promiseSavings, extra.promiseSavings),
    accessObjects: list(base.accessObjects, extra.accessObjects),
    serviceDescriptions: mergeWordLists(base.serviceDescriptions, extra.serviceDescriptions),
    partStatements: mergeWordLists(base.partStatements, extra.partStatements),
    onlyConditions: mergeWordLists(base.onlyConditions, extra.onlyConditions),
    allocatedHolders: mergeWordLists(base.allocatedHolders, extra.allocatedHolders),
    softwareSignals: mergeWordLists(base.softwareSignals, extra.softwareSignals),
    actReading: mergeWordLists(base.actReading, extra.actReading),
    markKeys: mergeWordLists(base.markKeys, extra.markKeys),
    clauseNarrowing: mergeWordLists(base.clauseNarrowing, extra.clauseNarrowing),
    presentPassive: mergeWordLists(base.presentPassive, extra.presentPassive),
    definedTerms: mergeWordLists(base.definedTerms, extra.definedTerms),
    staffWords: mergeWordLists(base.staffWords, extra.staffWords),
    promiseLeads: mergeWordLists(base.promiseLeads, extra.promiseLeads),
    asideMentions: mergeWordLists(base.asideMentions, extra.asideMentions),
    opinionStatements: mergeWordLists(base.opinionStatements, extra.opinionStatements),
    reportContents: mergeWordLists(base.reportContents, extra.reportContents),
    serviceTables: mergeWordLists(base.serviceTables, extra.serviceTables),
    headingLeads: mergeWordLists(base.headingLeads, extra.headingLeads),
    partyFailures: mergeWordLists(base.partyFailures, extra.partyFailures),
    laterExclusions: mergeWordLists(base.laterExclusions, extra.laterExclusions),
    registerItems: mergeWordLists(base.registerItems, extra.registerItems),
    parties: {
      provider: list(bp.provider, ep.provider),
      customer: list(bp.customer, ep.customer),
      firstPerson: list(bp.firstPerson, ep.firstPerson),
      secondPerson: list(bp.secondPerson, ep.secondPerson),
      providerHoldings: list(bp.providerHoldings, ep.providerHoldings),
      both: list(bp.both, ep.both),
      conventional: list(bp.conventional, ep.conventional),
      bodies: list(bp.bodies, ep.bodies),
      providerModifiers: list(bp.providerModifiers, ep.providerModifiers),
      customerModifiers: list(bp.customerModifiers, ep.customerModifiers),
      subcontracted: list(bp.subcontracted, ep.subcontracted),
      labels: list(bp.labels, ep.labels),
      publicBodies: list(bp.publicBodies, ep.publicBodies),
    },
  };
}
