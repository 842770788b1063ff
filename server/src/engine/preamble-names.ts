/**
 * A company's short name defined far from its legal name. Preambles put the company's
 * incorporation and address between the two:
 *   `between Tarn Valley Systems, Inc., a Delaware corporation, having its principal offices at
 *    1 Mill Lane, Springfield, IL 62701, USA ("Tarn")`
 *   `and Orbis Data Services Limited (company number 01234567) whose registered office is at …
 *    ("ODS")`
 * The near reading (the words just before the parenthesis) sees only the address. This one
 * looks back over the sentence for the "between/and <Name>" that the short name abbreviates.
 */

/** Words that show a party is being introduced: a legal form, incorporation, a registered address, a public body's status. */
const PARTY_INTRODUCTION = /\b(?:Ltd|Limited|Inc|Incorporated|LLC|L\.L\.C|LLP|plc|PLC|Corp|Corporation|GmbH|AG|S\.A|B\.V|Pty|incorporated|organi[sz]ed|corporation|limited\s+liability\s+company|DAC|N\.V|NV|KG|registered\s+(?:office|in)|principal\s+(?:office|place\s+of\s+business)|company\s+number|authori[sz]ed\s+by|chartered\s+(?:under|by)|established\s+under|political\s+subdivision|body\s+(?:corporate|politic)|public\s+(?:body|agency|entity|authority|school\s+district)|governmental\s+(?:entity|unit|body))\b/u;
/** Does `lead` (the words before a definition's parenthesis) introduce a party that signs? */
export function introducesParty(lead: string): boolean {
  return PARTY_INTRODUCTION.test(lead) || OTHER_SIGNATORY.test(lead);
}

/** Legal-form words, left out when a short name is read as initials ("IAC" for "Inventec Appliances Corporation"). */
const LEGAL_FORM_WORD = /^(?:Ltd|Limited|Inc|Incorporated|LLC|LLP|plc|PLC|Corp|Corporation|Company|Co|GmbH|AG|Pty|DAC|NV|KG)\.?$/u;
const JOINERS = new Set(['of', 'and', '&', 'for', 'the', 'de', 'la']);
/** How far back a legal name is looked for (code units): a preamble's address fits easily. */
export const LEGAL_NAME_REACH = 600;

/**
 * The legal name that `term` (one word: "Tarn", "ODS", "i-on") abbreviates, from `lead`, the
 * sentence text before the definition's "(". The name must follow "between" or "and", be written
 * as a proper name, and begin with the short name or have it as its initials; `lead` must
 * introduce a party (a legal form, incorporation or registered office). The nearest such name wins.
 */
export function distantLegalName(term: string, lead: string): string | undefined {
  const short = term.trim();
  if (!/^[\p{L}\p{N}][\p{L}\p{N}&.-]{1,30}$/u.test(short) || !PARTY_INTRODUCTION.test(lead)) return undefined;
  let found: string | undefined;
  // a lookahead, so that "by and between Tarn" is tried at "between" too; a numbered parties list
  // ("(2) Harbor Bank DAC, a credit institution …") opens each sentence with the name itself
  // A recital opens with "WHEREAS," before the name ("WHEREAS, Cedar County, a political subdivision …").
  for (const m of lead.matchAll(/(?:^\s*(?:WHEREAS,?\s+)?|\b(?:between|and)\s+)(?=(?:the\s+)?([^,;:()\n"“”]{2,80}))/gu)) {
    const words = m[1]!.trim().split(/\s+/);
    if (abbreviates(short, words)) found = m[1]!.trim();
  }
  return found;
}

function abbreviates(short: string, words: string[]): boolean {
  const first = words[0]!.replace(/[.,]+$/, '');
  // "Sonos, Inc." for "Sonos"; "i-on interactive" for "i-on" (brands may start lower case)
  if (first.toLowerCase() === short.toLowerCase()) return true;
  if (!words.every(isNameWord)) return false;
  // "Harbor Cooperative Bank DAC" (the "Bank"): one capitalised word of the name stands for it
  if (words.length >= 2 && /^\p{Lu}\p{Ll}{2,}$/u.test(short) && words.includes(short)) return true;
  if (!/^\p{Lu}{2,6}$/u.test(short)) return false;
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w));
  const initials = (list: string[]): string => list.map((w) => w.charAt(0)).join('');
  return initials(capitals) === short || initials(capitals.filter((w) => !LEGAL_FORM_WORD.test(w))) === short;
}

function isNameWord(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word) || JOINERS.has(word);
}

/** Other ways a party entry introduces who signs: partnerships, sole traders, charities, councils. */
const OTHER_SIGNATORY = /\b(?:partnership|sole\s+trader|carrying\s+on\s+business|trading\s+as|(?:registered\s+)?charity|municipal|council)\b/iu;

/**
 * A party entry that defines its short name by what the party is, not by a word of its name:
 * `(2) Elm Road Surgery, a general practice partnership … (the "Practice")`, `and Carter & Webb
 * LLP (the "Firm")`. The entry must open with the party's proper name (after an enumerator or
 * "between/and") and introduce a signatory; the term must be one or two capitalised words.
 * Returns the proper name. parties.ts gives such a name a role only as the other side of a
 * defined provider (or customer), never by counting duties.
 */
/** The sentence's opening before the first entry: "This contract is made between ", "THIS AGREEMENT is dated … and made by and between ". */
const ENTRY_LEAD_IN = /^[^()\n]{0,120}?\b(?=(?:by\s+and\s+)?between\s)/iu;

export function describedPartyName(term: string, lead: string): string | undefined {
  const short = term.trim();
  if (!/^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?$/u.test(short)) return undefined;
  if (!PARTY_INTRODUCTION.test(lead) && !OTHER_SIGNATORY.test(lead)) return undefined;
  const opening = /^\s*(?:\(?\d{1,2}[.)]\s*|\(?[a-z][.)]\s*)?(?:WHEREAS,?\s+)?(?:(?:by\s+and\s+)?between\s+|and\s+)?(?:the\s+)?([^,;:()\n"“”]{2,80}?)\s*(?:,|\(|$)/iu.exec(lead.replace(/[*_]/g, '').replace(ENTRY_LEAD_IN, ''));
  const words = opening?.[1]?.trim().split(/\s+/) ?? [];
  if (words.length < 2 || !words.every(isNameWord) || !/^\p{Lu}/u.test(words[0]!)) return undefined;
  return words.join(' ');
}
