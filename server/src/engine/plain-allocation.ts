/**
 * Plain-language agreements speak as "we" to "you" and write duties in the present tense: "We
 * install security updates within 14 days" is the provider's promise, and "You install security
 * updates" is the same act given to the customer. So in a we/you agreement a clause whose subject
 * is "you" doing an act in the present tense allocates that act to the customer, just as "the
 * Customer shall …" would. It is not a description: a plain-language drafter has no other way of
 * saying who does what.
 *
 * Not an allocation: "you can/may …" (a permission), "you agree/acknowledge …" (assent to
 * something else), "you are/have …" (a state), "you ask/tell/choose …" (a request or notice to the
 * provider), and a "you" that is only the subject of a subordinate clause ("if you ask, we …").
 */
import type { Parties } from './parties';
import type { Span } from './types';

/** Words after "you" or "we" that are no act: modals, states, assent, requests, notices to the other party. */
const NOT_AN_ACT = String.raw`(?:can|cannot|could|may|might|should|would|will|shall|must|need|do|does|did|are|were|was|have|has|had|get|gets|receive|agree|acknowledge|understand|accept|warrant|represent|confirm|consent|want|wish|ask|request|choose|tell|see|find|benefit|retain|own|pay|also|only|still|both|each|all|they|it|he|she|we|you|us|our|your|the|a|an)`;
/** "you"/"we" followed by a word that may be a present-tense act. */
const PERSON_ACT = new RegExp(String.raw`(?<![\p{L}\p{N}])([Yy]ou|[Ww]e)\s+(?:\p{L}+ly\s+)?(?!${NOT_AN_ACT}\b)\p{Ll}{2,}(?:\s+(?:up|out|down|off|over)\b)?`, 'gu');
/**
 * A "you" or "we" that is no subject of the main act: the object of a verb ("we tell you", "give
 * you"), or the subject of a subordinate clause ("if you ask", "when we find out").
 */
const NOT_MAIN_SUBJECT = /\b(?:if|when|whenever|where|wherever|unless|until|before|after|once|while|as|because|since|that|which|who|so|tell|tells|give|gives|send|sends|let|lets|help|helps|ask|asks|notify|notifies|inform|informs|show|shows|charge|bill|to|for|with|by|of|from)\s+$/i;

/** Is the document written as "we" (provider) to "you" (customer)? */
export function speaksWeToYou(parties: Parties): boolean {
  return parties.names.some((n) => /^we$/i.test(n.term) && n.role === 'provider') && parties.names.some((n) => /^you$/i.test(n.term) && n.role === 'customer');
}

/**
 * In a we/you agreement, the "you <act>" of `clause` when "you" is the subject of every main act
 * in it: "You remove our staff's accounts when we tell you …" is the customer's act ("we tell" is
 * subordinate); "you send us a list and we remove the accounts" is not, since "we remove" is ours.
 */
export function customerPresentAct(text: string, clause: Span, parties: Parties): string | undefined {
  if (!speaksWeToYou(parties)) return undefined;
  const scope = text.slice(clause.start, clause.end);
  let first: RegExpExecArray | undefined;
  PERSON_ACT.lastIndex = 0;
  for (let m = PERSON_ACT.exec(scope); m; m = PERSON_ACT.exec(scope)) {
    if (NOT_MAIN_SUBJECT.test(scope.slice(Math.max(0, m.index - 20), m.index))) continue;
    if (!/^you$/i.test(m[1]!)) return undefined;
    first ??= m;
  }
  return first?.[0];
}

/** "We install …", not "You remove … when we tell you": "we" comes before any "you". */
export function speaksFirst(text: string): boolean {
  const we = text.search(/\bwe\b/i);
  const you = text.search(/\byou\b/i);
  return we >= 0 && (you < 0 || we < you);
}
