/**
 * An inventory: a list or table under a heading that names the things covered ("Exhibit A —
 * Covered Systems", "Supported Equipment", "Asset register"). A verbless entry of it ("Remote
 * access gateway used by the billing staff") names an asset that is looked after; it says nothing
 * about who does what to it, so it is no evidence of a duty, however many of a requirement's words
 * it shares.
 */
import type { ClauseUnit } from './parse';

/** A heading whose last words name a set of assets. */
const INVENTORY_TITLE = /\b(?:systems|equipment|assets?|devices|hardware|inventory|register|locations|sites|software|configuration\s+items)\s*$/i;

/** Is `unit`, read as a verbless statement, an entry of an inventory titled `title`? */
export function isInventoryEntry(unit: ClauseUnit, title: string): boolean {
  return (unit.kind === 'list-item' || unit.kind === 'table-cell') && INVENTORY_TITLE.test(title.trim());
}
