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
import type { PromiseLeadPatterns } from './promise-words';

// A sentence that says the section's statements are promises ("The Provider commits to the
// following"), or names them so outright: "These are promises, not aims", "The statements in this
// Appendix are undertakings of the Provider". The noun must follow the verb directly (qualifiers
// aside), so "These are aims, not promises" and "they are not commitments" declare nothing. The
// words are the lexicon's (`promiseLeads`, promise-words.ts).

/** Per section index: the first sentence declaring the section's statements to be promises. */
export function promiseDeclarations(doc: ParsedDocument, words: PromiseLeadPatterns): Map<number, LeadIn> {
  const found = new Map<number, LeadIn>();
  for (const unit of doc.units) {
    if (unit.section < 0 || found.has(unit.section)) continue;
    // The declaration needs one of its verbs; a plain scan for them spares the full pattern on most sentences.
    const s = unit.sentences.find((x) => words.mayDeclare.test(x.text) && words.declares.test(x.text));
    if (s) found.set(unit.section, { text: s.text, start: s.start, declared: true });
    // Named outright ("These are promises, not aims: …"): the naming clause alone is the lead-in,
    // its "are … promises" the binding words (lexicon), not the clauses around it.
    const named = s ? undefined : unit.sentences.map((x) => ({ x, m: words.mayDeclare.test(x.text) ? words.named.exec(x.text) : null })).find((n) => n.m);
    if (named?.m) found.set(unit.section, { text: named.m[0], start: named.x.start + named.m.index, declared: true });
  }
  // A section under a "Deliverables" heading (at any level above it) lists what the provider owes.
  for (const unit of doc.units) {
    if (unit.section < 0 || found.has(unit.section)) continue;
    const heading = deliverablesHeading(doc, unit.section, words);
    if (heading) found.set(unit.section, heading);
  }
  return found;
}

/** "Deliverables", "Deliverables to be provided to the Agency annually"; not "no deliverables". */
function deliverablesHeading(doc: ParsedDocument, section: number, words: PromiseLeadPatterns): LeadIn | undefined {
  for (let i = section; i >= 0; i = doc.sections[i]!.parent) {
    const s = doc.sections[i]!;
    if (words.deliverables.test(s.title) && !words.noDeliverables.test(s.title)) return { text: s.title, start: s.headingSpan.start, deliverables: true };
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

/**
 * Which statements a declared promise covers: the section's own first-person ("We install …"),
 * present-passive ("Backups are kept …"), its own staff's ("Our engineers use …") and provider-led ones ("The Provider applies patches …",
 * the party opening the sentence); not another party's ("You install updates"), nor one that
 * denies doing it ("we do not keep logs").
 */
export function declaredPromiseCovers(text: string, parties: Parties, lex: Lexicon = bundledLexicon()): boolean {
  const words = lex.promiseLeads;
  if (words.denies.test(text)) return false;
  // "Installing updates on your computers stays with your team; we'll remind you": the reader's
  // side named before "we" holds the act, so "your" counts as "you" for a first-person statement.
  const you = text.search(/\byou(?:rs?)?\b/i);
  if (speaksFirst(text) && (you < 0 || text.search(/\bwe\b/i) < you)) return true;
  // "Our engineers get only the access they need": the speaker's own staff, as "We …" is the speaker.
  if (words.ourStaffOpening.test(text)) return true;
  if (lex.presentPassive.test(text) && !/\byou\b/i.test(text)) return true;
  const first = partyMentions(text, parties, 0, text.length)[0];
  return first !== undefined && first.role === 'provider' && first.start <= 12;
}
