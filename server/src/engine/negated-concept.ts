/**
 * A clause that says the duty's own act or object is not done, without a disclaiming verb of the
 * lexicon: the negation sits around the requirement's words, not on a modal.
 *
 * - "The Contractor does not patch Client systems": "does not" right before the act; also with
 *   the act's own verbs and object between ("we do not collect, keep or review the security logs",
 *   "we do not keep your systems separate"). Not a negated verb that bears on another clause or
 *   duty ("does not limit the Supplier's obligation to patch", "does not relieve …"); but "does not
 *   restrict the access rights" negates the limiting that least privilege is.
 * - "Client data is not backed up", "the systems are not separated", "logs will not be retained":
 *   a negated passive right before the act. Not in a relative clause ("backups that are not
 *   encrypted shall be deleted" states a duty about such backups).
 * - "No restriction of administrative privileges is required", "no backups are provided": the
 *   object negated by "no" and then said not to be required, provided, included or performed;
 *   "no retention period applies to the logs".
 * - "The Supplier has no supply-chain risk management obligations", "bears no responsibility for
 *   patching": a party that has no duty named by the requirement's words.
 * - "Security event logging and monitoring are not part of Northwind's services": the object said
 *   not to be part of the services, whatever the provider is called; also "… is not a Managed
 *   Service", "… are not one of the services".
 * - "MFA is not provided", "backups are not included", "access rights are not restricted": the
 *   object said not to be provided, required, included, performed, enabled, enforced or restricted
 *   (not "restricted to", which narrows); "the Provider provides no MFA"; and the object said not
 *   to be done ("security patches are not applied", "the logs will not be reviewed").
 */
import type { Span } from './types';

const DOES_NOT = /\b(?:(?:does|do|did)\s+not|doesn['’]t|don['’]t|didn['’]t)\s+(?:\p{L}+ly\s+)?$/iu;
/** "does not" + up to three coordinated verbs + up to four words of object before the concept. */
// "does not apply to" / "does not apply where" says a term is inapplicable; "does not apply
// vendor patches" refuses the act.
const DOES_NOT_HEAD = String.raw`\b(?:(?:does|do|did)\s+not|doesn['’]t|don['’]t|didn['’]t)\s+(?!(?:limit|affect|relieve|release|prejudice|restrict|reduce|waive|excuse|diminish|derogate|apply(?=\s+(?:to|in|on|where|if|when|only|unless|for|with|at|as)\b|\s*[,.;]|\s*$)|mean|require|permit|allow|prevent|need|have|intend|guarantee|warrant|represent|exclude|override|replace|oblige|obligate)\b)\p{L}+`;
// "does not respond to or notify": a verb's particle before the next coordinated verb.
const DOES_NOT_ACT = new RegExp(
  String.raw`${DOES_NOT_HEAD}(?:\s+(?:to|for|on|with)(?=\s+(?:or|and)\b))?(?:\s*(?:,|\bor\b|\band\b)\s*\p{L}+){0,3}\s+(?:(?!(?:that|which|who|if|when|unless|to|but|other)\b)[\p{L}\p{N}'’-]+\s+){0,4}$`,
  'iu',
);
/**
 * "does not maintain a plan, notify the Customer or contain incidents": one negation governs a
 * series of acts, each with its own object; the concept is a later act of the series.
 */
const SERIES_ITEM = String.raw`(?:\s+(?!(?:that|which|who|if|when|unless|but|except|other)\b)[\p{L}\p{N}'’-]+){0,5}\s*,\s*`;
const DOES_NOT_SERIES = new RegExp(String.raw`${DOES_NOT_HEAD}${SERIES_ITEM}(?:\p{L}+${SERIES_ITEM})?(?:(?:or|and)\s+)?$`, 'iu');
/**
 * "does not restrict the access rights", "does not limit its engineers' privileges": limiting is
 * the act itself when what follows is the concept, not another party's obligation, right or
 * liability ("does not limit the Supplier's obligation to …" bears on another clause).
 */
const DOES_NOT_LIMIT =
  /\b(?:(?:does|do|did)\s+not|doesn['’]t|don['’]t|didn['’]t)\s+(?:limit|restrict)\s+(?:(?!(?:obligations?|duty|duties|liabilit(?:y|ies)|rights?|remed(?:y|ies)|ability|responsibilit(?:y|ies)|that|which|who|if|when|unless|to|but|other|in|under)\b)[\p{L}\p{N}'’-]+\s+){0,4}$/iu;
/**
 * "This Agreement does not set out which party is responsible for which security tasks", "we don't
 * specify who reviews the logs": a text that declines to say who does a thing or what it is has not
 * allocated or defined it.
 */
const DOES_NOT_STATE = /\b(?:(?:does|do|did)\s+not|doesn['’]t|don['’]t|didn['’]t)\s+(?:set\s+out|specify|say|state|identify|define|record|document|list|allocate|determine)\s+(?:in\s+writing\s+|anywhere\s+)?(?:which|who|what|whether)\s+(?:[\p{L}\p{N}'’-]+\s+){0,6}$/iu;
const PASSIVE_NOT = /(?<!\b(?:that|which|who)\s+)\b(?:(?:is|are)\s+not|isn['’]t|aren['’]t|(?:will|shall)\s+not\s+be|won['’]t\s+be)\s+(?:\p{L}+ly\s+)?$/iu;
const NO_OBJECT = /(?:^|[\s(—–-])no\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const NOT_REQUIRED_AFTER = /^[^.;:]{0,60}?\b(?:is|are|shall\s+be|will\s+be)\s+(?:required|provided|included|performed|offered|given)\b|^\s+periods?\s+(?:applies|apply|is\s+(?:set|stated|agreed))\b/iu;
const HAS_NO = /\b(?:has|have|bears?|owes?|assumes?|accepts?)\s+no\s+$/iu;
/** "has no supply chain risk management obligations": up to three more words of the duty's name before the noun. */
const DUTY_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:obligations?|duty|duties|responsibilit(?:y|ies))\b/iu;
const NOT_PROVIDED_AFTER = /^\s+(?:is|are|will|shall)\s+not\s+(?:be\s+)?(?:provided|required|included|performed|offered|enabled|enforced|supported|restricted(?!\s+to\b))\b/iu;
/**
 * "Security patches are not applied to …", "the accounts of leavers will not be disabled …": the
 * duty's object (and up to four words naming it) and then its act, negated in the passive. Not "until/unless/without/before …", which
 * sets a condition on doing it ("patches are not applied until tested" is a protective rule).
 */
const NOT_DONE_AFTER = /^\s+(?:(?!(?:that|which|who|whom|where|when|if|unless|and|or|but)\b)[\p{L}\p{N}'’-]+\s+){0,4}?(?:(?:is|are|will|shall)\s+not\s+(?:be\s+)?|isn['’]t\s+|aren['’]t\s+|won['’]t\s+be\s+)(?:\p{L}+ly\s+)?(?:applied|installed|deployed|backed\s+up|disabled|removed|revoked|deleted|separated|segregated|isolated|partitioned|monitored|reviewed|retained|kept|logged|recorded|collected|encrypted|tested|patched|updated|carried\s+out|undertaken|assessed|vetted|notified|reported)\b(?![^.;:]*\b(?:until|unless|without|before|prior\s+to|except|other\s+than|save)\b)/iu;
const NOT_PART_AFTER = /^[^.;:]{0,40}?\b(?:is|are)\s+not\s+(?:part\s+of\s+(?:the\s+|its\s+|our\s+|\p{Lu}[\p{L}\p{N}&-]*['’]s\s+)?(?:services?|scope|offering|plans?|measures)|(?:a|an|one\s+of\s+the)\s+(?:[\p{L}-]+\s+){0,2}services?)\b/iu;
const PROVIDES_NO = /\b(?:provides?|offers?|performs?|includes?)\s+no\s+$/iu;
const RESPONSIBILITY_FOR = /\b(?:has|have|bears?|assumes?|accepts?)\s+no\s+(?:obligation|duty|responsibility|liability)\s+(?:for|to\s+(?:perform|provide|carry\s+out))\s+$/iu;

/**
 * "The Provider will not back up the Customer Data", "we won't segregate …", "we never patch …":
 * "will not" or "never" before an act that is itself the duty is a refusal. Only these acts: the prohibition of most other acts
 * is the protective duty ("will not subcontract", "will not disable audit logging", "will not
 * disclose", "will not remove logs").
 */
// Writing a document is the duty when the requirement is the document (a plan, a matrix, a list of
// roles): "will not prepare an incident response plan", "won't draw up a responsibility matrix".
// Reviewing, reassessing and auditing are the duty of a review requirement: "will not review the
// security terms" refuses it, as "does not review" does.
const DUTY_ACT = String.raw`(?:back\s+up|backs\s+up|patch|monitor|assess|re-?assess|re-?evaluate|review|audit|vet|segregate|separate|isolate|enforce|require|implement|test|encrypt|scan|remediate|maintain|perform|update|upgrade|apply|install|deploy|configure|enable|keep\s+separate|prepare|produce|document|draw\s+up|set\s+out|allocate)`;
const WILL_NOT = /\b(?:will\s+not|won['’]t|(?:will\s+|shall\s+)?never)\s+(?:\p{L}+ly\s+)?$/iu;
// One refusal governs joined verbs: "will not set up or enforce MFA", "will not assess or vet its
// subcontractors" refuse the duty's act even when it is the second verb of the pair.
const JOINED_VERB = String.raw`(?:\p{L}+(?:\s+(?:up|out))?(?:\s*,\s*|\s+(?:or|and)\s+))`;
const WILL_NOT_ACT = new RegExp(String.raw`\b(?:will\s+not|won['’]t|(?:will\s+|shall\s+)?never)\s+(?:\p{L}+ly\s+)?${JOINED_VERB}{0,2}${DUTY_ACT}(?:\s*(?:,|\bor\b|\band\b)\s*\p{L}+){0,2}\s+(?:(?!(?:that|which|who|if|when|unless|to|but|other|without|except)\b)[\p{L}\p{N}'’-]+\s+){0,4}$`, 'iu');
const STARTS_WITH_DUTY_ACT = new RegExp(String.raw`^${DUTY_ACT}\b`, 'iu');
/** A concept that opens with a verb of an act (a series item is an act, not a noun after a comma). */
const STARTS_WITH_VERB = new RegExp(String.raw`^(?:${DUTY_ACT}|notify|report|inform|alert|disclose|retain|keep|store|review|assess|evaluate|vet|revoke|disable|remove|delete|restrict|limit|grant|contain|remediate|respond|restore|recover|collect|log|separate|protect|provide|use|deploy)\b`, 'iu');
/** A refusal with a condition or of a bad object is a protective prohibition ("will not install unapproved software"). */
// A refusal capped by a frequency ("will not audit the Provider more than once a year") limits the act; it does not refuse it.
const PROTECTIVE = /\b(?:without|unless|except|other\s+than|save\s+(?:as|where)|more\s+(?:than\s+once|often\s+than|frequently\s+than)|un(?:approved|authori[sz]ed|tested|supported|licensed|verified))\b/iu;

/**
 * What each pattern on the words before a concept contains (same flags, so the same letters match):
 * "no", "not" or "never" as a word followed by white space, or "n't". A bare "no" would also pass "monitor",
 * "notify" and "technology", which most security clauses contain.
 */
const NEGATING_WORD = /\bnot?\s|n['’]t|\bnever\s/iu;

export interface NegatedConcept {
  /** Where the negating words start (relative to the text). */
  start: number;
  /** Where the concept ends. */
  end: number;
}

/** The first concept in `region` that the clause says is not done, with the words that say so. */
export function negatedConcept(text: string, concepts: readonly Span[], region: Span): NegatedConcept | undefined {
  for (const c of concepts) {
    if (c.start < region.start || c.end > region.end) continue;
    // Wide enough for "does not collect, retain or monitor security event logs": three verbs and an adjective.
    const from = Math.max(region.start, c.start - 64);
    const before = text.slice(from, c.start);
    const after = text.slice(c.end, region.end);
    // Every pattern on `before` needs "no", "not" or "n't": most clauses have none near the concept.
    const negating = NEGATING_WORD.test(before);
    const m = !negating ? null : DOES_NOT.exec(before) ?? DOES_NOT_ACT.exec(before) ?? (STARTS_WITH_VERB.test(text.slice(c.start, c.end)) ? DOES_NOT_SERIES.exec(before) : null) ?? DOES_NOT_LIMIT.exec(before) ?? DOES_NOT_STATE.exec(before) ?? PASSIVE_NOT.exec(before) ?? RESPONSIBILITY_FOR.exec(before) ?? (HAS_NO.test(before) && DUTY_AFTER.test(after) ? HAS_NO.exec(before) : null) ?? (NOT_REQUIRED_AFTER.test(after) ? NO_OBJECT.exec(before) : null);
    if (m) return { start: from + m.index + m[0].search(/\S/), end: c.end };
    const refused = negating ? WILL_NOT_ACT.exec(before) ?? (STARTS_WITH_DUTY_ACT.test(text.slice(c.start, c.end)) ? WILL_NOT.exec(before) : null) : null;
    if (refused && !PROTECTIVE.test(text.slice(region.start, region.end))) return { start: from + refused.index, end: c.end };
    const p = negating ? PROVIDES_NO.exec(before) : null;
    if (p) return { start: from + p.index, end: c.end };
    // A relative clause ("MFA that is not enforced …") describes the object; it says nothing is done.
    const relative = /\b(?:that|which)\s+$/i.test(text.slice(Math.max(region.start, c.start - 12), c.start));
    const n = relative ? null : NOT_PROVIDED_AFTER.exec(after) ?? NOT_PART_AFTER.exec(after) ?? NOT_DONE_AFTER.exec(after);
    if (n) return { start: c.start, end: c.end + n[0].length };
  }
  return undefined;
}
