/**
 * Sentence shapes that decide how (or whether) a sentence obliges: cross-references,
 * definitions, cited clause titles, present-tense statements, statements of what the agreement's
 * parts contain, and what a party's permission is about.
 */
import type { ActReadingPatterns } from './act-reading-words';
import type { PartStatementPatterns } from './part-statement-words';
import type { SentenceKindPatterns } from './sentence-kind-words';
import type { Span } from './types';

/** A definition that binds the provider to what it defines ("…, which the Provider shall provide"). */
export { definitionBinds } from './binding-definition';

/** "We'll", "you'll": a contracted "will". */
export const CONTRACTED_WILL = /['’]ll\b/g;
/**
 * A finite present-tense statement: "backups are performed", "logs are retained", "access is limited".
 * Not "is not" (the ending of "got" is not a participle), and not a statement of purpose or design
 * ("these guidelines are intended for …", "the service is designed to …"), which promises nothing:
 * those participles are the lexicon's (`presentPassive`, statement-words.ts), compiled as `lex.presentPassive`.
 */
export const FIRST_PERSON_SUBJECT = /(?:^|[\s,;(])(?:we|We|WE)\s+(?!will\b|shall\b|must\b|agree)/;

// A part of the agreement stating its content ("Schedule [X] lists …"), a routing to another clause
// and a clause's own scope are read with the pack's words (lexicon `partStatements`,
// part-statement-words.ts). Cross-references, service-credit relief, what counts as what, payments and oversight rights are
// read with the pack's words (lexicon `sentenceKinds`, sentence-kind-words.ts).

/**
 * A routing statement: "Service Tickets are handled under Section 3.3 and not under Section 8.1":
 * it says which clause's process a matter goes through and binds no one to it (the duty, if any,
 * is in the clause it names). Read only without a binding word: "… are handled under clause 8, and the
 * Provider shall notify …" still binds (a binding word from lexicon `sentenceKinds`).
 */
export function routingOnly(text: string, parts: PartStatementPatterns, kinds: SentenceKindPatterns): boolean {
  return parts.routedToClause.test(text) && !kinds.binding.test(text);
}

/**
 * A clause's statement of its own scope: "(a) This clause applies to the security event logs
 * collected under clause H.4." It says what the duties that follow cover and binds no one itself;
 * read only without a binding word.
 */
export function scopeOnly(text: string, parts: PartStatementPatterns, kinds: SentenceKindPatterns): boolean {
  return parts.ownScope.test(text) && !kinds.binding.test(text.replace(parts.ownScope, ''));
}

/**
 * A savings clause that keeps a party's own duty: "Paragraph 9.1 does not limit the Department's own
 * duty to notify the Information Regulator", "This clause is without prejudice to the Customer's own
 * obligations". It leaves a duty where the law or another clause puts it and imposes none of its own.
 * Only as the sentence's own predicate: "The Provider shall notify …; this does not limit the
 * Customer's own duty …" keeps the notice duty before it.
 */
export function keepsOwnDuty(text: string, kinds: SentenceKindPatterns): boolean {
  const m = kinds.keepsOwnDuty.exec(text);
  return !!m && !kinds.binding.test(m[1]!);
}

/**
 * A definition: "“Customer Modifications” means …", "(b) "Security Incident" shall mean …",
 * "“Subprocessor” will have the meaning given in …", "“Supply risk,” as used in this clause, means …",
 * "As used in this clause— "Cyber incident" means …" (the FAR's opening of a definitions paragraph).
 */
// A double-quoted term may hold an apostrophe: "Customer's systems" means ….
export const DEFINITION = /^\s*(?:\(?[a-z0-9]{1,4}[.)]\s*)?(?:as\s+used\s+in\s+this\s+\p{L}+\s*[,:—–-]+\s*)?(?:["“][^"”\n]{1,80}["”]|[‘'][^’'\n]{1,80}[’'])\s*(?:,?\s*as\s+used\s+in\s+this\s+\p{L}+,?\s+)?(?:means|shall\s+mean|refers\s+to|(?:has|have|shall\s+have|will\s+have)\s+the\s+meanings?(?:\(s\))?|is\s+(?:defined|used)\s+(?:as|at|in)|includes?)\b/iu;

/**
 * A definition whose term is set in bold or plain capitals instead of quotes: "1.3 **Hosted
 * Environment** means the applications … of a single Customer". The Markdown emphasis is gone from
 * the sentence text, so the term is one to five capitalised words opening the sentence and "means"
 * is followed by what it names (a determiner), as in a definition; it obliges no one either.
 */
export const DEFINITION_UNQUOTED = /^\s*(?:\(?[a-z0-9]{1,4}[.)]\s*|\d+(?:\.\d+)+\s+)?(?:\p{Lu}[\p{L}\d'’-]*\s+){0,4}\p{Lu}[\p{L}\d'’-]*\s+(?:means|shall\s+mean)\s+(?:a|an|the|any|all|each|every|those|such|collectively|together|in\s+relation\s+to|with\s+respect\s+to)\b/u;

/**
 * The body of a definition whose term stands in the block before it: a two-column definitions table
 * converted to text puts "“Confidential Information”" on one line and "means all information …" on
 * the next. Lower-case "means" opening a sentence has no subject of its own, so it is that body;
 * the term's own block names a term. Neither obliges anyone.
 */
export const DEFINITION_BODY = /^\s*(?:means|shall\s+mean|refers\s+to)\s+(?:a|an|the|any|all|each|every|those|such|collectively|together|in\s+relation\s+to|with\s+respect\s+to)\b/u;
/** The term column of the same table: a block that is nothing but a quoted term ("“Backup Copies”"). */
export const DEFINED_TERM_ONLY = /^\s*(?:["“][^"”\n]{1,80}["”]|‘[^’\n]{1,80}’)\s*[:.]?\s*$/u;

/** A definition by reference: "Where reference is made to the data centre, this means …". */
export const DEFINED_BY_REFERENCE = /\b(?:where|when(?:ever)?)\s+reference\s+is\s+made\s+(?:to|in)\b[^.;]{0,160}?,\s*(?:this|it|that)\s+(?:means|refers\s+to|shall\s+mean)\b/i;

/**
 * A list of clause titles (a table of contents, "21.4 Reliance on Data 21.5 Data Backup 21.6 …"):
 * three or more clause numbers, each followed by a capitalised title. It names clauses; it obliges no one.
 */
export function isTitleList(text: string): boolean {
  return (text.match(/(?<![\p{L}\p{N}.])\d{1,3}(?:\.\d{1,3})+\.?\s+\p{Lu}/gu) ?? []).length >= 3 && !/\b(?:shall|must|will|agrees?)\b/i.test(text);
}

/** Title-case words, small words allowed inside: "Safeguarding DOT Sensitive Data and Cyber Incident Reporting". */
export const TITLE = String.raw`\p{Lu}[\p{L}\p{N}&/’'-]*(?:\s+(?:(?:and|or|of|the|for|to|in|on|with|a|an)\s+)*\p{Lu}[\p{L}\p{N}&/’'-]*)*`;
/**
 * The titles of cited clauses: "clause 1252.239-74, Safeguarding … and Cyber Incident Reporting,",
 * "the clause at 252.204-7012, Safeguarding … and Cyber Incident Reporting," and "Section 5.2 (Security)". Words in them name another clause; they oblige no one here.
 */
export const CITED_TITLE = new RegExp(
  // Not case-insensitive: with the "i" flag \p{Lu} matches lower case too, and any words after
  // "clause 2.1," would read as a title.
  String.raw`(?:\b(?:[Cc]lause|CLAUSE|[Ss]ection|SECTION|[Aa]rticle|ARTICLE|[Pp]aragraph|PARAGRAPH)|§)(?:\s+at)?\s*\d[\p{L}\p{N}.()–-]*(?:,\s+(${TITLE})(?=[,.;)]|\s*$)|\s+\((${TITLE})\))`,
  'gu',
);

export function citedTitles(text: string): Span[] {
  const out: Span[] = [];
  CITED_TITLE.lastIndex = 0;
  for (let m = CITED_TITLE.exec(text); m; m = CITED_TITLE.exec(text)) {
    const title = m[1] ?? m[2]!;
    const start = m.index + m[0].lastIndexOf(title);
    out.push({ start, end: start + title.length });
  }
  return out;
}

/**
 * An act and its object, without the subordinate clause that follows: "terminate the access of
 * Personnel when Provider notifies Client" → "terminate the access of Personnel ". A party named
 * only in the condition ("when Provider notifies") is not what the act is done to. The words that
 * open the condition and the verbs of intent are the lexicon's (`actReading`, act-reading-words.ts).
 */
export function beforeSubordinate(act: string, words: ActReadingPatterns): string {
  const m = words.subordinate.exec(act);
  const cut = m ? act.slice(0, m.index + 1) : act;
  // "assess each supplier the Provider proposes to use": a party that only intends or proposes
  // something, in a relative clause, names what is not yet the party's (a prospective supplier).
  const intent = words.intent.exec(cut);
  return intent ? cut.slice(0, intent.index + 1) : cut;
}

/**
 * "…and check that we can restore it": a "can" in what a check or test establishes is the object
 * of that check, not the modal of the duty ("test that backups can be restored" is a firm duty;
 * "ensure that no other customer's service can access …" too). The verbs of checking are the
 * lexicon's (`actReading`).
 */
export function checkedAbility(text: string, modalAt: number, words: ActReadingPatterns): boolean {
  return words.checkedThat.test(text.slice(Math.max(0, modalAt - 60), modalAt));
}

/**
 * "every supplier whose staff can reach your systems", "each tool that can access Customer Data":
 * an ability in a relative clause describes the noun it follows, not the duty. Only "can"/"could"
 * after "whose …", "that" or "which": "the Provider, who may …" still grants the Provider a choice.
 */
export function relativeAbility(text: string, modalAt: number): boolean {
  if (!/^(?:can|could)\b/i.test(text.slice(modalAt, modalAt + 6))) return false;
  return /(?:\bwhose\s+(?:[\p{L}'’-]+\s+){1,4}|\b(?:that|which)\s+(?:[\p{L}'’-]+\s+)?)$/iu.test(text.slice(Math.max(0, modalAt - 50), modalAt));
}

/** The words after a modal, past adverbs and set-off phrases: "may, at its own cost, audit" → "audit …". */
export function actAfter(text: string, from: number, to: number): string {
  let rest = text.slice(from, to);
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(/^\s*,[^,]{0,80},/, '').replace(/^\s*(?:also|further|additionally|at\s+any\s+time|at\s+(?:its|their)\s+(?:own\s+)?(?:cost|expense|option|discretion)|\p{L}+ly)\b/iu, '');
  }
  return rest.trimStart();
}
