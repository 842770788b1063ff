/**
 * The drafting lexicon: hedges, effort standards, permissive modals, negations, carve-out words
 * and party words. The words are data (clauses/<pack>/lexicon.yaml, schema-checked); this module
 * only compiles them once, so detection (classify.ts, parties.ts) and the quick fixes (fixes.ts)
 * read one list. Phrases, not regular expressions: they go through the safe term compiler.
 */
import { withContractions } from './contractions';
import { compileTableWords, type TableWords } from './table-words';
import { verdictPatterns, type VerdictPatterns } from './cell-words';
import { compileScopeWords, type ScopePatterns } from './scope-verdict';
import * as reading from './reading-words';
import { escapeRegExp } from './term-patterns';
import { termSet, type TermHit, type TermSet } from './terms';
import type { TextScan } from './text-scan';

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
  both?: string[];
  conventional?: string[];
  /** Head words of a party named as a kind of body ("Host Authority", "Participating Council"): its first word gives the role. */
  bodies?: string[];
  providerModifiers?: string[];
  customerModifiers?: string[];
  /** Names of the party a subcontract engages ("Subcontractor"): defined as a party, it is the provider checked. */
  subcontracted?: string[];
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
  flowDown?: string[];
  instructions?: string[];
  withholdingGrounds?: string[];
  tellingActs?: string[];
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
}

/** Service descriptions item by item (scope-verdict.ts): verdicts that leave an item out or give it to the customer. */
export interface ServiceScopeWords {
  excluded?: string[];
  customer?: string[];
}

/** Questionnaire verdicts (questionnaire.ts): phrases that open an answer. */
export interface VerdictWords {
  notApplicable?: string[];
  partial?: string[];
  planned?: string[];
  yes?: string[];
  no?: string[];
}

/** Negotiation bracket labels (negotiation.ts). */
export interface BracketWords {
  note?: string[];
  agreed?: string[];
  /** "Supplier's position: ": a word after a side's name that still labels the side. */
  sides?: string[];
  /** An optional bracket opening with one of these proposes to qualify the duty ("[provided that …]"). */
  conditions?: string[];
  /** The same, inside one side's alternative (after a comma, "and", "but"). */
  innerConditions?: string[];
  /** A bracket that is one of these (or opens with one written with "…") is a value to fill in ("[TBC]"). */
  fillers?: string[];
}

/** RFC 2119 keywords (conformance.ts), matched in capitals. */
export interface ConformanceWords {
  documents?: string[];
  target?: string[];
  option?: string[];
}

/** Words of tender requirement tables and compliance matrices (compliance-matrix.ts): whole cells. */
export interface RequirementTableWords {
  requirementHeaders?: string[];
  responseHeaders?: string[];
  priorityHeaders?: string[];
  full?: string[];
  partial?: string[];
  none?: string[];
  mustPriority?: string[];
  targetPriority?: string[];
  excludedPriority?: string[];
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
  /** "include the substance of this clause in all subcontracts": a duty to pass the clause on. */
  flowDown: TermSet;
  /** Verbs that open an instruction under a Deliverables heading ("Provide the results …"). */
  instructions: TermSet;
  /** Grounds for withholding some information ("would breach its confidentiality obligations"): restricted-disclaimer.ts. */
  withholdingGrounds: TermSet;
  /** Words of telling ("notify", "send", "contact", "do so"): lent-act.ts. */
  tellingActs: TermSet;
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
}

/** Lower-case, single spaces, straight apostrophes: how cue texts and phrases are compared. */
export function normalizePhrase(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase().replace(/[’]/g, "'");
}

const ROLE_SLOT = /\{(provider|customer)\}/;

const escapeRe = escapeRegExp;

/**
 * Phrases with a role slot compile to one small regular expression each, the slot an
 * alternation of that side's role words ("upon the {customer}'s request" also reads "upon the
 * Client’s request"); expanding them into plain terms would make alternations of hundreds.
 */
function slotPattern(phrase: string, parties: Required<PartyWords>): RegExp {
  const source = phrase
    .trim()
    .split(/(\{(?:provider|customer)\})/)
    .map((part) => {
      const slot = /^\{(provider|customer)\}$/.exec(part);
      if (slot) {
        const words = (slot[1] === 'provider' ? parties.provider : parties.customer).slice().sort((a, b) => b.length - a.length);
        return `(?:${words.map((w) => escapeRe(w).replace(/\s+/g, '\\s+')).join('|') || '(?!)'})`;
      }
      return escapeRe(part).replace(/\s+/g, '\\s+').replace(/'/g, "['’]");
    })
    .join('');
  return new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, 'giu');
}

/** A phrase list split once: its plain phrases as one term set, its slot phrases with the words each spells out. */
interface PhraseShape {
  plain: TermSet;
  slotPhrases: string[];
  /**
   * The words a slot phrase spells out ("upon the {customer}'s written request": upon, the,
   * written, request) must all be in the text before its pattern is worth running; most sentences
   * lack one, and the patterns (Unicode, case-insensitive, one alternative per party name) are slow.
   */
  needs: string[][];
}

function phraseShape(phrases: readonly string[]): PhraseShape {
  const plain = termSet(phrases.filter((p) => !ROLE_SLOT.test(p)));
  plain.register(); // see compileLexicon
  const slotPhrases = phrases.filter((p) => ROLE_SLOT.test(p));
  const needs = slotPhrases.map((p) => p.replace(/\{(?:provider|customer)\}/g, ' ').toLowerCase().match(/[a-z]{3,}/g) ?? []);
  return { plain, slotPhrases, needs };
}

/** Plain phrases through the term compiler; slot phrases through their own patterns. */
function phraseSet(phrases: readonly string[], parties: Required<PartyWords>): PhraseSet {
  const shape = phraseShape(phrases);
  return shape.slotPhrases.length ? slotPhraseSet(shape, parties) : shape.plain;
}

function slotPhraseSet(shape: PhraseShape, parties: Required<PartyWords>): PhraseSet {
  const { plain, slotPhrases, needs } = shape;
  // Each document's names give every group a set of its own: a pattern is compiled only when
  // a text holds its words, which in most documents never happens.
  const slots: (RegExp | undefined)[] = slotPhrases.map(() => undefined);
  const slot = (i: number): RegExp => (slots[i] ??= slotPattern(slotPhrases[i]!, parties));
  const lowerOf = (text: string, lower?: string | TextScan): string => (typeof lower === 'string' ? lower : lower ? lower.lower : text.toLowerCase());
  const byNames = new Map<string, PhraseSet>();
  const withNames = (names: DocumentNames): PhraseSet => {
    const key = `${names.provider.join('|')}#${names.customer.join('|')}`;
    let set = byNames.get(key);
    if (!set) {
      const extended = { ...parties, provider: [...parties.provider, ...names.provider], customer: [...parties.customer, ...names.customer] };
      set = slotPhraseSet(shape, extended);
      if (byNames.size > 50) byNames.clear();
      byNames.set(key, set);
    }
    return set;
  };
  const find = (text: string, base = 0, lower?: string | TextScan): TermHit[] => {
    const hits = plain.find(text, base, lower);
    const low = lowerOf(text, lower);
    // Plain loops: this runs for every sentence a cue group is asked about (no closure per phrase).
    for (let i = 0; i < slotPhrases.length; i++) {
      if (!allIncluded(needs[i]!, low)) continue;
      const re = slot(i);
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) hits.push({ term: m[0], start: base + m.index, end: base + m.index + m[0].length, index: plain.terms.length + i });
    }
    return hits.length > 1 ? hits.sort(byStart) : hits;
  };
  const test = (text: string, lower?: string | TextScan): boolean => {
    if (plain.test(text, lower)) return true;
    const low = lowerOf(text, lower);
    for (let i = 0; i < needs.length; i++) {
      if (!allIncluded(needs[i]!, low)) continue;
      const re = slot(i);
      re.lastIndex = 0;
      if (re.test(text)) return true;
    }
    return false;
  };
  return { find, test, withNames };
}

function allIncluded(words: readonly string[], text: string): boolean {
  for (let k = 0; k < words.length; k++) if (!text.includes(words[k]!)) return false;
  return true;
}

const byStart = (a: TermHit, b: TermHit): number => a.start - b.start;

function partyWords(data: LexiconData): Required<PartyWords> {
  const p = data.parties ?? {};
  return {
    provider: p.provider ?? [],
    customer: p.customer ?? [],
    firstPerson: p.firstPerson ?? [],
    secondPerson: p.secondPerson ?? [],
    both: p.both ?? [],
    conventional: p.conventional ?? [],
    bodies: p.bodies ?? [],
    providerModifiers: p.providerModifiers ?? [],
    customerModifiers: p.customerModifiers ?? [],
    subcontracted: p.subcontracted ?? [],
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
  const sets = {
    permissive: termSet(withContractions(data.permissive ?? [])),
    binding: termSet(data.binding ?? []),
    responsibility: termSet(withContractions(data.responsibility ?? [])),
    sole: termSet(withContractions(data.soleResponsibility ?? [])),
    allocation: termSet(withContractions(data.allocation ?? [])),
    allocationToStaff: termSet(data.allocationToStaff ?? []),
    ownershipByStaff: termSet(data.ownershipByStaff ?? []),
    capability: termSet(withContractions(data.capability ?? [])),
    flowDown: termSet(data.flowDown ?? []),
    instructions: termSet(data.instructions ?? []),
    withholdingGrounds: termSet(withContractions(data.withholdingGrounds ?? [])),
    tellingActs: termSet(data.tellingActs ?? []),
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
  };
}

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
    flowDown: list(base.flowDown, extra.flowDown),
    instructions: list(base.instructions, extra.instructions),
    withholdingGrounds: list(base.withholdingGrounds, extra.withholdingGrounds),
    tellingActs: list(base.tellingActs, extra.tellingActs),
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
    parties: {
      provider: list(bp.provider, ep.provider),
      customer: list(bp.customer, ep.customer),
      firstPerson: list(bp.firstPerson, ep.firstPerson),
      secondPerson: list(bp.secondPerson, ep.secondPerson),
      both: list(bp.both, ep.both),
      conventional: list(bp.conventional, ep.conventional),
      bodies: list(bp.bodies, ep.bodies),
      providerModifiers: list(bp.providerModifiers, ep.providerModifiers),
      customerModifiers: list(bp.customerModifiers, ep.customerModifiers),
      subcontracted: list(bp.subcontracted, ep.subcontracted),
    },
  };
}
