/**
 * Party definitions that Markdown drafts write without quotation marks, read from the source
 * lines of a document's opening because the sentence reader sees neither (bold is markup, and a
 * caption line or a table row is no sentence):
 * - bold as the defined-term marker: `Acme Pty Ltd (the **Supplier**)`, `(the "**Vendor**")`, also
 *   quoted names on a line of their own (`Acme Pty Ltd (the "Supplier")` with no sentence around it);
 * - an order form's party table, one two-cell row per party: `| **Customer** | Harrow Ltd |`.
 * A name counts only when the caller knows its role word, so `(the **Services**)` adds nothing.
 */

export interface MarkdownPartyDefinition {
  term: string;
  /** Offset in the document text. */
  at: number;
  /** The words before the parenthesis or the other cell of the row: the legal name. */
  legalName?: string;
  /** Another name the same parenthesis gives the party (`(the **Provider** or **TPP**)`): this one stands for it too. */
  sameAs?: string;
}

/** How far into a document parties are looked for (lines): preambles and order-form headers. */
const OPENING_LINES = 80;

/** `(the **Agency**)`, `(the "**Vendor**")`, `("MSP")`: bold, quoted or both. */
const NAME_IN_PARENS = /\(\s*(?:the\s+|a\s+|an\s+)?(?:\*\*["“']|["“']\*\*|\*\*|["“'])([^*"“”'’\n]{1,40}?)(?:["”'’]\*\*|\*\*["”'’]|\*\*|["”'’])\s*\)/gu;
/**
 * `…, hereinafter called the **CONTRATADA**;`: translated civil-law contracts (Portuguese
 * "doravante denominada", Spanish "en adelante denominado", French "ci-après dénommé") define a
 * party by the phrase alone, with no parenthesis; the name is bold or quoted.
 */
const NAME_HEREINAFTER = /\bhereinafter\s+(?:called|referred\s+to\s+as|designated(?:\s+as)?|named|denominated)\s+(?:the\s+)?(?:\*\*["“']?|["“']\*\*|["“'])([^*"“”'’\n]{1,40}?)(?:["”'’]?\*\*|["”'’])/gu;
/**
 * One parenthesis that gives a party two or more bold names: an abbreviation (`(the **ICT
 * Third-Party Service Provider** or **TPP**)`) or the singular and plural of a class of parties
 * (`(each a **Recipient Affiliate** and together the **Recipient Affiliates**)`). Only articles and
 * "each", "together", "collectively", "or", "and" may stand between the names.
 */
const NAMES_IN_PARENS = /\((?:\s*(?:the|a|an|each|together|collectively|or|and|,)\s*)*\*\*[^*\n]{1,60}\*\*(?:(?:\s*(?:the|a|an|each|together|collectively|or|and|,)\s*)+\*\*[^*\n]{1,60}\*\*){1,3}\s*\)/gu;
const BOLD_NAME = /\*\*([^*\n]{1,60})\*\*/gu;
/** A two-cell table row: `| label | value |`. */
const TWO_CELL_ROW = /^\s*\|([^|\n]+)\|([^|\n]+)\|\s*$/;
/** A value cell that names an organisation: at least two capitalised words. */
const ORGANISATION = /\p{Lu}[\p{L}&.'-]*\s+(?:(?:of|and|&|for|the)\s+)?\p{Lu}/u;

function plain(markdown: string): string {
  return markdown.replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim();
}

export function markdownPartyDefinitions(text: string): MarkdownPartyDefinition[] {
  const found: MarkdownPartyDefinition[] = [];
  let offset = 0;
  const lines = text.split('\n', OPENING_LINES);
  for (const line of lines) {
    for (const m of line.matchAll(NAME_IN_PARENS)) {
      const before = plain(line.slice(0, m.index)).replace(/^.*?\b(?:between|and|by|with)\s+/i, '').replace(/[,\s]+$/, '');
      found.push({ term: m[1]!.trim(), at: offset + m.index!, ...(before ? { legalName: before } : {}) });
    }
    for (const m of line.matchAll(NAMES_IN_PARENS)) {
      const [first, ...others] = [...m[0].matchAll(BOLD_NAME)].map((b) => b[1]!.trim());
      const before = plain(line.slice(0, m.index)).replace(/^.*?\b(?:between|and|by|with)\s+/i, '').replace(/[,\s]+$/, '');
      for (const term of [first!, ...others]) found.push({ term, at: offset + m.index!, ...(before ? { legalName: before } : {}), ...(term !== first ? { sameAs: first } : {}) });
    }
    for (const m of line.matchAll(NAME_HEREINAFTER)) {
      const before = plain(line.slice(0, m.index)).replace(/^.*?\b(?:between|and|by|with)\s+/i, '').replace(/,.*$/, '').trim();
      found.push({ term: m[1]!.trim(), at: offset + m.index!, ...(before ? { legalName: before } : {}) });
    }
    const row = TWO_CELL_ROW.exec(line);
    if (row && !/^[\s:-]+$/.test(row[1]!)) {
      const value = plain(row[2]!);
      if (ORGANISATION.test(value)) found.push({ term: plain(row[1]!), at: offset + line.indexOf(row[1]!), legalName: value });
    }
    offset += line.length + 1;
  }
  return found;
}
