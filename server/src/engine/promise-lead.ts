/**
 * A section that opens by declaring its statements to be promises ("This section sets out what
 * we promise to do", "The Provider commits to the following"): its present-tense statements
 * ("We install security updates within 14 days") are those promises, read under the declaration
 * as under a "…shall:" lead-in. Plain-language agreements write their duties this way.
 */
import type { ParsedDocument } from './parse';
import type { LeadIn } from './classify';
import type { Lexicon } from './lexicon';

/** A sentence that says the section's statements are promises or undertakings. */
const DECLARES_PROMISES =
  /\b(?:this\s+(?:section|part|schedule|clause)|the\s+following|below|these)\b[^.;]{0,60}\b(?:promise|promises|commit|commits|undertake|undertakes)\s+to\b|\b(?:promise|promises|commit|commits|undertake|undertakes)\s+(?:to\s+(?:you|the\s+\p{Lu}\p{L}+)\s+)?(?:to\s+)?(?:as\s+follows|the\s+following)\b/iu;

const PROMISE_VERB = /promise|commit|undertake/i;

/** Per section index: the first sentence declaring the section's statements to be promises. */
export function promiseDeclarations(doc: ParsedDocument): Map<number, LeadIn> {
  const found = new Map<number, LeadIn>();
  for (const unit of doc.units) {
    if (unit.section < 0 || found.has(unit.section)) continue;
    // The declaration needs one of its verbs; a plain scan for them spares the full pattern on most sentences.
    const s = unit.sentences.find((x) => PROMISE_VERB.test(x.text) && DECLARES_PROMISES.test(x.text));
    if (s) found.set(unit.section, { text: s.text, start: s.start, declared: true });
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
