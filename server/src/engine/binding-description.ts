/**
 * A service description made binding by the terms: "The Provider shall provide every feature
 * described in Schedule 2 as a contractual commitment", "the statements in Part 3 are binding
 * obligations of the Supplier". Product descriptions speak in the present tense ("the Provider
 * encrypts every backup"), which alone only describes a practice; once the agreement says its
 * description states obligations, the provider's own statements there are promises. The
 * declaration may stand anywhere (terms usually follow the description), and covers the part it
 * names, or the whole document when it names none.
 */
import { bundledLexicon } from './catalog/lexicon-file';
import type { Classification } from './classify';
import type { Lexicon } from './lexicon';
import type { Party } from './types';
import type { ParsedDocument } from './parse';

// The words (what binds a description, what denies it, the parts it names, what keeps a statement
// from being a promise, "The Service includes …") are the lexicon's (`serviceDescriptions`).

export interface DescriptionBinding {
  text: string;
  start: number;
  /**
   * "declared": the agreement says its description states obligations, so the provider's own
   * statements there are promises. "services": the provider owes "the Services", so only what
   * "The Services include …" lists is owed.
   */
  kind: 'declared' | 'services';
}

/** Per section index: the declaration that binds the provider's statements in it. */
export function bindingDescriptions(doc: ParsedDocument, lexicon: Lexicon = bundledLexicon()): Map<number, DescriptionBinding> {
  const words = lexicon.serviceDescriptions;
  const found = new Map<number, DescriptionBinding>();
  let supplies: DescriptionBinding | undefined;
  for (const unit of doc.units) {
    if (unit.kind === 'table-cell') continue;
    for (const s of unit.sentences) {
      if (!supplies && words.suppliesServices.test(s.text) && !words.denied.test(s.text) && !words.notAPromise.test(s.text)) supplies = { text: s.text, start: s.start, kind: 'services' };
      if (!words.binds.test(s.text) || !words.about.test(s.text) || words.denied.test(s.text)) continue;
      const part = words.namesPart.exec(s.text)?.[1]?.toLowerCase();
      doc.sections.forEach((_, i) => {
        if (!found.has(i) && (!part || withinPart(doc, i, part))) found.set(i, { text: s.text, start: s.start, kind: 'declared' });
      });
    }
  }
  // "The Provider shall provide the Services", anywhere: what the Services are said to include is owed.
  if (supplies) doc.sections.forEach((_, i) => found.has(i) || found.set(i, supplies!));
  return found;
}

/**
 * The story a sentence belongs to: its own paragraph, or the paragraph a list item hangs under or
 * follows in its section ("**S-4 (Status: Backlog)** As a …", then "- Given … Then …").
 */
export function storyOf(doc: ParsedDocument, unit: number): string | undefined {
  const own = doc.units[unit];
  if (own?.kind === 'paragraph') return doc.text.slice(own.start, own.end);
  if (own?.kind !== 'list-item') return undefined;
  for (let i = unit - 1; i >= 0; i--) {
    const before = doc.units[i]!;
    if (before.section !== own.section || before.kind === 'heading' || before.kind === 'table-cell') return undefined;
    if (before.kind === 'paragraph') return doc.text.slice(before.start, before.end);
  }
  return undefined;
}

function withinPart(doc: ParsedDocument, section: number, part: string): boolean {
  for (let i = section; i >= 0; i = doc.sections[i]!.parent) if (doc.sections[i]!.number?.toLowerCase() === part) return true;
  return false;
}

/**
 * A present-tense statement of the provider ("the Provider encrypts every backup") under a
 * binding description is its promise. Hedged, permissive, negated or other-party readings stay.
 */
export function boundStatement(c: Classification, text: string, binding: DescriptionBinding | undefined, lexicon: Lexicon, leadIn?: string, storyOf?: () => string | undefined, owedBy?: Party): Classification {
  const words = lexicon.serviceDescriptions;
  if (!binding || c.form !== 'statement' || c.status !== 'weak' || c.cue || c.express || c.unrelated) return c;
  // "Not committed: the Provider keeps logs only …": the label says the measure is not committed to.
  const label = binding.kind === 'declared' ? words.uncommittedLabel.exec(text) : null;
  if (label) return { ...c, status: 'negated', reason: `marked as not committed (“${label[0].trim()}”), outside what the agreement binds (“${binding.text.slice(0, 60)}…”)` };
  // A story marked "Status: Backlog" binds no one and describes no service: a wish, not evidence.
  const story = binding.kind === 'declared' ? storyOf?.() : undefined;
  if (story !== undefined && words.uncommittedStatus.test(story)) return { ...c, unrelated: true };
  if (binding.kind === 'services') {
    // "The Services include patch management", or an item of "The Services comprise: …": a part of what is owed.
    if (c.subject || !(words.definedServicesInclude.test(text) || (leadIn !== undefined && words.definedServicesInclude.test(leadIn)))) return c;
    if (words.notAPromise.test(text) || (leadIn !== undefined && words.notAPromise.test(leadIn))) return c;
    return { ...c, status: 'present', reason: `a part of the Services, which the agreement obliges the provider to provide (“${binding.text.slice(0, 60)}…”)` };
  }
  // A story or description in which the customer acts ("Then the Client installs it"): the
  // declaration makes it the customer's part, so the provider does not owe it.
  if (binding.kind === 'declared' && c.subject === 'customer' && owedBy !== 'customer' && !words.notAPromise.test(text)) {
    return { ...c, status: 'wrong-party', reason: `the agreement binds its description, which gives the act to ${c.subjectText ? `“${c.subjectText}”` : 'the customer'} (“${binding.text.slice(0, 60)}…”)` };
  }
  // The provider's own statement, or the description's "The Service includes …" that the declaration binds it to.
  if (c.subject !== 'provider' && (c.subject || !words.serviceIncludes.test(text))) return c;
  // A statement that denies or only informs ("is described here for information; it is not part of …") promises nothing.
  if (words.notAPromise.test(text)) return c;
  return { ...c, status: 'present', reason: `the agreement makes its service description binding (“${binding.text.slice(0, 60)}…”)` };
}
