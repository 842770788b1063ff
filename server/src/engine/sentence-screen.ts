/**
 * Sentences that oblige no one, read before any clause is cut (split from classify.ts): relief from
 * service credits, a report's contents, a cross-reference, a routing, scope or savings statement, a
 * definition, a list of clause titles; and a sentence whose concept words are only the caption of a
 * deleted clause or the title of a cited one.
 */
import { lexiconFor } from './catalog/lexicon-file';
import type { Classification } from './classify';
import { inAuthorityException } from './authority-denial';
import { narrowsDefinedEvent } from './clause-verbs';
import { DEFINITIONS_LEAD } from './definition-parts';
import { disappliedClauses } from './disapplied-clause';
import type { Lexicon } from './lexicon';
import type { Parties } from './parties';
import { TextReadings } from './recent-answers';
import { REPORT_REASON, reportedOnly } from './report-contents';
import { citedTitles, DEFINED_BY_REFERENCE, DEFINED_TERM_ONLY, DEFINITION, DEFINITION_BODY, DEFINITION_UNQUOTED, definitionBinds, isTitleList, keepsOwnDuty, routingOnly, scopeOnly } from './sentence-kinds';
import type { Requirement, Span } from './types';

/** The reading of a sentence that obliges no one whatever its clauses say; undefined for any other. */
export function obligesNoOne(text: string, conceptAt: number, req: Requirement, parties: Parties): Classification | undefined {
  const lexicon = lexiconFor(req);
  // The kinds read from the text alone are shared by every requirement; the two that look at the
  // requirement's words keep their place in the order.
  const kind = sentenceKinds.get(lexicon, parties, text);
  if (kind?.order === CREDIT_RELIEF) return kind.reading;
  if (reportedOnly(text, conceptAt, req)) return { status: 'weak', reason: REPORT_REASON };
  if (kind && kind.order < TITLE_LIST) return kind.reading;
  if (narrowsDefinedEvent(text, conceptAt, req)) {
    return { status: 'weak', reason: 'a definition of an event, narrowed; it obliges no one', unrelated: true };
  }
  if (inAuthorityException(text, conceptAt, lexicon)) {
    return { status: 'weak', reason: 'an exception to a limit on what a party may do: it allows the act and obliges no one', unrelated: true };
  }
  return kind?.reading;
}

const CREDIT_RELIEF = 0;
const TITLE_LIST = 2;

/** What kind of sentence obliges no one by its text alone (ordered as obligesNoOne reads them). */
const sentenceKinds = new TextReadings<Lexicon, Parties, { order: number; reading: Classification } | undefined>((text, _from, _to, lexicon, parties) => {
  const { sentenceKinds: kinds, partStatements: parts } = lexicon;
  const unrelated = (reason: string, order = 1): { order: number; reading: Classification } => ({ order, reading: Object.freeze({ status: 'weak', reason, unrelated: true }) });
  if (kinds.serviceCreditRelief.test(text)) return unrelated('relief from service credits: it lists causes that excuse a miss and obliges no one to do them', CREDIT_RELIEF);
  if (kinds.crossReference.test(text)) return unrelated('a cross-reference to another document, not a term of this one');
  if (routingOnly(text, parts, kinds)) return unrelated('it says which clause handles the matter, and binds no one to it');
  if (scopeOnly(text, parts, kinds)) return unrelated('it says what the clause covers, and binds no one');
  if (keepsOwnDuty(text, kinds)) return unrelated("a savings clause: it keeps a party's own duty and imposes none");
  if (((DEFINITION.test(text) || DEFINITION_BODY.test(text) || DEFINITION_UNQUOTED.test(text)) && !definitionBinds(text, parties)) || DEFINED_TERM_ONLY.test(text) || DEFINITIONS_LEAD.test(text) || DEFINED_BY_REFERENCE.test(text) || kinds.countsAs.test(text)) {
    return unrelated('a definition, which obliges no one');
  }
  if (isTitleList(text)) return unrelated('a list of clause titles, which obliges no one', TITLE_LIST);
  return undefined;
});

/** The reading of a sentence whose concept words only name a deleted clause's caption or a cited clause's title. */
export function namesOnlyOtherClauses(text: string, base: number, concepts: Span[], req: Requirement): Classification | undefined {
  // "Sub-Clause 22.10 (Separation from Other Customers) is deleted": the measure its caption names is disclaimed.
  const deleted = concepts.length ? disappliedClauses(text, lexiconFor(req).clauseDisapplied) : undefined;
  if (deleted && concepts.every((c) => deleted.captions.some((t) => c.start >= t.start && c.end <= t.end))) {
    const cue = { text: deleted.cue.text, start: base + deleted.cue.start, end: base + deleted.cue.end };
    return { status: 'negated', reason: `the clause whose caption names it is deleted or disapplied (“${cue.text}”)`, cue, express: 'disclaimer' };
  }
  const titles = citedTitles(text);
  if (concepts.length && titles.length && concepts.every((c) => titles.some((t) => c.start >= t.start && c.end <= t.end))) {
    return { status: 'weak', reason: 'it only names the title of another clause it refers to', unrelated: true };
  }
  return undefined;
}
