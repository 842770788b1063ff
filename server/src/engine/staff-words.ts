/**
 * Lexicon words of a party's own people (lexicon `staffWords`, read by party-staff.ts and by the
 * allocations and matrix rows that name a party's people, holder-words.ts and table-rows.ts): the
 * head nouns of a body of people ("Internal IT Team", "Client Personnel"), the nouns of a party's
 * people ("the Client's engineers"), of one person a party names to act for it ("Designated IT
 * Contact"), the nominee and the verbs of nominating in that person's definition, the verbs that
 * define a term and the words that tie a body to its party ("employees of the Client"). One list
 * of people nouns feeds every reader. The words are data; the quotes, the possessive, the
 * determiners and the distance between the parts stay in code.
 */
import { phraseAlternation } from './cell-words';

export interface StaffWords {
  /** The head noun of a body of people or an organisational unit, as a defined term ends: "team", "personnel", "department". */
  bodyNouns?: string[];
  /** Further nouns of a party's people, as a definition or an agent names them: "engineers", "officers". */
  peopleNouns?: string[];
  /** One person a party names to act for it, as such a term ends: "contact", "representative". */
  personNouns?: string[];
  /** Who the definition of that person says is named: "person", "individual", "member of staff". */
  nominees?: string[];
  /** How the party names that person: "nominates", "appoints", "designated". */
  nominateVerbs?: string[];
  /** What follows a defined term: "means", "shall mean", "refers to", "is defined as". */
  definitionVerbs?: string[];
  /** Between the people and their party: "employees of the Client", "staff employed by the Client". */
  ownerLinks?: string[];
}

export interface StaffPatterns {
  /** The nouns of a party's people (bodies and persons), as a pattern source for a frame in code. */
  peopleNoun: string;
  /** The term names a body of people: "Internal IT Team". */
  bodyTerm: RegExp;
  /** The term names one person: "Designated IT Contact". */
  personTerm: RegExp;
  /** The nominee and the nominating verbs, as pattern sources. */
  nominee: string;
  nominates: string;
  /** Between the people and their party, as a pattern source. */
  ownerLink: string;
  /** Global: a quoted term (group 1) and the opening of its definition (group 2). */
  quotedMeans: RegExp;
  /** Global: a bold term (group 1) and the opening of its definition (group 2). */
  boldMeans: RegExp;
  /** Does a sentence hold a verb of definition at all (a cheap test before the scans above)? */
  mayDefine: RegExp;
  /** Right after a party's name, it names the party's people or things, not the party: "'s accounts", " staff". */
  partyAsModifier: RegExp;
}

export function compileStaffWords(words: StaffWords | undefined): StaffPatterns {
  const w = words ?? {};
  const alt = phraseAlternation;
  const bodyNoun = alt(w.bodyNouns);
  const verbs = alt(w.definitionVerbs);
  const QUOTE = `["“”'‘’]`;
  return {
    peopleNoun: alt([...(w.bodyNouns ?? []), ...(w.peopleNouns ?? [])]),
    bodyTerm: new RegExp(String.raw`^[\p{L}\p{N} '’&-]*\b${bodyNoun}$`, 'iu'),
    personTerm: new RegExp(String.raw`^[\p{L}\p{N} '’&-]*\b${alt(w.personNouns)}$`, 'iu'),
    nominee: alt(w.nominees),
    nominates: alt(w.nominateVerbs),
    ownerLink: alt(w.ownerLinks),
    quotedMeans: new RegExp(`${QUOTE}([^"“”'‘’\\n]{2,40})${QUOTE}\\s+${verbs}\\s+([^.;\\n]{0,160})`, 'giu'),
    boldMeans: new RegExp(String.raw`\*\*([^*\n]{2,40})\*\*\s+${verbs}\s+([^.;\n]{0,160})`, 'gu'),
    mayDefine: new RegExp(String.raw`\b${verbs}\b`, 'i'),
    partyAsModifier: new RegExp(String.raw`^(?:['’]s?\b|\s+${alt([...(w.bodyNouns ?? []), ...(w.peopleNouns ?? [])])}\b)`, 'iu'),
  };
}
