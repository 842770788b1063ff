/**
 * A statement of what a law requires is no promise. Contracts, policies and procurement clauses
 * recite the law they answer to: "The HIPAA Security Rule requires covered entities to implement
 * audit controls", "It is required by the Security Rule that healthcare organisations record
 * activity", "Under the Act, a processor must notify the controller". The subject is the law (or
 * a reader the law governs in general), so the sentence says what the law asks, and no party of
 * this contract takes it on. It is no evidence; a party's own undertaking in the same sentence
 * ("shall comply with", "agrees to", "will") keeps it, and so does "The Provider shall comply
 * with the Security Rule, which requires …" (its subject is the party). The names of laws and the
 * verbs by which they bind are the lexicon's `laws` and `lawVerbs`; a party's undertaking is any
 * of the lexicon's `binding` words, save the one modal the law's own reader takes after "Under
 * the Act, a processor must …".
 */
import { lexiconFor } from './catalog/lexicon-file';
import type { Lexicon } from './lexicon';
import type { Parties } from './parties';
import { TextReadings } from './recent-answers';
import { partyMentions } from './subjects';
import type { TermHit } from './terms';
import type { Requirement } from './types';

/** A list marker or clause number before the sentence: "(a) ", "3. ", "- ". */
const MARKER = /^\s*(?:[-*•]\s+)?(?:\(?[a-z0-9]{1,4}[.)]\s+)?/i;
/** "It is required by …", "It is mandated under …": a dummy subject and the law as agent. */
const IT_IS_REQUIRED = /^it\s+is\s+(?:required|mandated|prescribed)\s+(?:by|under)\s+/i;
/** "Under the Act, …", "Pursuant to the Regulation, …": the law frames what follows. */
const UNDER_LAW = /^(?:under|pursuant\s+to|according\s+to)\s+/i;
/** A reader the law governs in general: "a processor", "any covered entity", "all contractors". */
const GENERIC_SUBJECT = /^\s*(?:a|an|any|every|all)\s/i;
/** "applicable law", "applicable laws": the law in general, written in lower case. */
const APPLICABLE = /\bapplicable\s+$/i;
/** At most this many words between the sentence's start and the law's verb. */
const MAX_SUBJECT_WORDS = 8;

/** Is `hit` a law's name: written with a capital (a named law) or after "applicable"? */
function namesLaw(text: string, hit: TermHit): boolean {
  const first = text[hit.start] ?? '';
  return first !== first.toLowerCase() || APPLICABLE.test(text.slice(Math.max(0, hit.start - 12), hit.start));
}

/** Does a law's name end `span` (the last words before a comma or verb)? */
function endsWithLaw(text: string, laws: readonly TermHit[], end: number): boolean {
  const trimmedEnd = text.slice(0, end).replace(/[\s)]+$/, '').length;
  return laws.some((h) => h.end === trimmedEnd && namesLaw(text, h));
}

/** Does `sentence` only state what a law requires, with no party's undertaking? */
export function statesLaw(sentence: string, req: Requirement, parties: Parties): boolean {
  return lawStatements.get(lexiconFor(req), parties, sentence);
}

/** The text, the lexicon and the parties decide: every requirement that classifies the sentence shares the answer. */
const lawStatements = new TextReadings<Lexicon, Parties, boolean>((sentence, _from, _to, lex, parties) => readsAsLaw(sentence, lex, parties));

function readsAsLaw(sentence: string, lex: Lexicon, parties: Parties): boolean {
  const text = sentence.slice(MARKER.exec(sentence)?.[0].length ?? 0);
  const laws = lex.laws.find(text);
  if (!laws.length) return false;
  // A binding word is a party's undertaking: the law is then what it promises to follow.
  const binding = lex.binding.find(text);
  const required = IT_IS_REQUIRED.exec(text);
  if (required && binding.length) return false;
  if (required) return laws.some((h) => h.start < required[0].length + 60 && namesLaw(text, h));
  const under = UNDER_LAW.exec(text);
  if (under) {
    const comma = text.indexOf(',', under[0].length);
    // The first binding word after the comma is the modal of the law's reader; another is an undertaking.
    if (comma < 0 || comma > 100 || !endsWithLaw(text, laws, comma) || binding.length > 1 || binding.some((h) => h.start < comma)) return false;
    if (GENERIC_SUBJECT.test(text.slice(comma + 1))) return true;
    // "Under the Act, the Processor must …": this contract's party is the subject; the law is only the basis of its duty.
    const next = partyMentions(text, parties, comma + 1, comma + 40)[0];
    return !next || !/^\s*(?:the\s+)?$/i.test(text.slice(comma + 1, next.start));
  }
  const verb = lex.lawVerbs.find(text)[0];
  if (!verb || binding.length) return false;
  const subject = text.slice(0, verb.start);
  if (subject.includes(',') || subject.trim().split(/\s+/).length > MAX_SUBJECT_WORDS) return false;
  return endsWithLaw(text, laws, verb.start);
}
