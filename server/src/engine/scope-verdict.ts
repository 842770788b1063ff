/**
 * Service descriptions, schedules and service tables state the service item by item: a label and
 * a verdict after a colon or a dash ("Off-site backup: not provided", "Security monitoring – out of
 * scope", "Incident response: not part of the Managed Services"), or a note in brackets after the
 * item that names who does it ("Patching of desktops (Customer responsibility)"). The sentence
 * reader cuts a clause at ": ", so the label alone would read as a bare description (weak); the
 * verdict decides the item: left out of the service (an express exclusion) or given to the
 * customer (the wrong party). The verdict words are lexicon data (`serviceScope`).
 */
import { phraseAlternation } from './cell-words';
import type { PartyWords, ServiceScopeWords } from './lexicon';

export interface ScopePatterns {
  /** After a label's colon or dash: the item left out of the service. */
  excluded: RegExp;
  /** After a label's colon or dash: the item given to the customer. */
  customer: RegExp;
  /** The same customer verdict as a note in brackets after the item. */
  customerNote: RegExp;
}

export interface ScopeVerdict {
  kind: 'excluded' | 'customer';
  /** The verdict's words (offsets in the sentence). */
  start: number;
  end: number;
}

/** After a phrase written with a trailing "…", the rest of its clause ("not provided …" reads "not provided by the Provider"). */
const OPEN_REST = String.raw`(?![\p{L}\p{N}])[^.;:()]*?`;

/** The verdict is the whole rest of its clause: a stop, a semicolon, a closing bracket, the end of its table cell or the end follows it. */
const CLAUSE_END = String.raw`(?=\s*(?:[.;,)|]|$))`;

export function compileScopeWords(words: ServiceScopeWords | undefined, parties: Pick<Required<PartyWords>, 'provider' | 'customer'>): ScopePatterns {
  const excluded = phraseAlternation(words?.excluded, OPEN_REST, parties);
  const customer = phraseAlternation(words?.customer, OPEN_REST, parties);
  return {
    excluded: new RegExp(String.raw`^\s*${excluded}${CLAUSE_END}`, 'iu'),
    customer: new RegExp(String.raw`^\s*${customer}${CLAUSE_END}`, 'iu'),
    customerNote: new RegExp(String.raw`\(\s*${customer}\s*\)`, 'iu'),
  };
}

/** An item's label: no clause break and at most this many words before its colon or dash. */
const LABEL_WORDS = 30;
/** The label's separator: a colon, or a dash set off by spaces ("Backup – not provided"). */
const SEPARATOR = /:|\s[–—-]\s/;
/** A label that binds or describes with a verb of its own is a clause, not an item's label ("The Provider shall back up the following:"). */
const VERB_IN_LABEL = /\b(?:shall|must|will|may|is|are|agrees?|undertakes?)\b/i;

/**
 * The verdict that decides the item whose label holds the concept at `conceptAt`: "<label>: not
 * provided", "<label> – Customer responsibility", "<item> (Customer responsibility)".
 */
export function scopeVerdict(text: string, conceptAt: number, patterns: ScopePatterns): ScopeVerdict | undefined {
  const labelStart = Math.max(0, ...[...text.slice(0, conceptAt).matchAll(/[.;]\s/g)].map((m) => m.index! + m[0].length));
  const rest = text.slice(conceptAt);
  const sep = SEPARATOR.exec(rest);
  const clauseEnd = rest.search(/[.;](?:\s|$)/);
  if (sep && (clauseEnd < 0 || sep.index < clauseEnd)) {
    const label = text.slice(labelStart, conceptAt + sep.index);
    if ((label.match(/[\p{L}\p{N}]+/gu) ?? []).length <= LABEL_WORDS && !VERB_IN_LABEL.test(label)) {
      const after = conceptAt + sep.index + sep[0].length;
      for (const kind of ['excluded', 'customer'] as const) {
        const m = patterns[kind].exec(text.slice(after));
        if (m) {
          const start = after + m[0].search(/\S/);
          return { kind, start, end: after + m[0].length };
        }
      }
    }
  }
  // The note in brackets belongs to the item: the same clause, after the concept.
  const clause = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
  const note = patterns.customerNote.exec(clause);
  return note ? { kind: 'customer', start: conceptAt + note.index, end: conceptAt + note.index + note[0].length } : undefined;
}
