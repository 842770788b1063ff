/**
 * A service description made binding by the terms: "The Provider shall provide every feature
 * described in Schedule 2 as a contractual commitment", "the statements in Part 3 are binding
 * obligations of the Supplier". Product descriptions speak in the present tense ("the Provider
 * encrypts every backup"), which alone only describes a practice; once the agreement says its
 * description states obligations, the provider's own statements there are promises. The
 * declaration may stand anywhere (terms usually follow the description), and covers the part it
 * names, or the whole document when it names none.
 */
import type { Classification } from './classify';
import type { ParsedDocument } from './parse';

/** Words that make a description's statements obligations. */
const BINDS = /\b(?:contractual(?:ly\s+binding)?\s+(?:commitments?|obligations?|undertakings?)|binding\s+(?:commitments?|obligations?|undertakings?)|states?\s+(?:the\s+)?obligations|are\s+(?:the\s+)?obligations)\b/i;
/** The sentence must be about a description of the service, not a generic "this Agreement is binding". */
const ABOUT_DESCRIPTION = /\b(?:describ(?:ed|es|ing)|descriptions?|features?|the\s+service\s+includes)\b/i;
/** "are not contractual commitments", "non-binding": a disclaimer of the description, not a declaration. */
const DENIED = /\b(?:not|no|non-?|never|nothing\s+in)\s+(?:\w+\s+){0,3}?(?:contractual|binding|obligations?)\b/i;
/** The part it names: "described in Part 3", "Schedule 2", "Annex B". */
const NAMES_PART = /\b(?:part|schedule|annex|appendix|exhibit|attachment|section)\s+([0-9]{1,2}[A-Z]?|[A-Z]|[IVX]{1,4})\b/i;

// The provider's own act denied ("does not keep", "is not part of"), only possible ("can deploy"),
// or a statement for information.
// A prohibition it states ("no console gives access to more than one customer") is still its promise.
const NOT_A_PROMISE = /\b(?:(?:does|do|will|is|are|has|have|was|were)\s+not|never|nothing|can|could|may|might|should|for\s+information(?:al\s+purposes)?(?:\s+only)?)\b|n['’]t\b/i;

const SERVICE_INCLUDES = /^\s*(?:the\s+|each\s+|every\s+)?(?:services?|subscription|solution|offering)\s+(?:includes?|comprises?|provides?|covers?)\b/i;

export interface DescriptionBinding {
  text: string;
  start: number;
}

/** Per section index: the declaration that binds the provider's statements in it. */
export function bindingDescriptions(doc: ParsedDocument): Map<number, DescriptionBinding> {
  const found = new Map<number, DescriptionBinding>();
  for (const unit of doc.units) {
    if (unit.kind === 'table-cell') continue;
    for (const s of unit.sentences) {
      if (!BINDS.test(s.text) || !ABOUT_DESCRIPTION.test(s.text) || DENIED.test(s.text)) continue;
      const part = NAMES_PART.exec(s.text)?.[1]?.toLowerCase();
      doc.sections.forEach((_, i) => {
        if (!found.has(i) && (!part || withinPart(doc, i, part))) found.set(i, { text: s.text, start: s.start });
      });
    }
  }
  return found;
}

function withinPart(doc: ParsedDocument, section: number, part: string): boolean {
  for (let i = section; i >= 0; i = doc.sections[i]!.parent) if (doc.sections[i]!.number?.toLowerCase() === part) return true;
  return false;
}

/**
 * A present-tense statement of the provider ("the Provider encrypts every backup") under a
 * binding description is its promise. Hedged, permissive, negated or other-party readings stay.
 */
export function boundStatement(c: Classification, text: string, binding: DescriptionBinding | undefined): Classification {
  if (!binding || c.form !== 'statement' || c.status !== 'weak' || c.cue || c.express || c.unrelated) return c;
  // The provider's own statement, or the description's "The Service includes …" that the declaration binds it to.
  if (c.subject !== 'provider' && (c.subject || !SERVICE_INCLUDES.test(text))) return c;
  // A statement that denies or only informs ("is described here for information; it is not part of …") promises nothing.
  if (NOT_A_PROMISE.test(text)) return c;
  return { ...c, status: 'present', reason: `the agreement makes its service description binding (“${binding.text.slice(0, 60)}…”)` };
}
