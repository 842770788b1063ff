/**
 * Who a clause speaks of: party names that can be subjects, the subject of a verb (including the
 * agent of a passive: "shall be notified by the Provider"), and the holder a responsibility
 * phrase names ("the Customer's sole responsibility").
 */
import { bundledLexicon } from './catalog/lexicon-file';
import type { Parties } from './parties';
import { partyPattern } from './parties';
import { RecentAnswers } from './recent-answers';
import type { SubjectPatterns } from './subject-words';
import type { Role, Span } from './types';
import { partyRegExp } from './party-regexps';

/** "…: it does not maintain a plan": a pronoun subject is the party named just before it. */
export { pronounSubject } from './pronoun-subject';

export type Who = Role | 'both';

export interface PartyMention extends Span {
  role: Who;
}

export const partyRegexCache = new WeakMap<Parties, RegExp>();

export function partyRegex(parties: Parties): RegExp {
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
export function partyMentions(text: string, parties: Parties, from: number, to: number): PartyMention[] {
  return recentMentions.get(parties, text, from, to);
}

/** Classification asks about one sentence's ranges again and again (per region, per requirement). */
const recentMentions = new RecentAnswers<Parties, PartyMention[]>((text, from, to, parties) => findMentions(text, parties, from, to), 8192);

function findMentions(text: string, parties: Parties, from: number, to: number): PartyMention[] {
  const re = partyRegex(parties);
  const out: PartyMention[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    // A possessive ("Customer's", "Suppliers'") names no subject; a contracted verb ("We'll", "You're") keeps it.
    if (/^['’]s\b/.test(after) || /^['’](?!ll|re)/.test(after) || /^s['’]/.test(after)) continue;
    if (DEFINED_TERM_AFTER.test(after) || subjectWords(parties).partyAsModifier.test(after)) continue;
    // A possessive pronoun a draft defines as a party word ("your", "our") names whose thing it is, never who acts.
    if (POSSESSIVE_PRONOUN.test(m[0])) continue;
    const role: Who = m[1] !== undefined ? 'provider' : m[2] !== undefined ? 'customer' : 'both';
    out.push({ role, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * A capitalised noun right after a party name makes it part of a defined term: "Customer Data".
 * The gap may hold one line break: a paragraph's soft break falls anywhere ("the Customer⏎Data").
 */
const POSSESSIVE_PRONOUN = /^(?:your|our|their|its)$/i;
export const DEFINED_TERM_AFTER = /^(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?!(?:Shall|Must|Will|May|Agrees|Is|Are|And|Or)\b)\p{Lu}\p{Ll}/u;
/** A new subject between a party name and the verb: "Customer agrees that Acme will", "…, GitHub will". */
export const OTHER_SUBJECT_BEFORE_VERB = /(?:\bthat\b|,)\s*(?:the\s+)?\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*\s+(?:\p{Ll}+ly\s+)?$/u;

/**
 * A party name inside a prepositional phrase of the subject ("Backups of Customer servers shall
 * be performed", "Logs from Client firewalls shall be reviewed") is no subject of the verb; nor is
 * the agent of a participle or a condition before the verb ("insofar as the storage booked by the
 * Client suffices, will endeavour to …").
 */
export const AFTER_PREPOSITION = /\b(?:of|from|on|in|for|to|into|onto|at|about|against|under|within|across|throughout|by)\s+(?:the\s+|all\s+|any\s+|each\s+|every\s+)?$/i;
/** …unless it opens a relative clause whose verb it governs: "leave backups to the Customer, which is responsible for them". */
const ANTECEDENT = /^(?:['’]s(?:\s+\p{L}+){1,3})?\s*,\s*(?:which|who)\b/u;
/**
 * "manages all its clients, including the Customer, from a shared platform": a party named as a
 * member of a list ("including", "such as", "excluding") is what the list holds, not who acts.
 */
const LISTED = /\b(?:including|such\s+as|excluding)\s+(?:the\s+)?$/i;
/** The same list member written after the name: "all its customers, the Customer included, …". */
const LISTED_AFTER = /^\s+(?:included|excluded)\s*,/i;
/** "The Customer, not the Provider, is responsible …": a party set off in contrast is the one that does not act. */
const CONTRASTED = /(?:,|—|–|\()\s*(?:and\s+|but\s+)?(?:not|rather\s+than)\s+(?:the\s+)?$/i;

export function other(role: Role): Role {
  return role === 'provider' ? 'customer' : 'provider';
}

/** The party that is the subject of `verb`: the nearest mention before it, or "by the X" after a passive. */
export function subjectOf(text: string, mentions: PartyMention[], verb: Span | undefined, regionStart: number, parties?: Parties): Who | undefined {
  if (!verb) return mentions.find((m) => m.start >= regionStart)?.role;
  // "You're responsible for …", "We'll keep …": the contracted verb carries its subject.
  if (/^\p{L}+['’](?:re|ll)\b/iu.test(text.slice(verb.start, verb.end))) {
    const own = mentions.find((m) => m.start === verb.start);
    if (own) return own.role;
  }
  const before = mentions.filter((m) => m.end <= verb.start && m.start >= regionStart && !CONTRASTED.test(text.slice(Math.max(regionStart, m.start - 24), m.start)) && !LISTED.test(text.slice(Math.max(regionStart, m.start - 24), m.start)) && !LISTED_AFTER.test(text.slice(m.end, m.end + 12)) && (!AFTER_PREPOSITION.test(text.slice(Math.max(regionStart, m.start - 24), m.start)) || ANTECEDENT.test(text.slice(m.end, m.end + 40))));
  const agent = mentions.find((m) => m.start > verb.end && /\bby\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 8), m.start)) && /\bbe\s+\p{L}+ed\b|\bbe\s+\p{L}+en\b/iu.test(text.slice(verb.end, m.start)));
  if (agent) return agent.role;
  // Only for an impersonal passive: "the Provider shall ensure that … will be tested by the Customer's auditors" stays the Provider's.
  const official = parties && before.length === 0 ? possessiveAgent(text, verb, parties) ?? unitSubject(text, verb, regionStart, parties) : undefined;
  if (official) return official;
  const last = before[before.length - 1];
  // "The Provider and the Customer shall jointly agree …": a subject of both parties joined by "and".
  const prev = before[before.length - 2];
  if (last && prev && prev.role !== last.role && prev.role !== 'both' && last.role !== 'both' && /^\s*,?\s*(?:and|&)\s+(?:the\s+)?$/i.test(text.slice(prev.end, last.start))) return 'both';
  // "…instructions of Customer …, GitHub will notify": a name that is no party is the subject.
  if (last && OTHER_SUBJECT_BEFORE_VERB.test(text.slice(last.end, verb.start))) return undefined;
  return last?.role;
}

/**
 * "Shall be reviewed by the Customer's security manager": a passive whose agent is one party's
 * officer or staff is that party's act (a possessive is no subject of its own, so the plain agent
 * rule above does not see it).
 */
function possessiveAgent(text: string, verb: Span, parties: Parties): Role | undefined {
  const after = text.slice(verb.end);
  // The agent phrase needs "by"; most sentences after a verb have none.
  if (!/\bby\s/.test(after)) return undefined;
  for (const role of ['provider', 'customer'] as const) {
    const m = agentPattern(parties, role)?.exec(after);
    if (m && /\bbe\s+\p{L}+(?:ed|en)\b/iu.test(text.slice(verb.end, verb.end + m.index))) return role;
  }
  return undefined;
}

const agentPatterns = new WeakMap<Parties, Map<Role, RegExp | undefined>>();

/** "by the Customer's …": compiled once per document's parties. */
function agentPattern(parties: Parties, role: Role): RegExp | undefined {
  let byRole = agentPatterns.get(parties);
  if (!byRole) agentPatterns.set(parties, (byRole = new Map()));
  if (!byRole.has(role)) {
    const names = partyPattern(parties, role);
    byRole.set(role, names ? new RegExp(`\\bby\\s+(?:the\\s+)?(?:${names})['’]s?\\s+\\p{L}`, 'u') : undefined);
  }
  return byRole.get(role);
}

/**
 * The lexicon's subject words (`subjects`, subject-words.ts), read with the document's parties:
 * nouns a party name modifies, a party's own units and offices, the words of a refusal.
 */
function subjectWords(parties: Parties): SubjectPatterns {
  return parties.subjectWords ?? bundledLexicon().subjects;
}

/**
 * "The ORTP Security Operations Center will detect …", "Pembrook's privacy officer is
 * responsible for …": a subject that is one party's own unit or officer acts for that party. The
 * party name then reads as a modifier (or a possessive), so the plain mention rule skips it.
 */
function unitSubject(text: string, verb: Span, regionStart: number, parties: Parties): Role | undefined {
  // "The Customer's security manager shall be notified": a passive subject receives the act.
  if (/^\s*(?:not\s+)?be\s+\p{L}+(?:ed|en)\b/iu.test(text.slice(verb.end)) || /\bbe\s+\p{L}+(?:ed|en)$/iu.test(text.slice(verb.start, verb.end))) return undefined;
  // "… to the Customer's IT team, which is responsible for …": the unit is the relative clause's subject.
  const before = text.slice(regionStart, verb.start).replace(/\s*,\s*(?:which|who)\s+$/i, ' ');
  // Most subjects end in no unit noun: a cheap look at the last words first. A match names a party,
  // at most three words and the noun, so the last 300 characters hold any that exists.
  // "The information technology team of the Customer shall …": the unit, then the party after "of".
  if (!subjectWords(parties).unitTail.test(before.slice(-80)) && !UNIT_OF_TAIL.test(before.slice(-40))) return undefined;
  const tail = before.slice(-300);
  for (const role of ['provider', 'customer'] as const) {
    const re = unitSubjectPattern(parties, role);
    if (re?.test(tail)) return role;
  }
  return undefined;
}

/** "… team of the Customer ": a party named after "of", at the end of the subject. */
const UNIT_OF_TAIL = /\bof\s+(?:the\s+)?[\p{L}&-]+(?:\s+[\p{L}&-]+)?\s+(?:\p{L}+ly\s+)?$/iu;

const unitPatterns = new WeakMap<Parties, Map<Role, RegExp | undefined>>();

/** The compiled unit-subject pattern of one party, once per document's parties. */
function unitSubjectPattern(parties: Parties, role: Role): RegExp | undefined {
  let byRole = unitPatterns.get(parties);
  if (!byRole) unitPatterns.set(parties, (byRole = new Map()));
  if (!byRole.has(role)) {
    const names = partyPattern(parties, role);
    const head = subjectWords(parties).subjectHead;
    byRole.set(role, names ? new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:(?:the\\s+)?(?:${names})(?:['’]s?)?\\s+(?:[\\p{L}-]+\\s+){0,3}${head}|${head}\\s+of\\s+(?:the\\s+)?(?:${names}))\\s+(?:\\p{L}+ly\\s+)?$`, 'iu') : undefined);
  }
  return byRole.get(role);
}

/**
 * The holder a responsibility phrase names itself: "your responsibility" (the reader), "the
 * Customer's sole responsibility", "the sole responsibility of the Customer". Undefined when it
 * names none ("is solely responsible for": its subject holds it).
 */
export function responsibilityHolder(text: string, phrase: Span & { term: string }, parties: Parties): Role | undefined {
  const roleOf = (word: string): Role | undefined => {
    const n = parties.names.find((x) => x.term.toLowerCase() === word.toLowerCase());
    return n && n.role !== 'both' ? n.role : undefined;
  };
  const own = /^(your|our)\b/i.exec(phrase.term);
  if (own) return roleOf(own[1]!.toLowerCase() === 'your' ? 'you' : 'we');
  // "… is up to you": the phrase ends with its holder, whoever the sentence's subject is.
  const toWhom = /\b(you|us)$/i.exec(phrase.term);
  if (toWhom) return roleOf(toWhom[1]!.toLowerCase() === 'you' ? 'you' : 'we');
  const before = text.slice(Math.max(0, phrase.start - 80), phrase.start);
  if (/\b(?:your)\s+(?:own\s+|sole\s+|exclusive\s+)?$/i.test(before)) return roleOf('you');
  if (/\b(?:our)\s+(?:own\s+|sole\s+|exclusive\s+)?$/i.test(before)) return roleOf('we');
  for (const role of ['provider', 'customer'] as const) {
    const names = partyPattern(parties, role);
    if (!names) continue;
    if (partyRegExp(`(?<![\\p{L}\\p{N}])(?:${names})['’]s?\\s+(?:own\\s+|sole\\s+|exclusive\\s+)?$`, 'u').test(before)) return role;
    // The party's name as a noun modifier after an article: "a Client dependency", "the Customer responsibility".
    if (partyRegExp(`\\b(?:a|an|the)\\s+(?:${names})\\s+$`, 'iu').test(before)) return role;
    if (partyRegExp(`^\\s+of\\s+(?:the\\s+)?(?:${names})(?![\\p{L}\\p{N}])`, 'u').test(text.slice(phrase.end, phrase.end + 80))) return role;
  }
  return undefined;
}

export function mentionsOnly(mentions: PartyMention[], role: Role): boolean {
  return mentions.length > 0 && mentions.every((m) => m.role === role);
}

/** Does `text` name the party of `role` anywhere, possessives included ("the Provider's controls")? */
export function namesParty(text: string, parties: Parties, role: Role): boolean {
  const names = partyPattern(parties, role);
  if (names === '') return false;
  let re = namesPartyCache.get(names);
  if (!re) {
    if (namesPartyCache.size > 100) namesPartyCache.clear();
    namesPartyCache.set(names, (re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names})(?![\\p{L}\\p{N}])`, 'u')));
  }
  return re.test(text);
}

/** Compiled once per party pattern: namesParty is asked for every table cell and clause. */
const namesPartyCache = new Map<string, RegExp>();

/**
 * Is the act after `from` addressed to the party of `role`: its object right after the verb
 * ("notify Provider", "give the Provider notice") or after "to/with/for" ("report to the
 * Provider")? A name deeper in the object ("decide which permissions each Provider technician
 * has") is what the act is about, not whom it is owed to.
 */
export function addressedTo(text: string, mentions: PartyMention[], from: number, role: Role): boolean {
  return mentions.some((m) => {
    if (m.role !== role) return false;
    const between = text.slice(from, m.start);
    const words = (between.match(/[\p{L}-]+/gu) ?? []).filter((w) => w.toLowerCase() !== 'the').length;
    // "shall give notice to the Provider"; not a party named far on in a means clause ("shall be
    // responsible for separating the systems from other customers, including by providing a
    // tenant for the Provider to use", "…, by creating an administrator login for the Provider to
    // use"), which says how, not to whom the duty is owed.
    if (/\b(?:to|towards|with|for|from)\s+(?:the\s+)?$/i.test(between) && !/(?:\bincluding\s+|,\s*)by\b/i.test(between)) return true;
    return words <= 3;
  });
}

/**
 * "The Customer shall assess each subcontractor the Supplier proposes …; the Supplier does not
 * assess its subcontractors' security": after `from` (the customer's verb), a clause set off by
 * ";" or "," whose subject is the provider side refusing. It shows that a customer clause which
 * reads as oversight of the provider moves the duty rather than sharing it.
 */
export function providerDeclinesAfter(text: string, from: number, parties: Parties): boolean {
  return partyMentions(text, parties, from, text.length).some((m) => m.role === 'provider' && m.start > from && subjectWords(parties).refuses.test(text.slice(m.end, m.end + 40)) && /[;,]\s*(?:and\s+|but\s+|while\s+|whereas\s+)?(?:the\s+)?$/iu.test(text.slice(Math.max(from, m.start - 20), m.start)));
}
