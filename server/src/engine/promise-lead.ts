/**
 * A section that opens by declaring its statements to be promises ("This section sets out what
 * we promise to do", "The Provider commits to the following"): its present-tense statements
 * ("We install security updates within 14 days") are those promises, read under the declaration
 * as under a "…shall:" lead-in. Plain-language agreements write their duties this way.
 */
import type { ParsedDocument } from './parse';
import type { LeadIn } from './classify';
import type { Lexicon } from './lexicon';
import type { Parties } from './parties';
import { speaksFirst } from './plain-allocation';
import { bundledLexicon } from './catalog/lexicon-file';
import { partyMentions } from './subjects';

/** A sentence that says the section's statements are promises or undertakings. */
const DECLARES_PROMISES =
  /\b(?:this\s+(?:section|part|schedule|clause)|the\s+following|below|these)\b[^.;]{0,60}\b(?:promise|promises|commit|commits|undertake|undertakes)\s+to\b|\b(?:promise|promises|commit|commits|undertake|undertakes)\s+(?:to\s+(?:you|the\s+\p{Lu}\p{L}+)\s+)?(?:to\s+)?(?:as\s+follows|the\s+following)\b/iu;

/**
 * "These are promises, not aims", "The following are the Provider's binding commitments", "The
 * statements in this Appendix are undertakings of the Provider": the statements named as promises
 * outright. The noun must follow the verb directly (qualifiers aside), so "These are aims, not
 * promises" and "they are not commitments" declare nothing.
 */
const NAMED_PROMISES =
  /\b(?:these|the\s+following|the\s+statements?\s+(?:below|in\s+this\s+(?:section|part|schedule|appendix|annex|exhibit)))\s+(?:are|form|constitute)\s+(?:(?:our|its|the\s+\p{Lu}[\p{L}\s]{0,20}?['’]s?|firm|binding|contractual|legally\s+binding)\s+)*(?:promises|commitments|undertakings)\b/iu;

const PROMISE_VERB = /promise|commit|undertak/i;

/** Per section index: the first sentence declaring the section's statements to be promises. */
export function promiseDeclarations(doc: ParsedDocument): Map<number, LeadIn> {
  const found = new Map<number, LeadIn>();
  for (const unit of doc.units) {
    if (unit.section < 0 || found.has(unit.section)) continue;
    // The declaration needs one of its verbs; a plain scan for them spares the full pattern on most sentences.
    const s = unit.sentences.find((x) => PROMISE_VERB.test(x.text) && DECLARES_PROMISES.test(x.text));
    if (s) found.set(unit.section, { text: s.text, start: s.start, declared: true });
    // Named outright ("These are promises, not aims: …"): the naming clause alone is the lead-in,
    // its "are … promises" the binding words (lexicon), not the clauses around it.
    const named = s ? undefined : unit.sentences.map((x) => ({ x, m: PROMISE_VERB.test(x.text) ? NAMED_PROMISES.exec(x.text) : null })).find((n) => n.m);
    if (named?.m) found.set(unit.section, { text: named.m[0], start: named.x.start + named.m.index, declared: true });
  }
  // A section under a "Deliverables" heading (at any level above it) lists what the provider owes.
  for (const unit of doc.units) {
    if (unit.section < 0 || found.has(unit.section)) continue;
    const heading = deliverablesHeading(doc, unit.section);
    if (heading) found.set(unit.section, heading);
  }
  return found;
}

/** "Deliverables", "Deliverables to be provided to the Agency annually"; not "no deliverables". */
const DELIVERABLES = /\bdeliverables?\b/i;
const NO_DELIVERABLES = /\b(?:no|not|non)[\s-]+deliverables?\b/i;

function deliverablesHeading(doc: ParsedDocument, section: number): LeadIn | undefined {
  for (let i = section; i >= 0; i = doc.sections[i]!.parent) {
    const s = doc.sections[i]!;
    if (DELIVERABLES.test(s.title) && !NO_DELIVERABLES.test(s.title)) return { text: s.title, start: s.headingSpan.start, deliverables: true };
  }
  return undefined;
}

/**
 * Does the sentence open with an instruction verb in the imperative ("Provide the results …",
 * "Review and update the plan annually")? Under a Deliverables heading it instructs the provider.
 */
export function opensWithInstruction(text: string, lex: Lexicon): boolean {
  const first = /\p{L}/u.exec(text);
  if (!first || first[0] !== first[0].toUpperCase()) return false;
  return lex.instructions.find(text.slice(first.index, first.index + 40)).some((h) => h.start === 0);
}

/** A sentence that opens with the speaker's staff: "Our engineers …", "Each of our technicians …". */
const OUR_STAFF_OPENING = /^\s*(?:(?:each|every\s+one|all|any|none)\s+of\s+|all\s+)?our\s+(?:[\p{L}-]+\s+)?(?:engineers?|staff|technicians?|people|team|personnel|employees|administrators?|analysts?|consultants?|contractors?|subcontractors?)\b/iu;

/**
 * Which statements a declared promise covers: the section's own first-person ("We install …"),
 * present-passive ("Backups are kept …"), its own staff's ("Our engineers use …") and provider-led ones ("The Provider applies patches …",
 * the party opening the sentence); not another party's ("You install updates"), nor one that
 * denies doing it ("we do not keep logs").
 */
export function declaredPromiseCovers(text: string, parties: Parties, lex: Lexicon = bundledLexicon()): boolean {
  if (/\b(?:not|no|never|nothing)\b|n['’]t\b/i.test(text)) return false;
  // "Installing updates on your computers stays with your team; we'll remind you": the reader's
  // side named before "we" holds the act, so "your" counts as "you" for a first-person statement.
  const you = text.search(/\byou(?:rs?)?\b/i);
  if (speaksFirst(text) && (you < 0 || text.search(/\bwe\b/i) < you)) return true;
  // "Our engineers get only the access they need": the speaker's own staff, as "We …" is the speaker.
  if (OUR_STAFF_OPENING.test(text)) return true;
  if (lex.presentPassive.test(text) && !/\byou\b/i.test(text)) return true;
  const first = partyMentions(text, parties, 0, text.length)[0];
  return first !== undefined && first.role === 'provider' && first.start <= 12;
}
