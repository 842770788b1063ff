/**
 * An act the clause gives the customer by name, without a modal: "The Client installs vendor
 * patches …", "The Client's own IT team performs the backups …", or a present passive whose
 * agent is the customer ("… are tested and installed by the Client"). Allocation tables and
 * responsibility schedules say who does what this way; the clause then gives the act to the
 * customer, as "You install updates" does in a we/you agreement (plain-allocation.ts).
 *
 * Not an act: states, assent, notices and requests to the other party, payments, use of a
 * service ("The Client uses the backup portal"), and an agent inside a reduced relative
 * ("to a site approved by the Client").
 */
import { customerAllocation, customerStaffOwnership } from './allocated-holder';
import type { Lexicon } from './lexicon';
import type { Parties } from './parties';
import { TextReadings } from './recent-answers';
import { customerPresentAct } from './plain-allocation';
import { pronounSubject } from './pronoun-subject';
import { bundledLexicon } from './catalog/lexicon-file';
import { partyMentions } from './subjects';
import type { Span } from './types';

/** Third-person present verbs after the customer's name that give it no act of its own. */
const NOT_AN_ACT = new Set([
  'is', 'was', 'has', 'does', 'agrees', 'acknowledges', 'understands', 'accepts', 'warrants', 'represents',
  'confirms', 'consents', 'wants', 'wishes', 'asks', 'requests', 'chooses', 'tells', 'sees', 'finds', 'benefits',
  'owns', 'pays', 'receives', 'gets', 'needs', 'remains', 'bears', 'reserves', 'notifies', 'informs', 'provides',
  'gives', 'sends', 'supplies', 'approves', 'authorises', 'authorizes', 'requires', 'instructs', 'purchases',
  'buys', 'orders', 'uses', 'accesses', 'signs', 'logs', 'appoints', 'nominates', 'designates', 'grants', 'allows',
  'permits', 'means', 'includes', 'elects', 'undertakes', 'may', 'must', 'shall', 'will', 'can', 'also', 'only',
]);
/** Only a clause number, table bar or emphasis before the subject ("B.5.1 The Agency …", "| S3.7 | The Client …"). */
const LEADING_NUMBER = /^[\s|*_>([\]-]*(?:\p{Lu}{0,3}[\d.]*\d[\d.]*\p{Ll}?\)?[\s|*_.]+)?(?:the\s+)?/iu;
const ONLY_NUMBERING = new RegExp(`${LEADING_NUMBER.source}$`, 'iu');
/**
 * After the name: an optional possessive with up to four words ("'s own IT officer"), then a verb
 * in -s; a plural noun before an auxiliary ("'s backup files are …") is no verb.
 */
const ACT_AFTER_NAME = /^(?:['’]s(?:\s+own)?(?:\s+[\p{L}-]+){1,4}?)?\s+(\p{Ll}{2,}s)\b(?!\s+(?:are|is|were|was|have|has|had|must|shall|will|may|might|should|can|could|would|do|does|need)\b)(?:\s+(?:up|out|down|off|over)\b)?/u;
const BY_BEFORE = /\bby\s+(?:the\s+)?$/i;
/** "a site approved by the Client": the agent of a participle that describes a noun, not the clause's act. */
const REDUCED_RELATIVE = /\b(?:approved|authori[sz]ed|agreed|requested|specified|designated|nominated|notified|provided|supplied|chosen|selected|owned|operated|used|required|instructed|directed|made available)\s+by\s+(?:the\s+)?$/i;

/** The act `clause` gives the customer, in a we/you agreement, by name, or by an allocation word ("falls to the Client"), and the words naming it. */
export function customerActOf(text: string, clause: Span, parties: Parties, lex?: Lexicon): CustomerAct | undefined {
  return lex ? customerActs.get(parties, lex, text, clause.start, clause.end) : readCustomerAct(text, clause, parties);
}

type CustomerAct = { act: string; who: string; allocated?: true };

/** Every requirement that classifies a sentence asks about the same clauses: one answer per clause and document. */
const customerActs = new TextReadings<Parties, Lexicon, CustomerAct | undefined>((text, start, end, parties, lex) => readCustomerAct(text, { start, end }, parties, lex));

function readCustomerAct(text: string, clause: Span, parties: Parties, lex?: Lexicon): CustomerAct | undefined {
  const youAct = customerPresentAct(text, clause, parties);
  if (youAct) return { act: youAct, who: 'you' };
  return namedCustomerAct(text, clause, parties, lex) ?? (lex ? customerAllocation(text, clause, parties, lex) ?? customerStaffOwnership(text, clause, parties, lex) : undefined);
}

/** The words that give the act of `clause` to the customer named in it, if it does. */
export function namedCustomerAct(text: string, clause: Span, parties: Parties, lex: Lexicon = bundledLexicon()): { act: string; who: string } | undefined {
  const mentions = partyMentions(text, parties, clause.start, clause.end);
  // The subject: a customer mention, or a customer name with "'s" (which partyMentions leaves out, being mostly an object's owner).
  const first = mentions[0]?.role === 'customer' && ONLY_NUMBERING.test(text.slice(clause.start, mentions[0].start)) ? mentions[0] : possessiveSubject(text, clause, parties) ?? customerPronoun(text, clause, parties);
  if (first) {
    const m = ACT_AFTER_NAME.exec(text.slice(first.end, clause.end));
    const end = m ? first.end + m[0].length : 0;
    if (m && !NOT_AN_ACT.has(m[1]!.toLowerCase()) && !mentions.some((x) => x.role === 'provider' && x.start < end)) return { act: text.slice(first.start, end), who: text.slice(first.start, first.end) };
  }
  const scope = text.slice(clause.start, clause.end);
  const passive = lex.presentPassive.exec(scope);
  if (!passive) return undefined;
  const byWhom = (role: string) => mentions.find((x) => x.role === role && x.start > clause.start + passive.index && BY_BEFORE.test(text.slice(clause.start, x.start)));
  const agent = byWhom('customer') ?? possessiveAgent(text, clause.start + passive.index, clause.end, parties);
  if (!agent || byWhom('provider') || REDUCED_RELATIVE.test(text.slice(clause.start, agent.start))) return undefined;
  return { act: text.slice(clause.start + passive.index, agent.end), who: text.slice(agent.start, agent.end) };
}

/** "…falls to the Client's IT team: it installs …": a pronoun for the customer side opening the clause (pronoun-subject.ts). */
function customerPronoun(text: string, clause: Span, parties: Parties): Span | undefined {
  const p = pronounSubject(text, clause, parties);
  return p?.role === 'customer' ? p : undefined;
}

/** "The Client's own IT team …" at the start of `clause`: the span of the customer's name. */
function possessiveSubject(text: string, clause: Span, parties: Parties): Span | undefined {
  const scope = text.slice(clause.start, clause.end);
  const lead = LEADING_NUMBER.exec(scope)![0].length;
  const rest = scope.slice(lead);
  const name = parties.names.find((n) => n.role === 'customer' && /^\p{Lu}/u.test(n.term) && rest.startsWith(n.term) && /^['’]s\s/u.test(rest.slice(n.term.length)));
  return name ? { start: clause.start + lead, end: clause.start + lead + name.term.length } : undefined;
}

/** "… are handled by the Client's own IT staff": the customer's people as the agent of a passive. */
function possessiveAgent(text: string, from: number, to: number, parties: Parties): Span | undefined {
  const scope = text.slice(from, to);
  for (const n of parties.names) {
    if (n.role !== 'customer' || !/^\p{Lu}/u.test(n.term)) continue;
    for (let at = scope.indexOf(n.term); at >= 0; at = scope.indexOf(n.term, at + 1)) {
      if (BY_BEFORE.test(scope.slice(0, at)) && /^['’]s\s/u.test(scope.slice(at + n.term.length))) return { start: from + at, end: from + at + n.term.length };
    }
  }
  return undefined;
}

/**
 * What a provider does, not a duty, even when a clause says it in the present: its trade and its
 * standing ("The Provider offers a range of services", "specialises in", "employs 40 staff").
 */
const PROVIDER_DESCRIPTION = new Set(['offers', 'sells', 'markets', 'specialises', 'specializes', 'employs', 'holds', 'exists', 'operates', 'develops', 'owns']);

/**
 * The act a clause gives the provider by name in the present indicative, without a modal ("3.1
 * The Holder applies the security patches within fifteen days"): civil-law technical clauses
 * (French, Belgian, Swiss, Québec) bind in the present, as English drafting does with "shall".
 * The caller reads it only where the provider does not speak as "we" (a provider's own "we
 * apply" reports its practice).
 */
export function namedProviderAct(text: string, clause: Span, parties: Parties): string | undefined {
  const first = partyMentions(text, parties, clause.start, clause.end)[0];
  if (first?.role !== 'provider' || !ONLY_NUMBERING.test(text.slice(clause.start, first.start))) return undefined;
  const m = ACT_AFTER_NAME.exec(text.slice(first.end, clause.end));
  if (!m || m[0].includes("'") || m[0].includes('’')) return undefined;
  const verb = m[1]!.toLowerCase();
  if (NOT_AN_ACT.has(verb) || PROVIDER_DESCRIPTION.has(verb)) return undefined;
  return text.slice(first.start, first.end + m[0].length);
}
