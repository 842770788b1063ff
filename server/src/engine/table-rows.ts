/**
 * Service tables that allocate each row: statements of work and responsibility matrices list
 * services with an "Included" (Yes/No, In scope) column and a "Responsible party" (Owner,
 * Performed by) column. Those columns decide the row, whatever the service cell says:
 *   "Backup of all servers | No | — | Client"   → not included: nobody owes it under this table;
 *   "Backup of all servers | Yes | Daily | Client" → the customer's task, not the provider's.
 * A row marked included with the provider responsible is left to the usual reading (bound by a
 * clause that binds the table's rows, table-context.ts, or else a description).
 */
import type { Classification } from './classify';
import { sideName, type Parties } from './parties';
import { bundledLexicon } from './catalog/lexicon-file';
import type { Lexicon } from './lexicon';
import type { ServiceTablePatterns } from './service-table-words';
import { addressedTo, namesParty, partyMentions } from './subjects';
import type { Requirement } from './types';

// The headers of the columns that say whether a row is part of the service ("Included", "In
// scope?") and who performs it ("Responsible party"), a cell that marks a row not included ("No —
// Client task", "Out of scope") and a cell that marks a party's column ("X", "✓") are the
// lexicon's (`serviceTables`, service-table-words.ts).

export interface ServiceColumns {
  included?: number;
  responsible?: number;
}

/** Which columns of a header row ("Service | Included | Frequency | Responsible party") allocate rows. */
export function serviceColumns(header: string, words: ServiceTablePatterns = bundledLexicon().serviceTables): ServiceColumns | undefined {
  const cells = header.split(' | ').map((c) => c.trim());
  const included = cells.findIndex((c) => words.includedColumn.test(c));
  const responsible = cells.findIndex((c) => words.responsibleColumn.test(c));
  if (included <= 0 && responsible <= 0) return undefined;
  return { ...(included > 0 ? { included } : {}), ...(responsible > 0 ? { responsible } : {}) };
}

/**
 * The reading a row's allocating columns force, if any: `cells` are the row's cells, the
 * service first. Returns undefined when the row is included and not put on the customer alone.
 */
/** `lastConceptAt`: where the last of the requirement's words found in the statement cell starts. */
/** `keyBound`: the document's matrix key says a mark binds the party marked (mark-key.ts). */
export function allocatedRow(header: string, cells: string[], req: Requirement, parties: Parties, lex: Lexicon, lastConceptAt?: number, keyBound = false): Classification | undefined {
  const words = lex.serviceTables;
  const columns = serviceColumns(header, words);
  if (!columns) return markedRow(header, cells, req, parties, words, keyBound);
  const marked = columns.included !== undefined ? cells[columns.included] : undefined;
  if (marked !== undefined && words.notIncluded.test(marked)) {
    return { status: 'negated', reason: `the table marks it not included (“${marked.trim().slice(0, 40)}”)`, express: 'disclaimer' };
  }
  const holder = columns.responsible !== undefined ? cells[columns.responsible] : undefined;
  if (holder !== undefined && namesParty(holder, parties, 'customer') && !namesParty(holder, parties, 'provider')) {
    const expected = req.party === 'customer' ? undefined : sideName(parties, 'provider');
    if (!expected) return undefined;
    if (lastConceptAt !== undefined && owedToProvider(cells[0]!, lastConceptAt, parties, lex)) {
      return { status: 'weak', reason: `a task of ${sideName(parties, 'customer')} owed to ${sideName(parties, 'provider')}, not this requirement`, unrelated: true };
    }
    return { status: 'wrong-party', reason: `the table makes ${sideName(parties, 'customer')} the responsible party; AA22-131A expects ${expected} to owe it`, subject: 'customer', subjectText: holder.trim() };
  }
  return undefined;
}

/** A RACI cell: letters or words of Responsible / Accountable / Consulted / Informed ("R, A", "A/R", "Responsible"). */
const RACI_CELL = /^\s*(?:responsible|accountable|consulted|informed|[raci])(?:\s*(?:[,/&+]|and)?\s*(?:responsible|accountable|consulted|informed|[raci]))*\s*$/i;

/** What a cell says its column's party does: 'does' (a mark or R), 'owns' (A only), or nothing. */
function cellRole(cell: string, words: ServiceTablePatterns): 'does' | 'owns' | undefined {
  if (words.mark.test(cell)) return 'does';
  if (!RACI_CELL.test(cell)) return undefined;
  // Whole words first, so the "a" of "Responsible, Accountable" is not read as a letter.
  const roles = cell.toLowerCase().match(/responsible|accountable|consulted|informed|[raci]/g) ?? [];
  if (roles.some((r) => r === 'r' || r === 'responsible')) return 'does';
  return roles.some((r) => r === 'a' || r === 'accountable') ? 'owns' : undefined;
}

/** The party columns of a responsibility-matrix row that carry a role, with the role. */
function markedColumns(header: string, cells: string[], parties: Parties, words: ServiceTablePatterns): { who: 'provider' | 'customer'; role: 'does' | 'owns'; head: string }[] {
  const side = (c: string): 'provider' | 'customer' | undefined => {
    const provider = namesParty(c, parties, 'provider');
    const customer = namesParty(c, parties, 'customer');
    return provider === customer ? undefined : provider ? 'provider' : 'customer';
  };
  return header.split(' | ').flatMap((h, i) => {
    const who = i === 0 ? undefined : side(h.trim());
    const role = who && cellRole(cells[i] ?? '', words);
    return who && role ? [{ who, role, head: h.trim() }] : [];
  });
}

/** Does a matrix row mark the provider as the party that does it ("X" or "R" in its column)? */
export function providerMarked(header: string, cells: string[], parties: Parties, words: ServiceTablePatterns): boolean {
  return markedColumns(header, cells, parties, words).some((c) => c.who === 'provider' && c.role === 'does');
}

/**
 * "Activity | Provider | Customer" with an "X" under one party, or a RACI matrix ("R, A" / "C, I"):
 * a responsibility matrix whose columns are the parties (or their teams). The party that is
 * Responsible (or, where no party is, Accountable) does the row. A row done by the customer alone
 * is the customer's task; a row the provider does is left to the usual reading (bound by a
 * matrix key that says a mark obliges, mark-key.ts). Under such a key a row no party is marked
 * for is no one's duty.
 */
function markedRow(header: string, cells: string[], req: Requirement, parties: Parties, words: ServiceTablePatterns, keyBound: boolean): Classification | undefined {
  const heads = header.split(' | ').map((c) => c.trim());
  const columns = markedColumns(header, cells, parties, words);
  // "blank = no role": under a key that binds marks, a row no party is marked for is no one's duty.
  if (keyBound && !columns.length && heads.some((h, i) => i > 0 && (namesParty(h, parties, 'provider') || namesParty(h, parties, 'customer')))) {
    return { status: 'negated', reason: 'the responsibility table marks no party for it, and its key gives an unmarked row to no one', express: 'disclaimer' };
  }
  const doers = columns.some((c) => c.role === 'does') ? columns.filter((c) => c.role === 'does') : columns;
  const customer = doers.find((c) => c.who === 'customer');
  if (doers.some((c) => c.who === 'provider') || !customer || req.party === 'customer') return undefined;
  // A RACI row allocates the activity: for a duty both parties carry (roles allocated, supply
  // chain), a row the customer does is that allocation at work, not the wrong party.
  if (req.party === 'both' && !words.mark.test(cells[heads.indexOf(customer.head)] ?? '')) return undefined;
  return { status: 'wrong-party', reason: `the table marks it for ${sideName(parties, 'customer')} (column “${customer.head}”); AA22-131A expects ${sideName(parties, 'provider')} to owe it`, subject: 'customer', subjectText: customer.head };
}

/** Words that open a statement with a subject, not an imperative: determiners and pronouns. */
const NOT_A_VERB = /^\s*(?:the|a|an|its|their|each|every|all|any|no|this|that|these|those|it|they|he|she|we|you)$/i;

/**
 * "Approve new accounts for Authority staff and notify the Contractor of Authority staff who
 * leave | Authority": the customer's row act that holds the concept is owed to the provider (it
 * tells the provider of its own leavers, so the provider can act); it is the customer's
 * co-operation, not the provider's duty given to the customer. The act is the part of the
 * statement (between commas, semicolons and "and") that holds the last of the requirement's words
 * (the act that completes it: "who leave", not "accounts" of another act); its first word is the
 * row's imperative verb, and `addressedTo` (as for a sentence's verb) says whether the provider
 * follows it as the one the act is owed to.
 */
function owedToProvider(statement: string, conceptAt: number, parties: Parties, lex: Lexicon): boolean {
  const cuts = [...statement.matchAll(/[,;]\s*(?:(?:and|or|but)\s+)?|\s+(?:and|or)\s+/g)];
  const before = cuts.filter((m) => m.index! + m[0].length <= conceptAt).pop();
  const after = cuts.find((m) => m.index! >= conceptAt);
  const act = statement.slice(before ? before.index! + before[0].length : 0, after?.index ?? statement.length);
  // The row's imperative verb opens the act; a statement with a subject ("the Provider does not keep copies") has none.
  const verb = /^\s*\p{L}+/u.exec(act);
  if (!verb || NOT_A_VERB.test(verb[0])) return false;
  const mentions = partyMentions(act, parties, verb[0].length, act.length).filter((m) => m.start >= verb[0].length && !lex.staffWords.partyAsModifier.test(act.slice(m.end)));
  return addressedTo(act, mentions, verb[0].length, 'provider');
}
