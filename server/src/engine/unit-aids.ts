/**
 * Per-document reading aids for matching (match.ts): the words that head each unit, the lead-in
 * that governs it, its sentences' anchor scans, its table row. Worked out once per document and
 * shared by every requirement; dropped once matching is over (forgetUnitAids).
 */
import { markKeyLead } from './mark-key';
import { mayNameControl } from './control-mentions';
import type { LeadIn } from './later-clause';
import { endsWithLeadIn, type ClauseUnit, type ParsedDocument } from './parse';
import { promiseDeclarations } from './promise-lead';
import { rowsObligeNoOne, tableAids } from './table-context';
import { boundItemLeadIns, titlesOnly } from './bound-items';
import { readFromStatementCell } from './reference-rows';
import { qualifiedClauseNumber } from './cited-clause';
import { TextScan } from './text-scan';
import { siblingOfHeading } from './heading-hits';
import { headingLeadOf } from './heading-lead-in';
import { complianceRows, type ComplianceRow } from './compliance-matrix';
import { bindingDescriptions, type DescriptionBinding } from './binding-description';
import { packedMap } from './packed-map';
import { questionnaire, type Questionnaire } from './questionnaire';
import type { Lexicon } from './lexicon';
import { bundledLexicon } from './catalog/lexicon-file';

/** Heading text of a section and all its ancestors, for concept context. */
export function headingContext(doc: ParsedDocument, section: number): string {
  const parts: string[] = [];
  for (let i = section; i >= 0; i = doc.sections[i]!.parent) parts.push(doc.sections[i]!.title);
  return parts.join(' \n ');
}

/** Per-document reading aids computed once and shared by every requirement. */
export interface UnitAids {
  /** Headings, caption and outline-parent captions/lead-ins: the words that head a unit. */
  context: string[];
  leadIn: (LeadIn | undefined)[];
  /** Lower-case sentence texts per unit, scanned once for all term sets' quick rejection. */
  lower: TextScan[][];
  /** Per unit and sentence: the sentence may name a control id (control-mentions.ts). */
  controlLike: boolean[][];
  /** Lower-case context per unit (units under one heading share one scan). */
  contextLower: TextScan[];
  /** Per unit, a number shared by the units with the same context (its results are kept per requirement). */
  contextId: number[];
  /** The headings and captions alone (no lead-in sentence): the words that name a unit's topic. */
  named: string[];
  /** The heading path of each unit's section. */
  heading: string[];
  /** Header cells of tables that have body rows. */
  headerCell: boolean[];
  /** For a row's first cell, the text of the other cells of its row; `rowCells` keeps empty cells in place. */
  rowRest: string[];
  /** By a row's first cell only. */
  rowCells: Map<number, string[]>;
  /** Data cells of a glossary table ("Term | Meaning"). */
  glossaryRow: boolean[];
  /** Per unit: the header row of the table a data cell belongs to ('' for other units). */
  tableHeader: string[];
  /** The matrix key that says a mark in a party's column binds that party (mark-key.ts), if any. */
  markKey?: LeadIn;
  /** Per unit: for a requirement cell of a compliance matrix, its row's answer. */
  answer: (ComplianceRow | undefined)[];
  /** Per section: the clause that makes the service description there binding. */
  described: Map<number, DescriptionBinding>;
  /** Per sentence, the number of the clause it opens by qualifying ("Notwithstanding clause 6.1, …"). */
  cites: (string | undefined)[][];
  /** Questions (never evidence) and the answers that take their topic (questionnaire.ts). */
  qa: Questionnaire;
  /** The lexicon the aids were read with. */
  lexicon: Lexicon;
}

const aidsCache = new WeakMap<ParsedDocument, UnitAids>();

export function unitAids(doc: ParsedDocument, lexicon: Lexicon = bundledLexicon()): UnitAids {
  let aids = aidsCache.get(doc);
  // A pack's own lexicon may read a table's words otherwise: its aids are worked out for it.
  if (aids && aids.lexicon === lexicon) return aids;
  const headings = new Map<number, string>();
  const heading = (section: number): string => {
    let h = headings.get(section);
    if (h === undefined) {
      h = section >= 0 ? headingContext(doc, section) : '';
      headings.set(section, h);
    }
    return h;
  };
  const heads = (u: ClauseUnit): string | undefined => {
    if (u.caption) return u.caption.text;
    const last = u.sentences[u.sentences.length - 1];
    return last && endsWithLeadIn(u) ? last.text : undefined;
  };
  aids = { context: [], leadIn: [], lower: [], controlLike: [], contextLower: [], contextId: [], named: [], heading: [], headerCell: doc.units.map(() => false), rowRest: doc.units.map(() => ''), rowCells: new Map(), glossaryRow: [], tableHeader: [], cites: [], answer: complianceRows(doc, lexicon), described: bindingDescriptions(doc, lexicon), qa: questionnaire(doc, lexicon), lexicon };
  const isHeader = (i: number): boolean => doc.units[i]!.kind === 'table-cell' && !doc.units[i]!.parents.some((q) => doc.units[q]!.kind === 'table-cell');
  doc.units.forEach((unit) => {
    if (unit.kind !== 'table-cell') return;
    for (const p of unit.parents) {
      if (isHeader(p)) aids!.headerCell[p] = true;
      // The row's first cell collects the rest of its row.
      else if (doc.units[p]!.kind === 'table-cell') {
        aids!.rowRest[p] = [aids!.rowRest[p], ...unit.sentences.map((x) => x.text)].filter(Boolean).join(' | ');
        aids!.rowCells.set(p, [...(aids!.rowCells.get(p) ?? []), unit.sentences.map((x) => x.text).join(' ')]);
      }
    }
  });
  const contextScans = new Map<string, { scan: TextScan; id: number }>();
  const sentenceScans = new Map<string, TextScan>();
  const setScan = (text: string): TextScan => {
    const scan = new TextScan(text.toLowerCase());
    sentenceScans.set(text, scan);
    return scan;
  };
  const promises = promiseDeclarations(doc, lexicon.promiseLeads);
  const tables = tableAids(doc, lexicon.serviceLevels, lexicon.markKeys, lexicon.serviceTables);
  // "The Supplier shall perform every item listed in section 3" binds the items of section 3 (bound-items.ts).
  const bound = boundItemLeadIns(doc, lexicon.boundItems);
  aids.glossaryRow = tables.header.map((h) => rowsObligeNoOne(h, lexicon.tableColumns));
  aids.tableHeader = tables.header;
  const markKey = markKeyLead(doc, lexicon.markKeys);
  if (markKey) aids.markKey = markKey;
  readFromStatementCell(doc, aids);
  aids.cites = doc.units.map((unit) => packedMap(unit.sentences, (s) => qualifiedClauseNumber(s.text, lexicon.clauseNarrowing)));
  doc.units.forEach((unit, u) => {
    const section = unit.section >= 0 && siblingOfHeading(unit.enumerator, doc.sections[unit.section]!.number) ? doc.sections[unit.section]!.parent : unit.section;
    const parts = [heading(section)];
    const named = [heading(section)];
    for (const p of unit.parents) {
      const h = heads(doc.units[p]!);
      if (h) parts.push(h);
      const caption = doc.units[p]!.caption;
      if (caption) named.push(caption.text);
    }
    if (unit.caption) {
      parts.push(unit.caption.text);
      named.push(unit.caption.text);
    }
    if (tables.header[u]) parts.push(tables.header[u]!);
    aids.context.push(parts.filter(Boolean).join(' \n '));
    // The question an answer answers names its topic, as a caption does (its words stand in only where it names them all: questionStandsIn).
    const asked = aids.qa.answer[u]?.question;
    if (asked) named.push(asked);
    aids.named.push(named.filter(Boolean).join(' \n '));
    aids.heading.push(parts[0]!);
    const promise = promises.get(unit.section);
    const byHeading = headingLeadOf(doc, unit, lexicon.headingLeads);
    const own = leadInOf(doc, unit);
    const lead = bound[u] && (own === undefined || titlesOnly(own, lexicon.boundItems)) ? bound[u] : own;
    aids.leadIn.push(lead ?? tables.leadIn[u] ?? (promise && promise.start < unit.start ? promise : undefined) ?? (byHeading && { text: byHeading.title, start: byHeading.start, heading: byHeading }));
    // A sentence repeated in the draft (a clause restated per schedule) is scanned once.
    aids.lower.push(packedMap(unit.sentences, (s) => sentenceScans.get(s.text) ?? setScan(s.text)));
    aids.controlLike.push(packedMap(unit.sentences, (s) => mayNameControl(s.text)));
    const context = aids.context[aids.context.length - 1]!;
    let contextScan = contextScans.get(context);
    if (!contextScan) contextScans.set(context, (contextScan = { scan: new TextScan(context.toLowerCase()), id: contextScans.size }));
    aids.contextLower.push(contextScan.scan);
    aids.contextId.push(contextScan.id);
  });
  aidsCache.set(doc, aids);
  return aids;
}

/** The sentence that governs a unit's verbless sentences: its nearest outline parent's ending "…shall:" / "…shall—". */
function leadInOf(doc: ParsedDocument, unit: ClauseUnit): LeadIn | undefined {
  for (let i = unit.parents.length - 1; i >= 0; i--) {
    const parent = doc.units[unit.parents[i]!]!;
    if (parent.sentences.length === 0) continue; // a bare title: look further up
    if (!endsWithLeadIn(parent)) return undefined;
    const last = parent.sentences[parent.sentences.length - 1]!;
    return { text: last.text, start: last.start };
  }
  return undefined;
}

/**
 * Drops a document's aids once it is matched. An analysis result keeps its document (hovers, code
 * actions), and the aids (a scan per sentence with a bit per anchor of the catalog) would stay with
 * it; a later question about the document works them out again.
 */
export function forgetUnitAids(doc: ParsedDocument): void {
  aidsCache.delete(doc);
}

/** Are a document's aids being kept? (for tests) */
export function hasUnitAids(doc: ParsedDocument): boolean {
  return aidsCache.has(doc);
}
