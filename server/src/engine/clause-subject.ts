/**
 * Whose duty a clause states (split from classify.ts): the party mentions of the verb region, the
 * subject of a coordinated second predicate or of a pronoun, and what the explanation quotes as the
 * subject; a statement or a permission travels with every reading.
 */
import { assentedClauseStart } from './assent-lead';
import { lexiconFor } from './catalog/lexicon-file';
import type { Classification } from './classify';
import type { ClauseScope } from './clause-scope';
import { coordinatedHead, innermostComplement } from './clauses';
import { verbsIn } from './clause-verbs';
import type { Parties } from './parties';
import { pronounSubject } from './pronoun-subject';
import { AFTER_PREPOSITION, other, partyMentions, subjectOf } from './subjects';
import type { Requirement, Role, Span } from './types';

export interface ClauseSubject {
  mentions: ReturnType<typeof partyMentions>;
  verb: ClauseScope['verbs'][number] | undefined;
  who: ReturnType<typeof subjectOf>;
  subject: Role | undefined;
  /** The subject, its words and the sentence's form, spread into every reading. */
  withSubject: Pick<Classification, 'subject' | 'subjectText' | 'form'>;
  /** The subject is the party the requirement does not oblige. */
  otherParty: boolean;
}

export function clauseSubject(text: string, req: Requirement, parties: Parties, where: ClauseScope): ClauseSubject {
  const { clauses, ci, clause, main, region, verbs, obligated } = where;
  const mentions = partyMentions(region.text, parties, region.start, region.end);
  const verb = verbs[0];
  // "The Supplier shall retain logs and shall make them available": the second predicate's subject is the first's.
  const coordinated = region === main ? coordinatedHead(text, clauses, ci) : undefined;
  // The "that" clause carries its subject only if it names a party outside a prepositional phrase:
  // "shall ensure that separation prevents harm to the data of the Purchaser, and shall …" stays the
  // head's. An agent ("as provided by the Supplier") is the actor of its clause and still counts.
  const namesSubject = (s: Span): boolean => partyMentions(text, parties, s.start, s.end).some((m) => {
    const before = text.slice(Math.max(s.start, m.start - 24), m.start);
    return !AFTER_PREPOSITION.test(before) || /\bby\s+(?:the\s+)?$/i.test(before);
  });
  const head = coordinated && innermostComplement(text, coordinated, namesSubject);
  // "The Customer acknowledges that the Provider does not …": with no modal, the assenting party is no actor (assent-lead.ts).
  // So with a negation in the "that" clause ("… acknowledges that MFA is not part of the services the Provider provides").
  const assentStart = (!verb || verb.kind === 'negation') && !head ? assentedClauseStart(region.text, mentions, region, lexiconFor(req).assentLead) : undefined;
  const assented = assentStart !== undefined && (!verb || verb.start >= assentStart) ? assentStart : undefined;
  // "We require that you install …": a mandative lead binds the party of its "that" clause, not the one who requires.
  const mandative = verb && !head && verb.kind === 'binding' && /^(?:require|requires|insist|insists)\s+that$/i.test(text.slice(verb.start, verb.end).trim());
  const subjectFrom = mandative ? { mentions: mentions.filter((m) => m.start >= verb.end), verb: undefined, start: verb.end } : head ? { mentions: partyMentions(text, parties, head.start, head.end), verb: verbsIn(text, head.start, head.end, req)[0], start: head.start } : { mentions, verb, start: assented ?? region.start };
  const pronoun = region === main && !head ? pronounSubject(text, clause, parties) : undefined; // "…: it does not …" (pronoun-subject.ts)
  const who = pronoun?.role ?? subjectOf(region.text, subjectFrom.mentions, subjectFrom.verb, subjectFrom.start, parties);
  const subject: Role | undefined = who === 'both' ? undefined : who;
  // The words read as the subject, for the explanation ("read “the Contractor” as the provider").
  const subjectMention = who ? [...subjectFrom.mentions].reverse().find((m) => m.role === who && (!subjectFrom.verb || m.end <= subjectFrom.verb.start)) ?? subjectFrom.mentions.find((m) => m.role === who) : undefined;
  const subjectText = pronoun?.pronoun ?? (subjectMention ? region.text.slice(subjectMention.start, subjectMention.end) : undefined);
  // What kind of sentence it is travels with every reading below: no verb, a statement; "may", a permission.
  const form: Classification['form'] = !verb ? 'statement' : verb.kind === 'permissive' ? 'permission' : undefined;
  const withSubject = { ...(subject ? { subject, ...(subjectText ? { subjectText } : {}) } : who === 'both' && subjectText ? { subjectText } : {}), ...(form ? { form } : {}) };
  const otherParty = obligated !== undefined && subject === other(obligated);
  return { mentions, verb, who, subject, withSubject, otherParty };
}
