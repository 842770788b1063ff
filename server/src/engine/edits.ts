/**
 * Plain text edits over document offsets (UTF-16 code units), shared by quick fixes, placement and
 * suppressions. The language server turns them into LSP TextEdits; tests apply them directly.
 */
import { isOwnName, type Parties } from './parties';
import type { Requirement, Role } from './types';

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** Apply non-overlapping edits (any order) to `text`. Inserts at one offset keep their array order. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i);
  let out = '';
  let at = 0;
  for (const { e } of sorted) {
    if (e.start < at || e.end < e.start) throw new Error(`overlapping or inverted edit at ${e.start}`);
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/** True when two edits touch the same characters (two inserts at one point do not overlap). */
export function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end || b.start === b.end) return a.start > b.start && a.start < b.end || b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/**
 * A requirement's template clause with the document's own party names: `{{provider}}` and
 * `{{customer}}` become the defined terms the draft uses ("Supplier", "Client"). Line breaks are
 * normalised to "\n"; callers convert them to the document's line ending.
 */
export function renderTemplate(req: Requirement, parties: Pick<Parties, 'provider' | 'customer'> & Partial<Pick<Parties, 'names'>>): string {
  // "The {{provider}} shall": a company's own name ("Northwind shall") takes no article.
  const side = (role: Role) => (_match: string, article?: string): string => {
    const name = role === 'provider' ? parties.provider : parties.customer;
    return article && !isOwnName(parties, role) ? `${article} ${name}` : name;
  };
  return req.template
    .replace(/\r\n?/g, '\n')
    .replace(/\b([Tt]he) \{\{provider\}\}|\{\{provider\}\}/g, side('provider'))
    .replace(/\b([Tt]he) \{\{customer\}\}|\{\{customer\}\}/g, side('customer'))
    .trim();
}

/** Markup-free, whitespace-collapsed, lower-case form used to compare clause text with a document. */
function comparable(text: string): string {
  return text.replace(/[*_`>#|\\]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Is this rendered template already in the document? Bracketed values ("[24]", "[Schedule X]")
 * match whatever the drafter put in their place, so a clause inserted earlier and then completed
 * is still recognised and never inserted twice.
 */
export function containsClause(documentText: string, rendered: string): boolean {
  const parts = comparable(rendered).split(/\[[^\]\n]{0,80}\]/);
  const source = parts.map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('.{0,120}?');
  if (source.replace(/\W/g, '').length < 12) return false; // too little text to be sure
  return new RegExp(source, 's').test(comparable(documentText));
}
