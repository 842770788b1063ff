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
import { namesParty } from './subjects';
import type { Requirement } from './types';

/** Column headers that say whether a row is part of the service. */
const INCLUDED_COLUMN = /^(?:included|in[- ]scope|in[- ]service|provided|applicable|yes\s*\/\s*no|covered)\s*\??$/i;
/** Column headers that name who performs a row. */
const RESPONSIBLE_COLUMN = /^(?:responsib(?:le|ility)(?:\s+party)?|owner|owned\s+by|performed\s+by|provided\s+by|delivered\s+by|party|who)\s*\??$/i;
/** A cell that marks a row as not included: "No", "No — Client task", "Not included", "Excluded", "Out of scope". */
const NOT_INCLUDED = /^\s*(?:no\b|not\s+(?:included|provided|in\s+scope)|excluded|out\s+of\s+scope|n\/a\b|✗|✘)/i;

export interface ServiceColumns {
  included?: number;
  responsible?: number;
}

/** Which columns of a header row ("Service | Included | Frequency | Responsible party") allocate rows. */
export function serviceColumns(header: string): ServiceColumns | undefined {
  const cells = header.split(' | ').map((c) => c.trim());
  const included = cells.findIndex((c) => INCLUDED_COLUMN.test(c));
  const responsible = cells.findIndex((c) => RESPONSIBLE_COLUMN.test(c));
  if (included <= 0 && responsible <= 0) return undefined;
  return { ...(included > 0 ? { included } : {}), ...(responsible > 0 ? { responsible } : {}) };
}

/**
 * The reading a row's allocating columns force, if any: `cells` are the row's cells, the
 * service first. Returns undefined when the row is included and not put on the customer alone.
 */
export function allocatedRow(header: string, cells: string[], req: Requirement, parties: Parties): Classification | undefined {
  const columns = serviceColumns(header);
  if (!columns) return markedRow(header, cells, req, parties);
  const marked = columns.included !== undefined ? cells[columns.included] : undefined;
  if (marked !== undefined && NOT_INCLUDED.test(marked)) {
    return { status: 'negated', reason: `the table marks it not included (“${marked.trim().slice(0, 40)}”)`, express: 'disclaimer' };
  }
  const holder = columns.responsible !== undefined ? cells[columns.responsible] : undefined;
  if (holder !== undefined && namesParty(holder, parties, 'customer') && !namesParty(holder, parties, 'provider')) {
    const expected = req.party === 'customer' ? undefined : sideName(parties, 'provider');
    if (!expected) return undefined;
    return { status: 'wrong-party', reason: `the table makes ${sideName(parties, 'customer')} the responsible party; AA22-131A expects ${expected} to owe it`, subject: 'customer', subjectText: holder.trim() };
  }
  return undefined;
}

/** A cell that marks its column's party as the one who does the row: "X", "✓", "Yes". */
const MARK = /^\s*(?:x|✓|✔|☑|●|yes|y)\s*$/iu;
/** A RACI cell: letters or words of Responsible / Accountable / Consulted / Informed ("R, A", "A/R", "Responsible"). */
const RACI_CELL = /^\s*(?:responsible|accountable|consulted|informed|[raci])(?:\s*(?:[,/&+]|and)?\s*(?:responsible|accountable|consulted|informed|[raci]))*\s*$/i;

/** What a cell says its column's party does: 'does' (a mark or R), 'owns' (A only), or nothing. */
function cellRole(cell: string): 'does' | 'owns' | undefined {
  if (MARK.test(cell)) return 'does';
  if (!RACI_CELL.test(cell)) return undefined;
  // Whole words first, so the "a" of "Responsible, Accountable" is not read as a letter.
  const roles = cell.toLowerCase().match(/responsible|accountable|consulted|informed|[raci]/g) ?? [];
  if (roles.some((r) => r === 'r' || r === 'responsible')) return 'does';
  return roles.some((r) => r === 'a' || r === 'accountable') ? 'owns' : undefined;
}

/**
 * "Activity | Provider | Customer" with an "X" under one party, or a RACI matrix ("R, A" / "C, I"):
 * a responsibility matrix whose columns are the parties (or their teams). The party that is
 * Responsible (or, where no party is, Accountable) does the row. A row done by the customer alone
 * is the customer's task; a row the provider does is left to the usual reading.
 */
function markedRow(header: string, cells: string[], req: Requirement, parties: Parties): Classification | undefined {
  const heads = header.split(' | ').map((c) => c.trim());
  const side = (c: string): 'provider' | 'customer' | undefined => {
    const provider = namesParty(c, parties, 'provider');
    const customer = namesParty(c, parties, 'customer');
    return provider === customer ? undefined : provider ? 'provider' : 'customer';
  };
  const columns = heads.flatMap((h, i) => {
    const who = i === 0 ? undefined : side(h);
    const role = who && cellRole(cells[i] ?? '');
    return who && role ? [{ who, role, head: h }] : [];
  });
  const doers = columns.some((c) => c.role === 'does') ? columns.filter((c) => c.role === 'does') : columns;
  const customer = doers.find((c) => c.who === 'customer');
  if (doers.some((c) => c.who === 'provider') || !customer || req.party === 'customer') return undefined;
  // A RACI row allocates the activity: for a duty both parties carry (roles allocated, supply
  // chain), a row the customer does is that allocation at work, not the wrong party.
  if (req.party === 'both' && !MARK.test(cells[heads.indexOf(customer.head)] ?? '')) return undefined;
  return { status: 'wrong-party', reason: `the table marks it for ${sideName(parties, 'customer')} (column “${customer.head}”); AA22-131A expects ${sideName(parties, 'provider')} to owe it`, subject: 'customer', subjectText: customer.head };
}
