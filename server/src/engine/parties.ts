/**
 * Defined parties: read the preamble and definitions ("ABC Ltd. (the "Supplier")",
 * ""MSP" means …", "hereinafter "Client"") and map each defined name to a role, so that
 * "Supplier shall" reads as a provider obligation.
 */
import { agreementFacts, type Conformance, type Incorporation } from './agreement-facts';
import type { ClauseUnit, ParsedDocument } from './parse';
import { customerVoiceRole, speaksAsCustomer } from './customer-voice';
import { bundledLexicon } from './catalog/lexicon-file';
import type { DocumentNames, Lexicon, PartyWords } from './lexicon';
import type { SubjectPatterns } from './subject-words';
import type { Role } from './types';
import { definedTerms, type DefinedTerm } from './defined-terms';
import { bracketedLabels, labelledParty, statedParties, titleBody } from './party-labels';
import { markdownPartyDefinitions } from './markdown-parties';
import { describedPartyName, distantLegalName, introducesParty, LEGAL_NAME_REACH } from './preamble-names';
import { staffPartyNames, staffTerms } from './party-staff';
import { castPartiesByDocument, standingAssumptions } from './subcontract-parties';
import { castRolelessParties, type PreambleParty } from './service-cast';
import { assignShortNames, COMPANY_FORM, providerByDuties, type ShortName } from './short-names';

export interface PartyName {
  /** The defined term as written, e.g. "Supplier". */
  term: string;
  /** 'both' for "each party", "the Parties". */
  role: Role | 'both';
  /** Where it was defined (offset), if it was. */
  definedAt?: number;
  /** The legal name it stands for, e.g. "Northwind Managed IT Ltd.". */
  legalName?: string;
  /** Why the role was assumed when the name itself does not say it ("Acme" carries the duties). */
  assumed?: string;
  /** A conventional role word the document does not define ("the Contractor"). */
  conventional?: boolean;
  /** A defined body of a party's people ("Internal IT Team"): the name of the party it belongs to. */
  staffOf?: string;
  /** A company's own short name ("Northwind", "GitHub"): prose names it without an article. */
  ownName?: boolean;
}

export interface Parties {
  names: PartyName[];
  /** The preferred defined term per role (used when writing clauses). */
  provider: string;
  customer: string;
  /** True when at least one party was found defined in the document. */
  defined: boolean;
  /** How roles were read where the document does not name them, for the hover. */
  assumptions: string[];
  /** The other terms the document defines (matching reads some as what they stand for). */
  definedTerms?: DefinedTerm[];
  /**
   * Facts of the whole agreement, read with the parties so every block of a draft sees them: the clause by which
   * questionnaire responses become terms (answer-reading.ts), the conformance clause that says how SHOULD reads (conformance.ts).
   */
  responsesIncorporated?: Incorporation;
  conformance?: Conformance;
  /** The draft binds in the present indicative, hardly ever with "shall" or "must" (agreement-facts.ts). */
  dutiesInPresent?: true;
  /** The lexicon's subject words the parties were read with (subjects.ts); the bundled ones when absent. */
  subjectWords?: SubjectPatterns;
}

/** The role a defined term names: it is, or ends in, one of the lexicon's role words ("Managed Service Provider"). */
function roleOfTerm(term: string, words: Required<PartyWords>): Role | undefined {
  const t = term.trim().toLowerCase();
  const bodyRole = roleOfBody(t, words);
  if (bodyRole) return bodyRole;
  const matches = (list: string[]): boolean => list.some((x) => t === x.toLowerCase() || t.endsWith(' ' + x.toLowerCase()));
  // First person is the drafter of terms of service (the provider); second person its user.
  if (matches(words.provider) || words.firstPerson.some((w) => t === w.toLowerCase())) return 'provider';
  if (matches(words.customer) || words.secondPerson.some((w) => t === w.toLowerCase())) return 'customer';
  return undefined;
}

/** "host authority" → provider, "participating council" → customer: a side word before a kind of body (lexicon `bodies`). */
function roleOfBody(lowerTerm: string, words: Required<PartyWords>): Role | undefined {
  const parts = lowerTerm.split(/\s+/);
  if (parts.length < 2 || parts.length > 3) return undefined;
  const is = (list: string[], word: string): boolean => list.some((x) => x.toLowerCase() === word);
  if (!is(words.bodies, parts[parts.length - 1]!.replace(/s$/, '')) && !is(words.bodies, parts[parts.length - 1]!)) return undefined;
  if (is(words.providerModifiers, parts[0]!)) return 'provider';
  if (is(words.customerModifiers, parts[0]!)) return 'customer';
  return undefined;
}

const QUOTE = `["“”'‘’]`;
/**
 * What follows the "(" of `Acme Ltd. (the "Supplier")`, `(hereinafter "Client")`, `("MSP")`, `(together, "Provider")`,
 * and the Commonwealth form that says who else the name covers before the parenthesis closes:
 * `(hereinafter referred to as "the Company", which expression shall, unless repugnant to the
 * context, include its successors and permitted assigns)`, `("Contractor", including its successors)`.
 */
const DEFINITION_IN_PARENS = new RegExp(
  `\\(\\s*(?:each\\s+a\\s+|together\\s*,?\\s+|collectively\\s*,?\\s+)?(?:hereinafter(?:\\s+(?:referred\\s+to\\s+as|called))?\\s+)?(?:as\\s+)?(?:the\\s+|a\\s+|an\\s+)?${QUOTE}([^"“”'‘’\\n]{1,40})${QUOTE}(?:\\s*[,;]?\\s*(?:which\\s+(?:expression|term|expressions|terms)|including|and\\s+includ(?:es|ing))\\b[^()\\n]{0,300})?\\s*\\)`,
  'yiu',
);
/** How far back (code points) the words before the "(" are taken, up to a parenthesis or line break. */
const NAME_BEFORE_PARENS = 120;

/**
 * The definitions in parentheses of a sentence, with the words before each (the legal name),
 * left to right: the matches of `([^()\n]{0,120}?)` followed by DEFINITION_IN_PARENS, found
 * from each "(" instead of trying that pattern at every position (120 steps each).
 */
export function definitionsInParens(text: string): { index: number; before: string; name: string }[] {
  const found: { index: number; before: string; name: string }[] = [];
  let from = 0;
  for (let open = text.indexOf('(', from); open >= 0; open = text.indexOf('(', open + 1)) {
    DEFINITION_IN_PARENS.lastIndex = open;
    const m = DEFINITION_IN_PARENS.exec(text);
    if (!m) continue;
    // The leftmost start whose first "(" is this one: back over at most 120 code points that are
    // no parenthesis or line break, and not into the previous match.
    let start = open;
    for (let count = 0; start > from && count < NAME_BEFORE_PARENS; count++) {
      const c = text.charCodeAt(start - 1);
      if (c === 0x28 || c === 0x29 || c === 0x0a) break;
      const pair = c >= 0xdc00 && c <= 0xdfff && start - 2 >= from && text.charCodeAt(start - 2) >= 0xd800 && text.charCodeAt(start - 2) <= 0xdbff;
      start -= pair ? 2 : 1;
    }
    found.push({ index: start, before: text.slice(start, open), name: m[1]! });
    from = open + m[0].length;
    open = from - 1;
  }
  return found;
}
/** `("GitHub," "We," or "Us")`: several quoted names for one party. */
const QUOTED_LIST = new RegExp(`\\(\\s*((?:${QUOTE}[^"“”'‘’\\n]{1,40}${QUOTE}\\s*(?:,|or|and|\\s)*\\s*){2,6})\\)`, 'gu');
const QUOTED = new RegExp(`${QUOTE}([^"“”'‘’\\n]{1,40}?)[,.]?${QUOTE}`, 'gu');
/** `"MSP" means …`, `"Customer" or "you" refers to …`. */
const DEFINED_MEANS = new RegExp(`${QUOTE}([^"“”'‘’\\n]{1,40})${QUOTE}\\s+(?:means|shall mean|refers to|is defined as)\\b`, 'giu');

/** Adds a defined name once (by its lower-case form), with its role or the role its words give. */
function nameAdder(names: PartyName[], seen: Set<string>, roleOf: (term: string) => Role | undefined): (term: string, at: number, legalName?: string, knownRole?: Role) => void {
  return (term, at, legalName, knownRole) => {
    // `("the Agency")`: an article written inside the quotes is no part of the name used as a subject.
    const clean = term.replace(/\s+/g, ' ').trim().replace(/[,.]$/, '').replace(/^the\s+(?=\p{Lu})/iu, '');
    const role = knownRole ?? roleOf(clean);
    if (!role || !clean || seen.has(clean.toLowerCase())) return;
    seen.add(clean.toLowerCase());
    names.push({ term: clean, role, definedAt: at, ...(legalName ? { legalName } : {}) });
  };
}

/** The names the first 400 units define: in parentheses, by "means", in quoted lists, by role labels and recitals. */
function unitDefinitions(doc: ParsedDocument, lexicon: Lexicon): UnitDefinitions {
  const words = lexicon.parties;
  const roleOf = (term: string): Role | undefined => roleOfTerm(term, words);
  const read: UnitDefinitions = { names: [], seen: new Set(), unnamed: [], roleless: [], meansOnly: new Set() };
  const { seen, unnamed, roleless, meansOnly } = read;
  const add = nameAdder(read.names, seen, roleOf);
  const scanLimit = Math.min(doc.units.length, 400);
  for (let i = 0; i < scanLimit; i++) {
    const unit = doc.units[i]!;
    for (const s of unit.sentences) {
      let previousOpen = 0;
      for (const m of definitionsInParens(s.text)) {
        const legal = m.before.replace(/^\s*WHEREAS,?\s+/, '').replace(/^.*?\b(?:between|and|by|with)\s+(?:(?:and|between)\s+)*/i, '').replace(/[,\s]+$/, '').trim();
        // A name starts with a capital: "having its registered office at …" (or ", of 22 Mill Lane" after a
        // company number in brackets) is the address of a name further back.
        add(m.name, s.start + m.index, legal && legal.length < 100 && !/^[\p{Ll},;:.]/u.test(legal) ? legal : undefined);
        const open = m.index + m.before.length;
        // ("the Trust"): the article inside the quotation marks is no part of the name.
        const short = m.name.trim().replace(/^the\s+(?=\p{Lu})/u, '');
        // A subcontracted party ("the Subcontractor") is cast by subcontract-parties.ts, never as the other side here.
        const subcontracted = words.subcontracted.some((w) => w.toLowerCase() === short.toLowerCase());
        if (i < 40 && roleOf(short) === undefined && !subcontracted) {
          const legalName = legal && isShortNameOf(short, legal) ? legal
            : (legal ? preambleNameOf(short, m.before) : undefined)
              ?? distantLegalName(short, s.text.slice(Math.max(previousOpen, open - LEGAL_NAME_REACH), open));
          if (legalName) unnamed.push({ term: short, definedAt: s.start + m.index, legalName });
          else {
            const described = describedPartyName(short, s.text.slice(previousOpen, open)) ?? describedPartyName(short, s.text.slice(0, open));
            if (described) unnamed.push({ term: short, definedAt: s.start + m.index, legalName: described, described: true });
          }
          const named = unnamed.at(-1)?.term === short ? unnamed.at(-1) : undefined;
          if (introducesParty(s.text.slice(previousOpen, open))) roleless.push({ term: short, at: s.start + m.index, ...(named ? { legalName: named.legalName, ownName: !named.described } : {}) });
        }
        previousOpen = open + 1;
      }
      DEFINED_MEANS.lastIndex = 0;
      for (let m = DEFINED_MEANS.exec(s.text); m; m = DEFINED_MEANS.exec(s.text)) {
        if (!seen.has(m[1]!.trim().toLowerCase())) meansOnly.add(m[1]!.trim().toLowerCase());
        add(m[1]!, s.start + m.index);
      }
      QUOTED_LIST.lastIndex = 0;
      for (let m = QUOTED_LIST.exec(s.text); m; m = QUOTED_LIST.exec(s.text)) {
        // Every name in the list stands for the party that any one of them is known to be.
        const terms = [...m[1]!.matchAll(QUOTED)].map((q) => q[1]!.trim());
        const role = terms.map(roleOf).find((r) => r !== undefined);
        if (role) for (const t of terms) add(t, s.start + m.index, undefined, role);
      }
      // "**Agency:** Office of Regional Programs (ORP)": a role label defines the short name.
      const labelled = i < 40 ? labelledParty(lineAt(doc.text, s.start)) : undefined;
      const labelRole = labelled ? roleOf(labelled.label) : undefined;
      if (labelled && labelRole) add(labelled.shortName, s.start, labelled.legalName, labelRole);
      if (i < 40) {
        // `… provides services to Dropbox`, `… provides managed IT services to Harbor`: the recipient is the customer (lexicon `servicesTo`).
        const servicesTo = lexicon.servicesTo;
        servicesTo.lastIndex = 0;
        for (let m = servicesTo.exec(s.text); m; m = servicesTo.exec(s.text)) {
          const name = m[1]!.replace(/[.,]+$/, '');
          if (roleOf(name) === undefined) add(name, s.start + m.index, undefined, 'customer');
        }
      }
    }
  }
  return read;
}

/** What the first 400 units define, in the order found (the loop of unitDefinitions). */
interface UnitDefinitions {
  names: PartyName[];
  seen: Set<string>;
  /** Company short names with no role word: `Acme Hosting Ltd ("Acme")`. */
  unnamed: ShortName[];
  /** Parties the preamble introduces under a name with no role word (`… Pty Ltd (the "Franchisor")`), for the recitals' cast. */
  roleless: PreambleParty[];
  /** Role words defined only by a "means" definition ("“Subprocessor” means other processors used by GitHub"). */
  meansOnly: Set<string>;
}

/**
 * The last reading of the first 400 units, kept with those units: an edit further down leaves
 * them the same objects (incremental/assembly.ts reuses a block's units while its text and place
 * stay), and the reading looks at nothing else (a unit's lines lie inside its block).
 */
let lastDefinitions: { units: ClauseUnit[]; lexicon: Lexicon; read: UnitDefinitions } | undefined;

/** Find the parties defined in a document. Looks at every unit (definitions can be anywhere). */
export function detectParties(doc: ParsedDocument, lexicon: Lexicon = bundledLexicon()): Parties {
  const words = lexicon.parties;
  const roleOf = (term: string): Role | undefined => roleOfTerm(term, words);
  const scanned = doc.units.slice(0, 400);
  const last = lastDefinitions;
  let read: UnitDefinitions;
  if (last && last.lexicon === lexicon && last.units.length === scanned.length && last.units.every((u, i) => u === scanned[i])) read = last.read;
  else lastDefinitions = { units: scanned, lexicon, read: (read = unitDefinitions(doc, lexicon)) };
  // Copies: what follows adds names and may recast them.
  const names = read.names.map((n) => ({ ...n }));
  const seen = new Set(read.seen);
  const unnamed = read.unnamed.map((u) => ({ ...u }));
  const roleless = read.roleless.map((r) => ({ ...r }));
  const meansOnly = new Set(read.meansOnly);
  const add = nameAdder(names, seen, roleOf);
  for (const d of markdownPartyDefinitions(doc.text)) {
    // `(the **Service Provider** or **TPP**)`: a name with no role word of its own takes the role of the first.
    add(d.term, d.at, d.legalName, roleOf(d.term) ?? (d.sameAs !== undefined ? roleOf(d.sameAs) : undefined));
    if (!roleOf(d.term) && d.legalName && introducesParty(d.legalName)) roleless.push({ term: d.term, at: d.at, legalName: d.legalName.replace(/^[^:]{1,40}:\s*/, '') }); // "Franchisor: Wattle & Rye Pty Ltd …"
  }
  // "Party A (the Client)": the bracketed role word casts the neutral label.
  for (const b of bracketedLabels(doc.text, words.labels)) add(b.label, b.at, b.legalName, roleOf(b.roleWord));
  // "The Purchaser is: Ministry of …" (a data sheet's row): the role word names that party.
  for (const p of statedParties(doc.text)) add(p.term, p.at, p.legalName);
  // "# Federal Inland Waterways Administration" over clauses that name "the FIWA Security Operations Center".
  const title = names.some((n) => n.role === 'customer') ? undefined : titleBody(doc.text, words.publicBodies);
  // Not defined by the document, so messages keep the role word ("the Government", "the Customer").
  if (title && !seen.has(title.initials.toLowerCase())) {
    names.push({ term: title.initials, role: 'customer', legalName: title.name });
    seen.add(title.initials.toLowerCase());
  }
  // Terms of service speak as "we" to "you": when a document addresses its reader, read
  // first person as the provider and second person as the customer. A document that defines
  // "we" or "you" as a party says so itself ("Acme Ltd ("we")"); the pronoun then also opens sentences.
  for (const n of [...names]) {
    if (!/^(?:we|you)$/.test(n.term)) continue;
    const opening = capitalize(n.term);
    if (!seen.has(opening)) {
      names.push({ ...n, term: opening });
      seen.add(opening);
    }
  }
  // A customer's letter to its provider speaks the other way round (customer-voice.ts).
  const customerSpeaks = speaksAsCustomer(doc, names, words.providerHoldings);
  if (customerSpeaks) for (const n of names) Object.assign(n, { role: customerVoiceRole(n.term, words.firstPerson, words.secondPerson) ?? n.role });
  if (addressesReader(doc)) {
    const [speaker, reader] = customerSpeaks ? (['customer', 'provider'] as const) : (['provider', 'customer'] as const);
    const persons = [...words.firstPerson.map((w) => [w, speaker] as const), ...words.secondPerson.map((w) => [w, reader] as const)]
      .filter(([w]) => !/^us$/i.test(w)) // "us" is an object, never a subject
      .flatMap(([w, role]) => [[capitalize(w), role] as const, [w.toLowerCase(), role] as const]);
    for (const [term, role] of persons) {
      if (!seen.has(term)) {
        names.push({ term, role });
        seen.add(term);
      }
    }
  }
  // What the recitals say a party does casts it before any count of duties (service-cast.ts).
  const cast = castRolelessParties(doc, names, roleless, lexicon.serviceCast);
  for (const n of names) seen.add(n.term.toLowerCase());
  const assumptions = [...(cast ? [cast] : []), ...assignShortNames(doc.text, names, unnamed, seen, meansOnly)];
  const defined = names.length > 0;
  // Undefined but conventional role names still work as subjects, also in lower case after an
  // article as regulations write them ("the contractor shall", "the contracting officer").
  for (const term of words.conventional) {
    const role = roleOf(term);
    if (role && !seen.has(term.toLowerCase())) {
      names.push({ term, role, conventional: true });
      seen.add(term.toLowerCase());
    }
    const lower = `the ${term.toLowerCase()}`;
    if (role && !seen.has(lower)) {
      names.push({ term: lower, role, conventional: true });
      seen.add(lower);
    }
  }
  names.push(...bothPartyForms(words.both).map((term) => ({ term, role: 'both' as const })));
  for (const read of [castPartiesByDocument(doc, names, words, lexicon.serviceCast), providerByDuties(doc.text, names)]) if (read) assumptions.push(read);
  // Last, once each side's names are final: a defined team of a party acts for it.
  for (const staff of staffPartyNames(staffTerms(doc, { names }, lexicon))) {
    names.push(staff);
    assumptions.push(staff.assumed!);
  }
  const isName = (n: PartyName): boolean => !['we', 'us', 'our', 'you', 'your'].includes(n.term.toLowerCase());
  const first = (role: Role): string => names.find((n) => n.role === role && n.definedAt !== undefined && !n.staffOf && isName(n))?.term
    ?? (role === 'provider' ? 'Provider' : 'Customer');
  const terms = definedTerms(doc);
  // definedTerms always present (undefined when none): one hidden class for every Parties (see packed-map.ts).
  return { names, provider: first('provider'), customer: first('customer'), defined, assumptions: standingAssumptions(assumptions, names), definedTerms: terms.length ? terms : undefined, ...agreementFacts(doc, lexicon), subjectWords: lexicon.subjects };
}

/** The source line that holds `offset` (a bold label is read apart from its sentence). */
function lineAt(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  return text.slice(text.lastIndexOf('\n', offset - 1) + 1, end < 0 ? text.length : end);
}

function capitalize(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** Subjects that bind both parties, as drafted: "each party", "Each Party", "the Parties". */
function bothPartyForms(phrases: string[]): string[] {
  const forms = new Set<string>();
  for (const p of phrases) {
    const [first = '', ...rest] = p.toLowerCase().split(/\s+/);
    const tail = rest.join(' ');
    const title = rest.map(capitalize).join(' ');
    for (const f of [first, capitalize(first)]) for (const t of [tail, title]) forms.add(t ? `${f} ${t}` : f);
  }
  return [...forms];
}

/** Does the document speak to its reader ("you", "your") often enough to be read as terms of service? */
function addressesReader(doc: ParsedDocument): boolean {
  let count = 0;
  for (const unit of doc.units.slice(0, 400)) {
    for (const s of unit.sentences) {
      const m = s.text.match(/\byou(?:r)?\b/gi);
      if (m) count += m.length;
      if (count >= 8) return true;
    }
  }
  return false;
}

/** A regular expression source that matches any of the party terms of one role. */
export function partyPattern(parties: Parties, role: Role | 'both'): string {
  // Asked for every sentence and table row (about 30,000 times over the corpus, with 55 names a
  // document on average): cached per parties object, recomputed if its names' roles change.
  // Compared name by name, not as a joined string built on every call.
  let byRole = patternCache.get(parties);
  if (!byRole || !sameRoles(byRole.roles, parties.names)) patternCache.set(parties, (byRole = { roles: parties.names.map((n) => n.role), sources: new Map() }));
  let source = byRole.sources.get(role);
  if (source === undefined) byRole.sources.set(role, (source = buildPartyPattern(parties, role)));
  return source;
}

function sameRoles(roles: readonly PartyName['role'][], names: readonly PartyName[]): boolean {
  if (roles.length !== names.length) return false;
  for (let i = 0; i < roles.length; i++) if (roles[i] !== names[i]!.role) return false;
  return true;
}

const patternCache = new WeakMap<Parties, { roles: PartyName['role'][]; sources: Map<Role | 'both', string> }>();

function buildPartyPattern(parties: Parties, role: Role | 'both'): string {
  const terms = parties.names
    .filter((n) => n.role === role)
    .flatMap((n) => [n.term, ...(n.legalName ? [n.legalName] : [])])
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return terms.join('|');
}

/** `Acme Hosting Ltd ("Acme")`: a short name that is part of a company's legal name. */
function isShortNameOf(term: string, legal: string): boolean {
  const first = term.trim().split(/\s+/)[0] ?? '';
  if (!/^\p{Lu}/u.test(first) || term.trim().split(/\s+/).length > 3) return false;
  return COMPANY_FORM.test(legal) && legal.toLowerCase().includes(first.toLowerCase());
}

/** Lower-case words that may join the words of a proper name: "University of Leeds", "Smith & Sons". */
const NAME_JOINERS = new Set(['of', 'and', '&', 'for', 'the', 'de', 'la']);

/**
 * `between Ashdown District Council (the "Council")`, `and Pembrook Dental Group, P.C., an Oregon
 * corporation ("Pembrook")`: a party introduced by "between/and/with" whose proper name (every
 * word capitalised) begins or ends with the short name, with no legal-form word needed (councils,
 * agencies, credit unions and professional corporations sign contracts too). Returns that name.
 */
function preambleNameOf(term: string, before: string): string | undefined {
  const t = term.trim();
  if (!/^\p{Lu}[\p{L}\p{N}&.-]*$/u.test(t)) return undefined;
  for (const intro of before.matchAll(/\b(?:between|and|with)\s+(?=(?:the\s+)?([^,;:]+))/g)) {
    const words = intro[1]!.trim().split(/\s+/);
    if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w) || NAME_JOINERS.has(w))) continue;
    if (words[0] === t || words[words.length - 1] === t) return words.join(' ');
  }
  return undefined;
}

/** Is the side's preferred name a company's own name ("Northwind"), written without an article? */
export function isOwnName(parties: Pick<Parties, 'provider' | 'customer'> & { names?: readonly PartyName[] }, role: Role): boolean {
  const term = role === 'provider' ? parties.provider : parties.customer;
  return parties.names?.some((n) => n.ownName && n.term === term) ?? false;
}

/** How prose names a side: "the Supplier" for a role word, "Northwind" for a company's own name. */
export function sideName(parties: Pick<Parties, 'names' | 'provider' | 'customer'>, role: Role): string {
  const term = role === 'provider' ? parties.provider : parties.customer;
  return isOwnName(parties, role) ? term : `the ${term}`;
}

const documentNamesCache = new WeakMap<Parties, DocumentNames>();

/** The document's own party names by side, for the lexicon's role slots ("upon Pembrook's request"). */
export function documentNames(parties: Parties): DocumentNames {
  let names = documentNamesCache.get(parties);
  if (!names) {
    const of = (role: Role): string[] => parties.names.filter((n) => n.role === role && !n.conventional && !n.staffOf && /^\p{Lu}/u.test(n.term) && !/^(?:we|us|you)$/i.test(n.term)).map((n) => n.term);
    names = { provider: of('provider'), customer: of('customer') };
    documentNamesCache.set(parties, names);
  }
  return names;
}
