/** How a piece of evidence was read, in words for the hover (party read, words matched, disclaimer or narrowing). */
import type { Classification } from './classify';
import type { Parties } from './parties';
import { squash } from './text';
import type { Requirement } from './types';

/** A defined term read as a topic word, with what the document defines it as: “Service Partner” (defined as “third party engaged by”). */
export function aliasNote(term: string, aliases: string[], parties: Parties): string {
  if (!aliases.includes(term)) return term;
  const head = parties.definedTerms?.find((t) => t.term === term)?.head;
  return head ? `${term}” (defined as “${head}` : term;
}

/** How a sentence was read, in words for the hover. */
export function basisOf(c: Classification, parties: Parties, req: Requirement, terms: string[], topical: boolean, control?: string): string[] {
  const out: string[] = [];
  const obligated = req.party === 'both' ? 'both parties' : `the ${req.party}`;
  if (c.subjectText) {
    const name = parties.names.find((n) => n.term === c.subjectText || n.legalName === c.subjectText);
    const role = c.subject ?? (name?.role === 'both' ? 'both parties' : undefined);
    const how = name?.assumed ? ` (${name.assumed.replace(/^read “[^”]*” as the [a-z ()-]+: /, '')})` : name?.conventional ? ' (a role word; the document does not define it)' : '';
    if (role) out.push(`party: read “${c.subjectText}” as ${role === 'both parties' ? role : `the ${role}`}${how}`);
  } else if (!c.unrelated) {
    out.push(`party: no party is named; read as a duty of ${obligated}`);
  }
  if (control) out.push(`control: names ${control}, which this requirement maps to`);
  else out.push(`words: ${[...new Set(terms.map((t) => `“${squash(t, t.includes('(defined as') || t.startsWith('its heading') || t.startsWith('its caption') ? 80 : 30)}”`))].join(' + ')}${topical ? ', under a heading that names the topic' : ''}`);
  if (c.express) out.push(c.express === 'disclaimer' ? 'an express disclaimer of the duty' : 'a qualification that narrows the duty');
  return out;
}
