/**
 * The parts of a definition oblige no one, like the definition itself. Two drafting patterns:
 *
 * - a definitions lead-in: "(a) Definitions. As used in this clause—", "For the purposes of this
 *   Schedule:", "In this Agreement, the following terms have the meanings below:" introduces the
 *   terms that follow; under a heading that names a topic it is still no term about that topic;
 * - the items of a definition split into a list: "“High Assessment” means an assessment that—
 *   (1) Consists of— (i) A review of …" or "“Security Incident” means: (a) …; (b) …". Each item
 *   says what the defined word covers, not that anyone must do it.
 *
 * An item that binds a party to what is defined ("…, which the Provider shall perform") stays an
 * operative term, as the definition sentence itself does (binding-definition.ts).
 */
import { definitionBinds } from './binding-definition';
import { endsWithLeadIn, type ParsedDocument } from './parse';
import type { Parties } from './parties';
import { TextReadings } from './recent-answers';
import { DEFINITION } from './sentence-kinds';

const CONTRACT_PART = String.raw`(?:clause|provision|section|subsection|paragraph|agreement|contract|addendum|schedule|exhibit|annex|appendix|attachment|part|subpart|policy|document|solicitation)`;

/** "As used in this clause—", "Definitions. For the purposes of this Agreement:", "In this Schedule, the following terms apply:". */
export const DEFINITIONS_LEAD = new RegExp(
  String.raw`^\s*(?:\(?[a-z0-9]{1,4}[.)]\s*)?(?:[*_]*definitions?[*_]*[.:]?\s*)?` +
    String.raw`(?:as\s+used\s+in\s+this\s+${CONTRACT_PART}|for\s+the\s+purposes?\s+of\s+this\s+${CONTRACT_PART}|in\s+this\s+${CONTRACT_PART})` +
    String.raw`(?:\s*,?\s*(?:the\s+following\s+(?:terms?|words?|expressions?|definitions?)|unless\s+the\s+context\s+(?:otherwise\s+)?requires?(?:\s+otherwise)?)[^.;]{0,60})?\s*[—–:-]+\s*$`,
  'iu',
);

/** A sentence that opens a list of definitions, or a definition whose rest is the list below it. */
function opensDefinitionList(text: string): boolean {
  return DEFINITIONS_LEAD.test(text) || DEFINITION.test(text);
}

const cache = new WeakMap<ParsedDocument, boolean[]>();

/**
 * Per unit: it is an item of a definition (an outline ancestor ends with a definition or a
 * definitions lead-in that introduces it), so its sentences are no evidence.
 */
export function definitionItems(doc: ParsedDocument): boolean[] {
  let out = cache.get(doc);
  if (out) return out;
  out = doc.units.map((unit) =>
    unit.parents.some((p) => {
      const parent = doc.units[p]!;
      const last = parent.sentences[parent.sentences.length - 1];
      return last !== undefined && endsWithLeadIn(parent) && opensDefinitionList(last.text);
    }),
  );
  cache.set(doc, out);
  return out;
}

/** An item of a definition that nonetheless binds a party ("…, which the Provider shall provide"). */
export function itemBinds(texts: readonly string[], parties: Parties): boolean {
  return texts.some((t) => bindingItems.get(parties, parties, t));
}

/** Matching asks it of each definition item once per requirement: each text is read once per document's parties. */
const bindingItems = new TextReadings<Parties, Parties, boolean>((text, _from, _to, parties) => definitionBinds(text, parties));
