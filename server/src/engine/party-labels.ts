/**
 * Parties named in a header line rather than in a preamble: statements of work, order forms and
 * schedules open with labelled fields such as "**Agency:** Office of Regional Programs (ORP)" or
 * "Supplier: Acme Hosting Ltd (Acme)". A bold or plain "Role:" label that is one of the lexicon's
 * role words, followed by a name and a parenthesised short name, defines that role: later
 * sentences use the short name ("the ORP Security Office will …") as the party.
 */

/** "Role: Legal Name (SHORT)" on a line of its own, emphasis around the label allowed. */
const LABELLED_PARTY = /^\s*(?:[*_]{1,2})?([\p{L} -]{2,40}?)\s*:\s*(?:[*_]{1,2})?\s*(\p{Lu}[^()\n:]{1,100}?)\s*\(\s*(?:the\s+)?["“]?(\p{Lu}[\p{L}\p{N}&.-]{1,24})["”]?\s*\)\s*\.?\s*$/u;

export interface LabelledParty {
  /** The label, e.g. "Agency". */
  label: string;
  legalName: string;
  /** The parenthesised short name, e.g. "ORP". */
  shortName: string;
}

/** The labelled party that a header line (one sentence of the document) defines, if any. */
export function labelledParty(line: string): LabelledParty | undefined {
  if (!line.includes(':') || !line.includes('(')) return undefined;
  const m = LABELLED_PARTY.exec(line);
  if (!m) return undefined;
  return { label: m[1]!.trim(), legalName: m[2]!.trim(), shortName: m[3]! };
}
