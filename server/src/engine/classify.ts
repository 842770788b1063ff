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
import { BINDING, CAPABILITY, EXCLUSIONS, HEDGES, NEGATIONS, PERMISSIVE_MODALS, RESPONSIBILITY, SOLE_RESPONSIBILITY } from './lexicon';
import type { Parties } from './parties';
import { partyPattern } from './parties';
import { findDurations, formatDuration, meets, type FoundDuration } from './durations';
import { termSet, type TermHit } from './terms';
import type { Requirement, Role, Span, Status } from './types';

export interface Classification {
  status: Exclude<Status, 'missing' | 'accepted'>;
  reason: string;
  cue?: { text: string; start: number; end: number };
  subject?: Role;
  /**
   * The sentence shares the requirement's words but is not about it: a cross-reference
   * ("Please refer to our Security page"), or the other party's own duty towards the obligated
   * party ("Customer will notify Provider of compromised passwords"). Not evidence at all.
   */
  unrelated?: boolean;
}

/** The outline sentence that governs a verbless clause, e.g. "Supplier shall:" before a list. */
export interface LeadIn {
  text: string;
  /** Document offset of `text`. */
  start: number;
}

/**
 * Independent-clause boundaries. "but not limited to" is not one. ", and the Customer may keep a
 * copy" is: a comma, a conjunction and a subject of at most three words with a verb of its own.
 */
const CLAUSE_BREAK = /;|:(?=\s)|\s(?:but)\b(?!\s+not\s+limited)|,?\s+however,?\s|\swhereas\b|\s(?:and|or)\s+(?=\(?[a-z0-9]{1,4}\)\s)|,\s+(?:and|or)\s+(?=(?:(?!that\b|which\b|who\b)[\p{L}’'-]+\s+){1,3}(?:shall|must|will|may|might|can|could|should|is|are)\b)/giu;
/**
 * Carve-outs and conditions inside a clause. A condition ("if …", "to the extent …", "in the
 * event that …") qualifies the duty like a carve-out: "to the extent the Audit Report does not
 * provide sufficient information" states when a right applies, it disclaims nothing.
 */
const CARVE_OUT = /\b(?:except|excluding|unless|provided(?:,\s*however,)?\s+that|provided\s+further|save\s+(?:that|where|as|for)|other\s+than|with\s+the\s+exception\s+of|not\s+including|excepting|subject\s+to|if|to\s+the\s+extent(?:\s+that)?|in\s+the\s+event(?:\s+that)?)\b/gi;

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

interface CarveOut extends Span {
  /** The opening word, e.g. "except". */
  word: string;
  /** The carve-out opens the clause ("Except as provided in (b), the system shall …"). */
  leading: boolean;
  /** It removes an object ("except backups"), not a condition ("except as required by law"). */
  excludes: boolean;
}

/** Words after "except"/"other than" that make it a condition rather than an excluded object. */
const CONDITION_AFTER = /^\s*(?:as|where|when|whenever|if|to|that|in|insofar|so|otherwise|with|for\s+the\s+purposes?|pursuant|under|by)\b/i;

/**
 * Carve-outs within a clause. One that opens the clause runs to its first comma; one set off by
 * a comma (", except as required by law,") runs to the next comma; otherwise to the clause end.
 */
function carveOuts(text: string, clause: Span): CarveOut[] {
  const out: CarveOut[] = [];
  CARVE_OUT.lastIndex = clause.start;
  for (let m = CARVE_OUT.exec(text); m && m.index < clause.end; m = CARVE_OUT.exec(text)) {
    // "(i) to the extent …": an enumerator before the carve-out still makes it the clause's opening.
    const leading = text.slice(clause.start, m.index).replace(/^\s*\(?[a-z0-9]{1,4}[.)]/i, '').trim() === '';
    const parenthetical = /,\s*$/.test(text.slice(clause.start, m.index));
    let end = clause.end;
    if (leading || parenthetical) {
      const comma = text.indexOf(',', m.index + m[0].length);
      if (comma !== -1 && comma < clause.end) end = comma;
    }
    const word = m[0].toLowerCase();
    const excludes = exclusionWord.test(word) && !CONDITION_AFTER.test(text.slice(m.index + m[0].length, end));
    out.push({ start: m.index, end, word, leading, excludes });
    CARVE_OUT.lastIndex = Math.max(end, m.index + m[0].length);
  }
  return out;
}

const hedgeSets = HEDGES.map((h) => ({ set: termSet(h.phrases), reason: h.reason }));
const negationSets = NEGATIONS.map((h) => ({ set: termSet(h.phrases), reason: h.reason }));
const permissive = termSet(PERMISSIVE_MODALS);
const binding = termSet(BINDING);
const responsibility = termSet(RESPONSIBILITY);
const sole = termSet(SOLE_RESPONSIBILITY);
const capability = termSet(CAPABILITY);
const exclusionWord = new RegExp(`^(?:${EXCLUSIONS.map((e) => e.replace(/\s+/g, '\\s+')).join('|')})\\b`, 'i');
/** "We'll", "you'll": a contracted "will". */
const CONTRACTED_WILL = /['’]ll\b/g;
/**
 * A finite present-tense statement: "backups are performed", "logs are retained", "access is limited".
 * Not "is not" (the ending of "got" is not a participle), and not a statement of purpose or design
 * ("these guidelines are intended for …", "the service is designed to …"), which promises nothing.
 */
const PRESENT_PASSIVE = /\b(?:is|are)\s+(?:not\s+)?(?:\p{L}+ly\s+)?(?!not\b|intended\b|designed\b)(?:\p{L}+(?:ed|en|wn|ept|ilt|ung|ade|one|ot|eld|ound|et|ut))\b/iu;
const FIRST_PERSON_SUBJECT = /(?:^|[\s,;(])(?:we|We|WE)\s+(?!will\b|shall\b|must\b|agree)/;

/** A part of the agreement as the subject of a present-tense statement of its content: "Schedule [X] lists …". */
const CONTRACT_PART_STATES = /^\s*(?:\(?[a-z0-9]{1,4}[.)]\s*)?(?:this\s+(?:agreement|contract|addendum|exhibit|schedule|annex|appendix|section|clause)|(?:the\s+)?(?:schedule|annex|appendix|exhibit|attachment)\s+[\p{L}\p{N}\[\]().-]{1,12})\s+(?:describes|lists|sets\s+(?:out|forth)|specifies|identifies|defines|states|contains)\b/iu;

/** Sentences that only point elsewhere: "Please refer to …", "See our Security page", "For more information, …". */
const CROSS_REFERENCE = /^\s*(?:\(?[a-z0-9]{1,4}[.)]\s*)?(?:please\s+(?:refer|see|visit|read|review|contact|note)|see\s|refer\s+to\b|for\s+(?:more|further)\s+(?:information|details)|for\s+details\b|more\s+information\s+(?:is|can))/i;

/** A definition: "“Customer Modifications” means …", "(b) "Security Incident" shall mean …". */
const DEFINITION = /^\s*(?:\(?[a-z0-9]{1,4}[.)]\s*)?["“‘'][^"”’'\n]{1,80}["”’']\s+(?:means|shall\s+mean|refers\s+to|has\s+the\s+meaning|is\s+defined\s+as)\b/i;

/** Title-case words, small words allowed inside: "Safeguarding DOT Sensitive Data and Cyber Incident Reporting". */
const TITLE = String.raw`\p{Lu}[\p{L}\p{N}&/’'-]*(?:\s+(?:(?:and|or|of|the|for|to|in|on|with|a|an)\s+)*\p{Lu}[\p{L}\p{N}&/’'-]*)*`;
/**
 * The titles of cited clauses: "clause 1252.239-74, Safeguarding … and Cyber Incident Reporting,"
 * and "Section 5.2 (Security)". Words in them name another clause; they oblige no one here.
 */
const CITED_TITLE = new RegExp(
  String.raw`\b(?:clause|section|article|paragraph|§)\s*\d[\p{L}\p{N}.()–-]*(?:,\s+(${TITLE})(?=[,.;)]|\s*$)|\s+\((${TITLE})\))`,
  'giu',
);

function citedTitles(text: string): Span[] {
  const out: Span[] = [];
  CITED_TITLE.lastIndex = 0;
  for (let m = CITED_TITLE.exec(text); m; m = CITED_TITLE.exec(text)) {
    const title = m[1] ?? m[2]!;
    const start = m.index + m[0].lastIndexOf(title);
    out.push({ start, end: start + title.length });
  }
  return out;
}

type Who = Role | 'both';

/** One compiled set per requirement for all its weaken phrases; hits carry the phrase index. */
function weakenSet(req: Requirement): ReturnType<typeof termSet> {
  return termSet(req.weaken.map((w) => w.phrase));
}

const conceptCache = new WeakMap<Requirement, Map<string, Span[]>>();

/** Where the requirement's detect terms (any group) occur in `text`. */
function conceptSpans(text: string, req: Requirement): Span[] {
  let byText = conceptCache.get(req);
  if (!byText) {
    byText = new Map();
    conceptCache.set(req, byText);
  }
  let spans = byText.get(text);
  if (!spans) {
    spans = req.detect.flatMap((g) => termSet(g).find(text));
    if (byText.size > 200) byText.clear();
    byText.set(text, spans);
  }
  return spans;
}

/** Words that add nothing to a phrase they end or start: "not covered" + "by". */
const FUNCTION_WORDS = /^\s*(?:(?:by|of|to|the|a|an|for|in|on|with|from)\b\s*)*$/i;

/**
 * Is the cue `hit` (offsets in `text`) one of the requirement's concept words: inside a concept
 * hit, or covering one plus only function words ("not covered by" for "not covered")? A cue that
 * adds words of its own to a concept ("as soon as practical" around "as soon as") still counts.
 */
function overlapsConcept(text: string, req: Requirement, hit: Span): boolean {
  return conceptSpans(text, req).some((c) => {
    if (hit.start >= c.end || c.start >= hit.end) return false;
    const outside = `${text.slice(hit.start, Math.max(hit.start, c.start))} ${text.slice(Math.min(hit.end, c.end), hit.end)}`;
    return FUNCTION_WORDS.test(outside);
  });
}

interface PartyMention extends Span {
  role: Who;
}

const partyRegexCache = new WeakMap<Parties, RegExp>();

function partyRegex(parties: Parties): RegExp {
  let re = partyRegexCache.get(parties);
  if (!re) {
    const p = partyPattern(parties, 'provider');
    const c = partyPattern(parties, 'customer');
    const b = partyPattern(parties, 'both');
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:(${p || '(?!)'})|(${c || '(?!)'})|(${b || '(?!)'}))(?![\\p{L}\\p{N}])`, 'gu');
    partyRegexCache.set(parties, re);
  }
  return re;
}

/**
 * Party names in `text` that can be subjects. Possessives ("the Customer's systems") are not, nor
 * is a party name that begins a defined term ("Customer Data", "Provider Personnel").
 */
function partyMentions(text: string, parties: Parties, from: number, to: number): PartyMention[] {
  const re = partyRegex(parties);
  const out: PartyMention[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (/^['’]s\b/.test(after) || /^['’](?!ll)/.test(after) || /^s['’]/.test(after)) continue;
    if (DEFINED_TERM_AFTER.test(after)) continue;
    const role: Who = m[1] !== undefined ? 'provider' : m[2] !== undefined ? 'customer' : 'both';
    out.push({ role, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A capitalised noun right after a party name makes it part of a defined term: "Customer Data". */
const DEFINED_TERM_AFTER = /^[ \t]+(?!(?:Shall|Must|Will|May|Agrees|Is|Are|And|Or)\b)\p{Lu}\p{Ll}/u;
/** A new subject between a party name and the verb: "Customer agrees that Acme will", "…, GitHub will". */
const OTHER_SUBJECT_BEFORE_VERB = /(?:\bthat\b|,)\s*(?:the\s+)?\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*\s+(?:\p{Ll}+ly\s+)?$/u;

function other(role: Role): Role {
  return role === 'provider' ? 'customer' : 'provider';
}

interface Verb extends TermHit {
  kind: 'binding' | 'permissive' | 'negation' | 'sole' | 'responsibility';
  reason?: string;
}

/**
 * Modal and responsibility verbs in `text[from, to)`, in order. A global weakening cue (permissive,
 * sole responsibility, negation) that lies within one of the requirement's own concept words is
 * that concept, not a cue: "lists the security services that are out of scope" describes scope.
 */
function verbsIn(text: string, from: number, to: number, req: Requirement): Verb[] {
  const slice = text.slice(from, to);
  const shift = (kind: Verb['kind'], reason?: string) => (h: TermHit): Verb => ({ ...h, start: h.start + from, end: h.end + from, kind, ...(reason ? { reason } : {}) });
  const cue = (v: Verb): boolean => !overlapsConcept(text, req, v);
  const verbs: Verb[] = [
    ...binding.find(slice).map(shift('binding')),
    ...responsibility.find(slice).map(shift('responsibility')),
    ...permissive.find(slice).map(shift('permissive')).filter(cue),
    ...sole.find(slice).map(shift('sole')).filter(cue),
    ...negationSets.flatMap((n) => n.set.find(slice).map(shift('negation', n.reason))).filter(cue),
  ];
  for (const hit of weakenSet(req).find(slice)) {
    const cue = req.weaken[hit.index]!;
    if (cue.status === 'negated') verbs.push(shift('negation', cue.reason)(hit));
  }
  CONTRACTED_WILL.lastIndex = 0;
  for (let m = CONTRACTED_WILL.exec(slice); m; m = CONTRACTED_WILL.exec(slice)) {
    verbs.push({ term: m[0], start: from + m.index, end: from + m.index + m[0].length, index: 0, kind: 'binding' });
  }
  // Longer phrases win where they overlap ("is not required to" over "is required to").
  verbs.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Verb[] = [];
  for (const v of verbs) {
    const last = kept[kept.length - 1];
    if (last && v.start < last.end) {
      if (v.end - v.start > last.end - last.start) kept[kept.length - 1] = v;
      continue;
    }
    kept.push(v);
  }
  return kept;
}

/** The party that is the subject of `verb`: the nearest mention before it, or "by the X" after a passive. */
function subjectOf(text: string, mentions: PartyMention[], verb: Verb | undefined, regionStart: number): Who | undefined {
  if (!verb) return mentions.find((m) => m.start >= regionStart)?.role;
  const before = mentions.filter((m) => m.end <= verb.start && m.start >= regionStart);
  const agent = mentions.find((m) => m.start > verb.end && /\bby\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 8), m.start)) && /\bbe\s+\p{L}+ed\b|\bbe\s+\p{L}+en\b/iu.test(text.slice(verb.end, m.start)));
  if (agent) return agent.role;
  const last = before[before.length - 1];
  // "…instructions of Customer …, GitHub will notify": a name that is no party is the subject.
  if (last && OTHER_SUBJECT_BEFORE_VERB.test(text.slice(last.end, verb.start))) return undefined;
  return last?.role;
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
export function classifySentence(
  text: string,
  base: number,
  conceptAt: number,
  req: Requirement,
  parties: Parties,
  leadIn?: LeadIn,
): Classification {
  if (CROSS_REFERENCE.test(text)) {
    return { status: 'weak', reason: 'a cross-reference to another document, not a term of this one', unrelated: true };
  }
  if (DEFINITION.test(text)) {
    return { status: 'weak', reason: 'a definition, which obliges no one', unrelated: true };
  }
  const concepts = conceptSpans(text, req);
  const titles = citedTitles(text);
  if (concepts.length && titles.length && concepts.every((c) => titles.some((t) => c.start >= t.start && c.end <= t.end))) {
    return { status: 'weak', reason: 'it only names the title of another clause it refers to', unrelated: true };
  }
  const clauses = clauseSpans(text);
  const ci = Math.max(0, clauses.findIndex((c) => conceptAt >= c.start && conceptAt < c.end));
  const clause = clauses[ci]!;
  const carves = carveOuts(text, clause);
  const inCarve = carves.find((c) => conceptAt >= c.start && conceptAt < c.end);
  const cueAt = (r: Region, h: TermHit): { text: string; start: number; end: number } => ({ text: h.term, start: r.base + h.start, end: r.base + h.end });
  const obligated: Role | undefined = req.party === 'both' ? undefined : req.party;

  // "X does not warrant that …; that …; that defects will be corrected": a list of "that"
  // clauses takes its verb from the clause that opens the list.
  const complementHead = headOfComplementList(text, clauses, ci);
  if (complementHead) {
    const negation = verbsIn(text, complementHead.start, complementHead.end, req).find((v) => v.kind === 'negation');
    if (negation) {
      return { status: 'negated', reason: negation.reason ?? 'the obligation is expressly disclaimed', cue: { text: negation.term, start: base + negation.start, end: base + negation.end } };
    }
  }
  // "all services except backups": the concept is what the carve-out removes.
  if (inCarve?.excludes) {
    const cue = { text: text.slice(inCarve.start, inCarve.start + inCarve.word.length), start: base + inCarve.start, end: base + inCarve.start + inCarve.word.length };
    return { status: 'negated', reason: `it is carved out of the obligation by “${cue.text}”`, cue };
  }

  // The verb region: the clause without its carve-outs; else the nearest earlier clause with a
  // verb; else the lead-in sentence.
  const leadingCarve = carves.find((c) => c.leading);
  const main: Region = { text, base, start: leadingCarve ? leadingCarve.end : clause.start, end: carves.find((c) => !c.leading)?.start ?? clause.end };
  if (main.end < main.start) main.end = main.start;
  let region: Region = main;
  let verbs = verbsIn(text, main.start, main.end, req);
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
  if (verbs.length === 0 && leadIn) {
    const lt = leadIn.text;
    const lastClause = clauseSpans(lt.replace(/[:—–-]+\s*$/, (m) => ' '.repeat(m.length))).pop()!;
    const vs = verbsIn(lt, lastClause.start, lastClause.end, req);
    if (vs.length) {
      region = { text: lt, base: leadIn.start, start: lastClause.start, end: lastClause.end };
      verbs = vs;
    }
  }
  const mentions = partyMentions(region.text, parties, region.start, region.end);
  const verb = verbs[0];
  const who = subjectOf(region.text, mentions, verb, region.start);
  const subject: Role | undefined = who === 'both' ? undefined : who;
  const withSubject = subject ? { subject } : {};
  const otherParty = obligated !== undefined && subject === other(obligated);
  const partyName = (r: Role): string => (r === 'provider' ? parties.provider : parties.customer);

  // Cue regions: the concept clause (with its carve-outs) plus the governing region when it is another one.
  const cueRegions: Region[] = [{ text, base, start: clause.start, end: clause.end }];
  if (region.text !== text || region.start !== main.start) cueRegions.push(region);
  const firstHit = (find: (s: string) => TermHit[], global = true): { region: Region; hit: TermHit } | undefined => {
    for (const r of cueRegions) {
      for (const h of find(r.text.slice(r.start, r.end))) {
        const hit = { ...h, start: h.start + r.start, end: h.end + r.start };
        // A global cue inside the requirement's own concept words is the concept ("optional", "out of scope").
        if (global && overlapsConcept(r.text, req, hit)) continue;
        return { region: r, hit };
      }
    }
    return undefined;
  };

  // 1. Negation: disclaimed or excluded. Only the verb region counts, so a carve-out's "not
  //    required" does not negate the obligation it qualifies.
  const negation = verbs.find((v) => v.kind === 'negation');
  if (negation) {
    if (otherParty) {
      return { status: 'weak', reason: `it only says what the ${partyName(subject!)} need not do; nothing obliges the ${partyName(obligated!)}`, cue: cueAt(region, negation), ...withSubject };
    }
    return { status: 'negated', reason: negation.reason ?? 'the obligation is expressly disclaimed', cue: cueAt(region, negation), ...withSubject };
  }
  // 2. Pushed onto the other party. "It is the Customer's sole responsibility", "your
  //    responsibility" and "the responsibility of the Customer" name their holder themselves.
  const soleVerb = verbs.find((v) => v.kind === 'sole');
  const holder = soleVerb ? responsibilityHolder(region.text, soleVerb, parties) : undefined;
  if (soleVerb && obligated && (holder === other(obligated) || (holder === undefined && (otherParty || (subject === undefined && mentionsOnly(mentions, other(obligated))))))) {
    return { status: 'negated', reason: `the duty is pushed onto the ${partyName(other(obligated))} as its own responsibility`, cue: cueAt(region, soleVerb), subject: other(obligated) };
  }
  if (obligated && otherParty && verb && (verb.kind === 'binding' || verb.kind === 'responsibility')) {
    // "Customer will notify Provider …": the other party's duty owed *to* the obligated party is
    // a different duty, not this one moved.
    const owedTo = partyMentions(region.text, parties, verb.end, region.end).some((m) => m.role === obligated);
    if (owedTo) return { status: 'weak', reason: `a duty of the ${partyName(subject!)} towards the ${partyName(obligated)}, not this requirement`, unrelated: true, ...withSubject };
    return {
      status: 'wrong-party',
      reason: `it is put on the ${partyName(subject!)}, but AA22-131A expects the ${partyName(obligated)} to owe it`,
      cue: cueAt(region, verb),
      ...withSubject,
    };
  }
  // 2b. A permission of the other party is evidence when it is a right to require, check or
  //     receive something of the obligated party ("the Customer may audit the Provider"). Leave
  //     to do the thing itself ("the Licensee may make one backup copy") obliges the obligated
  //     party to nothing; leave to switch a feature on ("you may enable MFA") says it exists.
  const capabilityOnly = verb?.kind === 'permissive' && /^(?:can|could)$/i.test(verb.term);
  if (verb?.kind === 'permissive' && otherParty && !capabilityOnly) {
    const act = actAfter(region.text, verb.end, region.end);
    if (FEATURE_USE.test(act)) {
      return { status: 'weak', reason: `it says what the ${partyName(subject!)} may switch on; nothing obliges the ${partyName(obligated!)}`, cue: cueAt(region, verb), ...withSubject };
    }
    if (!OVERSIGHT.test(act)) {
      return { status: 'weak', reason: `it lets the ${partyName(subject!)} do it itself; nothing obliges the ${partyName(obligated!)}`, unrelated: true, ...withSubject };
    }
    // The right must bear on the concept: "may audit … in connection with a Security Incident"
    // (the concept in a clause of its own) gives the Customer a right but no incident duty.
    if (region !== main || conceptAt < verb.end) {
      return { status: 'weak', reason: `a right of the ${partyName(subject!)}, which does not itself oblige the ${partyName(obligated!)} to this`, cue: cueAt(region, verb), ...withSubject };
    }
  }
  // 3. Requirement-specific and global hedges (carve-outs included: "unless otherwise agreed").
  const weakened = firstHit((s) => weakenSet(req).find(s).filter((h) => req.weaken[h.index]!.status !== 'negated'), false);
  if (weakened) {
    const cue = req.weaken[weakened.hit.index]!;
    return { status: cue.status, reason: cue.reason, cue: cueAt(weakened.region, weakened.hit), ...withSubject };
  }
  for (const h of hedgeSets) {
    const found = firstHit((s) => h.set.find(s));
    if (found) return { status: 'weak', reason: h.reason, cue: cueAt(found.region, found.hit), ...withSubject };
  }
  // 4. Permissive modals weaken only the obligated party's duty; "the Customer may audit" is a
  //    right. "The Customer can enable MFA" is only a capability.
  const rightOfOtherParty = verb?.kind === 'permissive' && otherParty && !capabilityOnly;
  if (verb?.kind === 'permissive' && otherParty && capabilityOnly) {
    return { status: 'weak', reason: `it says what the ${partyName(subject!)} can do; nothing obliges the ${partyName(obligated!)}`, cue: cueAt(region, verb), ...withSubject };
  }
  if (verb?.kind === 'permissive' && !rightOfOtherParty) {
    return { status: 'weak', reason: `“${verb.term}” is permissive, not a duty`, cue: cueAt(region, verb), ...withSubject };
  }
  // 5. Thresholds (e.g. log retention of at least six months).
  const threshold = checkThresholds(text, base, clause, req);
  if (threshold) return { ...threshold, ...withSubject };
  // 6. No modal at all: a description, a capability, or a requirement stated in the present tense.
  if (!verb) {
    // "We offer two-factor authentication, but your account's security is up to you": a
    // description followed by a disclaimer in the same sentence is a disclaimer.
    if (obligated) {
      const pushed = sole.find(text).find((h) => !overlapsConcept(text, req, h));
      if (pushed && partyMentions(text, parties, 0, text.length).some((m) => m.role === other(obligated))) {
        return { status: 'negated', reason: `the duty is left to the ${partyName(other(obligated))}`, cue: { text: pushed.term, start: base + pushed.start, end: base + pushed.end }, subject: other(obligated) };
      }
    }
    const cap = firstHit((s) => capability.find(s));
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
  return { status: 'present', reason: rightOfOtherParty ? `a right of the ${partyName(subject!)}` : 'a binding obligation', ...withSubject };
}

/** What a party is permitted to do that concerns the other party: demand, check, receive, end. */
const OVERSIGHT = /^(?:exercise\s+(?:its|their|the|any)\s+(?:[\p{L}-]+\s+)?(?:audit|inspection|review|access)|require|request|demand|ask|audit|inspect|examine|review|verify|check|test|assess|monitor|access|view|download|export|receive|obtain|approve|object|reject|veto|withhold|instruct|direct|terminate|suspend|(?:conduct|perform|carry\s+out|commission|have)\s+(?:an?\s+|its\s+own\s+|their\s+own\s+)?(?:[\p{L}-]+\s+)?(?:audits?|inspections?|assessments?|reviews?|tests?|testing|examinations?|access)|be\s+(?:given|provided|granted|notified|informed|told))\b/iu;
/** Switching on a feature of the service: "enable MFA", "turn on two-step verification". */
const FEATURE_USE = /^(?:enable|activate|turn\s+on|switch\s+on|opt\s+in|configure|set\s+up|use)\b/i;

/** The words after a modal, past adverbs and set-off phrases: "may, at its own cost, audit" → "audit …". */
function actAfter(text: string, from: number, to: number): string {
  let rest = text.slice(from, to);
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(/^\s*,[^,]{0,80},/, '').replace(/^\s*(?:also|further|additionally|at\s+any\s+time|at\s+(?:its|their)\s+(?:own\s+)?(?:cost|expense|option|discretion)|\p{L}+ly)\b/iu, '');
  }
  return rest.trimStart();
}

/**
 * The holder a responsibility phrase names itself: "your responsibility" (the reader), "the
 * Customer's sole responsibility", "the sole responsibility of the Customer". Undefined when it
 * names none ("is solely responsible for": its subject holds it).
 */
function responsibilityHolder(text: string, phrase: Span & { term: string }, parties: Parties): Role | undefined {
  const roleOf = (word: string): Role | undefined => {
    const n = parties.names.find((x) => x.term.toLowerCase() === word.toLowerCase());
    return n && n.role !== 'both' ? n.role : undefined;
  };
  const own = /^(your|our)\b/i.exec(phrase.term);
  if (own) return roleOf(own[1]!.toLowerCase() === 'your' ? 'you' : 'we');
  const before = text.slice(Math.max(0, phrase.start - 80), phrase.start);
  if (/\b(?:your)\s+(?:own\s+|sole\s+|exclusive\s+)?$/i.test(before)) return roleOf('you');
  if (/\b(?:our)\s+(?:own\s+|sole\s+|exclusive\s+)?$/i.test(before)) return roleOf('we');
  for (const role of ['provider', 'customer'] as const) {
    const names = partyPattern(parties, role);
    if (!names) continue;
    if (new RegExp(`(?<![\\p{L}\\p{N}])(?:${names})['’]s?\\s+(?:own\\s+|sole\\s+|exclusive\\s+)?$`, 'u').test(before)) return role;
    if (new RegExp(`^\\s+of\\s+(?:the\\s+)?(?:${names})(?![\\p{L}\\p{N}])`, 'u').test(text.slice(phrase.end, phrase.end + 80))) return role;
  }
  return undefined;
}

const THAT_CLAUSE = /^\s*(?:(?:and|or)\s+)?that\b/i;

/** A clause that is an item of an enumeration: "(c) defects will be corrected". */
const ENUMERATED_CLAUSE = /^\s*\(?[a-z0-9]{1,4}\)\s/i;
/** "… does not warrant that (a) …": a "that" opening an enumeration of complements. */
const THAT_ENUMERATION = /\bthat\s*(?=\(?(?:a|i|1)\)\s)/i;

/**
 * For a clause that continues a "…that …; that …" list, the clause that opens the list; for an
 * enumerated item ("…, or (c) defects will be corrected"), the words up to the "that" before "(a)".
 */
function headOfComplementList(text: string, clauses: Span[], ci: number): Span | undefined {
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
function enclosingParenthesis(text: string, at: number, clause: Span): Span | undefined {
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

function mentionsOnly(mentions: PartyMention[], role: Role): boolean {
  return mentions.length > 0 && mentions.every((m) => m.role === role);
}

/** Check every duration threshold whose `appliesTo` terms occur in the sentence. */
function checkThresholds(text: string, base: number, clause: Span, req: Requirement): Omit<Classification, 'subject'> | undefined {
  for (const threshold of req.thresholds) {
    if (threshold.appliesTo && !termSet(threshold.appliesTo).test(text)) continue;
    // Prefer the durations of the concept's own clause; fall back to the whole sentence.
    const all = findDurations(text, base);
    const inClause = all.filter((d) => d.start - base >= clause.start && d.end - base <= clause.end);
    const durations: FoundDuration[] = inClause.length ? inClause : all;
    if (durations.length === 0) {
      return { status: 'weak', reason: `no period is stated; AA22-131A asks for at least ${formatDuration(threshold.min)}` };
    }
    const good = durations.find((d) => d.qualifier !== 'max' && meets(d.duration, threshold.min));
    if (!good) {
      const d = durations.find((x) => x.qualifier === 'max' && meets(x.duration, threshold.min)) ?? durations[0]!;
      const why = d.qualifier === 'max' ? `“${d.text.trim()}” is a maximum, not a minimum` : `${d.text.trim()} is less than ${formatDuration(threshold.min)}`;
      return { status: 'below-threshold', reason: `${why} (${threshold.reason.replace(/[.\s]+$/, '')})`, cue: { text: d.text, start: d.start, end: d.end } };
    }
  }
  return undefined;
}
