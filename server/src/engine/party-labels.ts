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

/**
 * A neutral party label given its side in brackets: "**Party A (the Client):** Acme Co., Ltd.",
 * "the First Party (the Service Provider)". Contracts translated from Chinese, and many
 * civil-law forms, name the parties "Party A" / "Party B" (甲方 / 乙方) and say once which is the
 * client; the label (lexicon `labels`) then opens every duty ("Party B shall …"). The bracket must
 * follow the label at once and hold a role word; the words after a colon on the same line are
 * the legal name.
 */
export interface BracketedLabel {
  label: string;
  /** The bracketed words, e.g. "Service Provider". */
  roleWord: string;
  /** Offset in the text. */
  at: number;
  legalName?: string;
}

const labelPatterns = new WeakMap<readonly string[], RegExp>();

function labelPattern(labels: readonly string[]): RegExp {
  let pattern = labelPatterns.get(labels);
  if (!pattern) {
    const alternatives = [...labels].sort((a, b) => b.length - a.length).map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})\\s*\\(\\s*(?:the\\s+|hereinafter\\s+)?["“]?(\\p{Lu}[\\p{L} -]{1,40}?)["”]?\\s*\\)(?:\\s*[*_]{0,2}\\s*:\\s*[*_]{0,2}\\s*([^\\n]{2,120}))?`, 'gu');
    labelPatterns.set(labels, pattern);
  }
  return pattern;
}

/** How far into a document the parties block is looked for (code units). */
const PARTIES_BLOCK_REACH = 6000;

export function bracketedLabels(text: string, labels: readonly string[]): BracketedLabel[] {
  if (!labels.length) return [];
  const found: BracketedLabel[] = [];
  const pattern = labelPattern(labels);
  pattern.lastIndex = 0;
  const opening = text.slice(0, PARTIES_BLOCK_REACH);
  for (let m = pattern.exec(opening); m; m = pattern.exec(opening)) {
    const legalName = m[3]?.replace(/[*_]+/g, '').trim();
    found.push({ label: m[1]!.replace(/\s+/g, ' '), roleWord: m[2]!.trim(), at: m.index, ...(legalName && /^\p{Lu}/u.test(legalName) ? { legalName } : {}) });
  }
  return found;
}

/**
 * A party named by a data sheet's statement "The Purchaser is: Ministry of …" / "The Supplier is:
 * Acme Ltd": the Special Conditions and Bid Data Sheets of standard procurement documents name the
 * parties so, one row or line each, and the role word then opens the duties. The statement must
 * open its line or table cell, put a colon after "is" and give a capitalised name (an article
 * allowed). Which role the word has is the caller's (lexicon) business.
 */
export interface StatedParty {
  term: string;
  legalName: string;
  at: number;
}

const STATED_PARTY = /(?:^|\|)[ \t]*(?:[*_]{1,2})?The\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\s+is\s*:\s*(?:[*_]{1,2})?\s*(?:the\s+)?(\p{Lu}[^,;|\n]{2,100})/gmu;

export function statedParties(text: string): StatedParty[] {
  const opening = text.slice(0, PARTIES_BLOCK_REACH);
  return [...opening.matchAll(STATED_PARTY)].map((m) => ({ term: m[1]!, legalName: m[2]!.replace(/[*_.]+$/g, '').trim(), at: m.index! }));
}

/**
 * A public body that heads its own contract clauses: "# Federal Inland Waterways Administration"
 * over "Section H — Special Contract Requirements", where the clauses call the parties only "the
 * Government" and "the Contractor" and name the agency's units by its initials ("the FIWA
 * Security Operations Center will …"). The first heading names a public body (its last word is
 * one of the lexicon's `publicBodies`); its initials, used as a word in the text, name the same
 * body. parties.ts reads it as the customer only when the document defines no customer itself.
 */
export interface TitleBody {
  initials: string;
  name: string;
  at: number;
}

const TITLE_NAME_JOINERS = new Set(['of', 'and', 'for', 'the', 'on', '&']);

export function titleBody(text: string, publicBodies: readonly string[]): TitleBody | undefined {
  const heading = /^\s*#{1,2}\s+([^\n]{4,120})$/mu.exec(text.slice(0, 400));
  if (!heading) return undefined;
  const name = heading[1]!.replace(/[*_]+/g, '').trim().replace(/^the\s+/i, '');
  const words = name.split(/\s+/);
  const last = words[words.length - 1]!;
  if (words.length < 2 || !publicBodies.some((b) => b.toLowerCase() === last.toLowerCase())) return undefined;
  if (!words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) || TITLE_NAME_JOINERS.has(w.toLowerCase()))) return undefined;
  const initials = words.filter((w) => !TITLE_NAME_JOINERS.has(w.toLowerCase())).map((w) => w.charAt(0)).join('');
  if (initials.length < 2 || !new RegExp(`(?<![\\p{L}\\p{N}])${initials}(?![\\p{L}\\p{N}])`, 'u').test(text.slice(heading.index + heading[0].length))) return undefined;
  return { initials, name, at: heading.index };
}
