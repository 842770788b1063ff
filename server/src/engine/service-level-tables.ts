/**
 * Service-level tables bound by a body clause. A schedule often writes its duties as rows of a
 * table ("Ref | Service Level | Target | Measurement | Service Credit") and binds them in one
 * sentence elsewhere: "The Provider shall meet or exceed the Service Levels in Table 3". That
 * sentence binds each row of the tables it names (by number) or, naming none, of every table
 * whose rows are service levels (a leading "Service Level" column), as a "…shall:" lead-in binds a list.
 *
 * A row whose credit column carries no credit ("Reported", "For information", "–", "None") is a
 * reporting measure: it is measured, not promised, so the clause does not bind it.
 * "shall use reasonable efforts to meet the Service Levels" binds nothing: the verb must follow
 * the modal directly.
 */
import { bundledLexicon } from './catalog/lexicon-file';
import type { LeadIn } from './classify';
import type { Lexicon } from './lexicon';
import type { ParsedDocument } from './parse';

/**
 * The words are the lexicon's (`serviceLevels`, reading-words.ts): the binding clause ("shall meet
 * or exceed the Service Levels", "must achieve each of the KPIs", "agrees to comply with the
 * Service Levels"), the header cell naming a row's service level ("Service Level", "KPI"), the
 * header cell of its credit ("Service Credit", "Remedy", "At-risk amount") and a credit cell that
 * gives none ("Reported", "For information", "–", "None").
 */
type ServiceLevelPatterns = Lexicon['serviceLevels'];
/** "Table 2", "Tables 2 and 3", "Table 3A". */
const TABLE_NUMBER = /\bTables?\s+((?:[A-Z]?\d+[A-Za-z]?)(?:\s*(?:,|and|&)\s*[A-Z]?\d+[A-Za-z]?)*)/gi;
/** A table's caption line: "Table 3 – Security Service Levels". */
const CAPTION = /^\s*\**Table\s+([A-Z]?\d+[A-Za-z]?)\b/i;
interface Binding {
  lead: LeadIn;
  /** The table numbers it names; undefined: every service-level table. */
  tables?: Set<string>;
}

function numbersIn(text: string): Set<string> | undefined {
  const found = new Set<string>();
  for (const m of text.matchAll(TABLE_NUMBER)) for (const n of m[1]!.split(/\s*(?:,|and|&)\s*/i)) if (n) found.add(n.toUpperCase());
  return found.size ? found : undefined;
}

/** The clauses, outside tables, that oblige a party to meet a table's service levels. */
function bindings(doc: ParsedDocument, meetsLevels: RegExp): Binding[] {
  const found: Binding[] = [];
  for (const unit of doc.units) {
    if (unit.kind === 'table-cell') continue;
    for (const s of unit.sentences) {
      const m = meetsLevels.exec(s.text);
      if (!m) continue;
      // The tables it names are those of its own sentence, after the duty ("… in Table 2 and Table 3").
      const rest = s.text.slice(m.index + m[0].length);
      found.push({ lead: { text: s.text.slice(0, m.index + m[0].length), start: s.start }, tables: numbersIn(rest) });
    }
  }
  return found;
}

/**
 * Per unit: the clause that binds the table row the cell belongs to, if any. `header` is the
 * header row of each data cell (table-context.ts), '' for other units.
 */
export function serviceLevelLeadIns(doc: ParsedDocument, header: readonly string[], words: ServiceLevelPatterns = bundledLexicon().serviceLevels): (LeadIn | undefined)[] {
  const leadIns: (LeadIn | undefined)[] = doc.units.map(() => undefined);
  const found = bindings(doc, words.meetsLevels);
  if (!found.length) return leadIns;
  let caption: string | undefined;
  doc.units.forEach((unit, i) => {
    if (unit.kind !== 'table-cell') {
      // "Table 3 – Security Service Levels": the parser keeps "Table 3" as the paragraph's caption.
      caption = CAPTION.exec(unit.caption?.text ?? unit.sentences[0]?.text ?? '')?.[1]?.toUpperCase();
      return;
    }
    const parentCells = unit.parents.filter((p) => doc.units[p]!.kind === 'table-cell');
    if (!header[i]) return; // a header cell
    // A later cell of the row ("SEC-01 | Multi-factor authentication … | 100%") is bound with its row.
    if (parentCells.length > 1) {
      leadIns[i] = leadIns[parentCells[parentCells.length - 1]!];
      return;
    }
    const heads = header[i]!.split(' | ');
    const named = found.find((b) => caption !== undefined && b.tables?.has(caption));
    // Unnamed, only a table whose rows ARE service levels: the level names the row (first column,
    // or second after a "Ref" column). "Service | Description | Service Level" lists services with
    // a level beside each; the service itself is described, not bound.
    const levelColumn = heads.findIndex((h) => words.levelColumn.test(h));
    const binding = named ?? (levelColumn >= 0 && levelColumn <= 1 ? found.find((b) => !b.tables) : undefined);
    if (!binding) return;
    const credit = heads.findIndex((h) => words.creditColumn.test(h));
    if (credit > 0) {
      // The row's other cells follow its first one and hang under it.
      const k = i + credit;
      const cell = doc.units[k]?.kind === 'table-cell' && doc.units[k]!.parents.includes(i) ? doc.units[k] : undefined;
      if (!cell || words.noCredit.test(cell.sentences.map((s) => s.text).join(' '))) return;
    }
    leadIns[i] = binding.lead;
  });
  return leadIns;
}
