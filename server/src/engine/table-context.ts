/**
 * What a table's data cells are read with: the table's header row ("Log type | Retention period"
 * names what "Firewall logs | 12 months" states) and the sentence that introduces the table
 * ("Logs shall be retained for no less than the periods in the table below:"), which binds its
 * rows as a "…shall:" lead-in binds a list. The header row alone is no evidence: it only gives
 * the rows their meaning. A glossary ("Term | Meaning") defines words in its rows: no row of it
 * obliges anyone, however many of a requirement's words its definitions use.
 */
import type { LeadIn } from './classify';
import type { ParsedDocument } from './parse';

export interface TableAids {
  /** Per unit: the header row of the table a data cell belongs to ('' for other units). */
  header: string[];
  /** Per unit: the introducing sentence (ending with ":") of the table a data cell belongs to. */
  leadIn: (LeadIn | undefined)[];
}

export function tableAids(doc: ParsedDocument): TableAids {
  const header = doc.units.map(() => '');
  const leadIn: (LeadIn | undefined)[] = doc.units.map(() => undefined);
  let row: string[] = [];
  let intro: LeadIn | undefined;
  let previousWasHeader = false;
  doc.units.forEach((unit, i) => {
    if (unit.kind !== 'table-cell') {
      previousWasHeader = false;
      const last = unit.sentences[unit.sentences.length - 1];
      intro = last && /:\s*$/.test(last.text) ? { text: last.text, start: last.start } : undefined;
      return;
    }
    // A header cell hangs under no other cell; consecutive ones form the header row.
    if (!unit.parents.some((p) => doc.units[p]!.kind === 'table-cell')) {
      if (!previousWasHeader) row = [];
      row.push(unit.sentences.map((s) => s.text).join(' '));
      previousWasHeader = true;
      return;
    }
    previousWasHeader = false;
    header[i] = row.join(' | ');
    leadIn[i] = intro;
  });
  return { header, leadIn };
}

/** The header row of a glossary table: "Term | Meaning", "Abbreviation | Definition". */
const GLOSSARY_HEADER = /^\s*(?:(?:defined\s+)?terms?|words?|expressions?|abbreviations?|acronyms?)\s*\|\s*(?:meanings?|definitions?|means|stands\s+for)\s*$/i;

export function isGlossaryHeader(header: string): boolean {
  return header !== '' && GLOSSARY_HEADER.test(header);
}
