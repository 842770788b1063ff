/** How a unit starts: its enumerator ("(c)", "7.2"), a caption ("**Backups.**"), a heading's number. */
import type { Span } from '../types';
import type { ClauseUnit } from './types';

export interface UnitShape {
  /** Offset (relative to the unit) where its sentences start, after enumerator and caption. */
  bodyStart: number;
  caption?: Span;
  enumerator?: string;
  /** The unit is nothing but a title (and enumerator). */
  titleOnly: boolean;
}

// "Section 2.2 Performance by Subcontractors. …" (SEC filings and federal clauses): the section
// word goes with the number, which alone is the enumerator, so the title after it is a caption.
// Schedules number their paragraphs by part letter and number ("B3.", "C1.2"), or by a prefix,
// a hyphen and a number ("CS-2.4", "G-5"): an enumerator too.
const ENUMERATOR = /^\s*(?:(?:Section|Clause|Article)\s+(?=\d{1,3}(?:\.\d{1,3})+))?(\((?:\d{1,3}|[a-zA-Z]{1,5})\)|\d{1,3}\.(?=\s)|\d{1,3}(?:\.\d{1,3})+\.?(?=\s)|[A-Z]\d{1,2}(?:\.\d{1,3})*\.(?=\s)|[A-Z]{1,4}-\d{1,2}(?:\.\d{1,3})*\.?(?=\s)|(?:[a-zA-Z]|[ivxlcIVXLC]{2,5})[.)](?=\s))/;
/** An opening quotation mark right before a clause number ("\"14.2 The Supplier …", "“6. Backups. …"). */
const QUOTED_NUMBER = /^\s*["“](?=\d{1,3}(?:\.\d{1,3})*\.?\s)/;
/** A caption ends at ". ", ": ", " - ", "—" or "–" (or at the end of the unit). */
const CAPTION = /^([^\n.:;!?—–]{1,100}?)(\s*(?:[.:](?=\s|$)|\s-\s|[—–])|\s*$)/;
/** "(a) Mr. Smith …", "(b) Acme Pty. Ltd …": a full stop after an abbreviation ends no title. */
const ABBREVIATION_END = /\b(?:Mr|Mrs|Ms|Dr|Prof|No|St|Inc|Ltd|Co|Corp|Pty|Pte|Nos|Art|Sec|Cl|Sch)$/i;
/** The marker of an ordered Markdown list item right before the unit ("7. "). */
const ORDERED_MARKER = /(?:^|\n)[ \t]{0,3}\d{1,3}[.)][ \t]+$/;
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/** A date and nothing else: "12 October 2026", "October 12, 2026", "1st March 2027". */
const DATE_LINE = new RegExp(`^\\s*(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+\\d{4}|${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})\\s*$`, 'i');
const VERBISH = /\b(?:shall|must|will|may|might|should|can|could|would|agrees?|is|are|was|were|has|have|had|do|does|did|means?|refers?|includes?)\b/i;

/** Read a unit's leading enumerator and caption from its masked text. */
export function unitShape(source: string, unitStart: number, masked: string, titleOnlyAllowed = true): UnitShape {
  // An amendment quotes the numbered paragraph it inserts ("\"6. Backups. The Supplier shall …\""):
  // the opening quote stands before the enumerator, which still numbers the paragraph.
  const quote = QUOTED_NUMBER.exec(masked)?.[0].length ?? 0;
  let at = 0;
  let enumerator: string | undefined;
  const en = ENUMERATOR.exec(masked.slice(quote));
  if (en) {
    enumerator = en[1];
    at = quote + en[0].length;
    // "(ii)(A)": a second enumerator right after the first belongs to the same unit.
    const again = /^\s*\((?:\d{1,3}|[a-zA-Z]{1,5})\)/.exec(masked.slice(at));
    if (again) at += again[0].length;
  }
  const restStart = at + (/^\s*/.exec(masked.slice(at))?.[0].length ?? 0);
  const m = CAPTION.exec(masked.slice(restStart));
  const shape: UnitShape = { bodyStart: at, titleOnly: false, ...(enumerator ? { enumerator } : {}) };
  // "Section 4.3 applies to …" names a section in a sentence: a section word numbers a unit only before a caption.
  const sectionWord = en !== null && /^\s*\p{L}{3}/u.test(en[0]);
  const plain: UnitShape = sectionWord ? { bodyStart: 0, titleOnly: false } : shape;
  if (!m) return plain;
  const title = m[1]!.trim();
  const afterCaption = restStart + m[0].length;
  const remainder = masked.slice(afterCaption);
  const titleOnly = !/[\p{L}\p{N}]/u.test(remainder);
  // Set off as a title by emphasis: "**a. Periodic Tests.**", "(c) *Cyber incident reporting*."
  const emphasised = /[*_]/.test(source.slice(unitStart, unitStart + restStart));
  if (titleOnly && !titleOnlyAllowed) return plain;
  // "B3. Leavers and exit" on a line of its own: a short numbered line is set off as a title by its number.
  const numberedTitle = enumerator !== undefined && titleOnly && !/[.;:]\s*$/.test(masked) && title.split(/\s+/).length <= 6;
  // "7. Least privilege. Contractor shall …": a numbered clause (or ordered list item) that opens with a short verbless
  // phrase and a full stop before a sentence is captioned by it, in sentence case too.
  const numbered = enumerator !== undefined || ORDERED_MARKER.test(source.slice(Math.max(0, unitStart - 8), unitStart));
  const numberedRunIn = numbered && !titleOnly && /^\s*\./.test(masked.slice(restStart + m[1]!.length)) && /^\s*\p{Lu}/u.test(remainder) && title.split(/\s+/).length <= 4 && title.length >= 4 && !VERBISH.test(title) && !ABBREVIATION_END.test(title);
  if (!numberedRunIn && !isTitle(title, emphasised || numberedTitle)) return plain;
  // "WHEREAS, Cedar Hollow School District No. 41, a public …": a full stop after an abbreviation ends no title.
  if (!emphasised && !titleOnly && ABBREVIATION_END.test(title)) return plain;
  return {
    ...shape,
    bodyStart: afterCaption,
    caption: { start: restStart, end: restStart + title.length },
    titleOnly,
  };
}

/**
 * Does `s` read as a title? Short, no finite verb, and set off as one: emphasised, ALL CAPS,
 * or Title Case (most longer words capitalised).
 */
export function isTitle(s: string, setOff: boolean): boolean {
  const words = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’&/-]*/gu) ?? [];
  if (words.length === 0 || words.length > 12) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(words[0]!)) return false;
  // A quoted term opens a definition ("“MSP” means …"), not a title.
  if (/^\s*["“'‘]/.test(s)) return false;
  // A letter's date line ("12 October 2026", "March 3, 2026") and its salutation or close ("Dear Ms
  // Hale,", "Yours sincerely,") stand on lines of their own but name no part of the text.
  if (DATE_LINE.test(s) || /,\s*$/.test(s)) return false;
  const long = words.slice(1).filter((w) => w.length >= 4 && /^\p{L}/u.test(w));
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  // A verb makes it a sentence, unless every longer word is capitalised ("Vulnerabilities Are Expected").
  if (VERBISH.test(s)) return words.length >= 3 && long.length >= 1 && capitalised === long.length;
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return true;
  if (long.length === 0) return setOff || words.length <= 3;
  // Unemphasised text is a title only if every longer word is capitalised: a sentence full of
  // defined terms ("The Provider endeavours to monitor the Customer Environment") is not one.
  const titleCase = setOff ? capitalised / long.length >= 0.6 : capitalised === long.length;
  return titleCase || (setOff && words.length <= 8);
}

/** Does the unit end by announcing what follows ("the Contractor shall—", "Supplier must:")? */
export function endsWithLeadIn(unit: ClauseUnit): boolean {
  const last = unit.sentences[unit.sentences.length - 1];
  return last !== undefined && /(?::|—|–|\s-|--)\s*$/.test(last.text);
}

const NUMBER_PATTERNS: RegExp[] = [
  /^(?:section|clause|article|schedule|annex|appendix|exhibit|part|attachment)\s+([0-9]+(?:\.[0-9]+)*|[IVXLC]+|[A-Z])\b[.:)]?\s*[-–—:]?\s*/i,
  /^([0-9]+(?:\.[0-9]+)*)\.?\s+/,
  /^\(?([a-z]|[ivx]+)\)\s+/,
  /^([IVXLC]+)\.\s+/,
  /^([A-Z])\.\s+/,
];

/** Split "7.2 Security Logs" into number "7.2" and title "Security Logs". */
export function headingTitle(raw: string): { title: string; number?: string } {
  // "1\\. INTRODUCTION" arrives masked as "1 . INTRODUCTION".
  const clean = raw.replace(/\s+/g, ' ').trim().replace(/^(\d+(?:\.\d+)*) \.(?= )/, '$1.');
  for (const re of NUMBER_PATTERNS) {
    const m = re.exec(clean);
    if (m) {
      const title = clean.slice(m[0].length).trim();
      return { title: title || clean, number: m[1]! };
    }
  }
  return { title: clean };
}
