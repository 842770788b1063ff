/**
 * A decisive status, not the best one. An express disclaimer ("is not required to segregate"),
 * a duty put on the other party under the topic's own heading (unless a binding clause of its own
 * section stands beside it: then the work is split), or a later qualification
 * ("Notwithstanding clause 2.1, … only where possible") overrides the binding clause it
 * contradicts, unless that clause stands under a heading, caption or lead-in that names the
 * topic and the disclaimer stands elsewhere. Otherwise the best evidence decides.
 * When a binding clause and such a disclaimer or narrowing both stand, the finding carries a
 * conflict that points at both.
 */
import { STATUS_RANK } from './match';
import { squash } from './text';
import type { Conflict, Evidence, Requirement } from './types';

export interface Decision {
  /** The evidence, the decisive one first. */
  evidence: Evidence[];
  /** Why the first evidence decided, when it is not simply the only or the best one. */
  why?: string;
  conflict?: Conflict;
}

/** A reference to another clause by its number: "clause 2.1", "Section 5.6", "paragraph (b)", "5.2.7", "Despite SR.04.01", or to a questionnaire's answer ("our answer to Q4.1"). */
const CITES_CLAUSE = /\b(?:clause|section|paragraph|article|sub-?clause|part)\s+\(?[\dA-Z]{1,3}(?:\.\d{1,3})*\)?|\b(?:notwithstanding|despite|derogation\s+(?:from|of))\s+(?:[A-Z]{1,4}[.-]?)?\d{1,3}(?:\.\d{1,3})+\b|\b(?:answer|response|reply)\s+to\s+(?:question\s+)?q?\d{1,3}(?:\.\d{1,3})*\b/i;

/**
 * A sentence that opens by qualifying another clause it cites: "Notwithstanding clause 6.1, …",
 * "Despite section 4.2, …", "Despite SR.04.01, …", "By derogation from Article 7.6, …", "CS-2.8 applies only to servers; …". A disclaimer so opened is a
 * qualification of that clause, not a passing mention.
 */
const OPENS_BY_CITING = /^\s*(?:(?:notwithstanding|despite|(?:in|by)(?:\s+way\s+of)?\s+derogation\s+(?:from|of))\s+(?:(?:clause|section|paragraph|article|item|sub-?clause|part)\s+)?\(?[A-Z]{0,4}[.-]?\d|(?:(?:clause|section|paragraph|article)\s+)?[A-Z]{0,4}-?\d{1,3}(?:\.\d{1,3})*\s+(?:applies|shall\s+apply|is\s+subject|is\s+limited)\b)/i;

const byRank = (a: Evidence, b: Evidence): number => STATUS_RANK[a.status] - STATUS_RANK[b.status] || a.start - b.start;

export function decide(evidence: readonly Evidence[], req: Requirement): Decision {
  if (evidence.length === 0) return { evidence: [] };
  const present = evidence.filter((e) => e.status === 'present').sort((a, b) => Number(!!b.topical) - Number(!!a.topical) || a.start - b.start);
  // A disclaimer or narrowing deals with the duty when it stands under the topic's own heading or
  // in the section of the binding clause it contradicts, or when no binding clause stands under
  // such a heading; only a binding clause under the topic's heading elsewhere outranks it.
  // A narrowing that cites the clause it qualifies ("Notwithstanding Section 5.6, …", "Clause 6.7
  // applies save that …"), or a disclaimer that opens by citing it ("CS-2.8 applies only to
  // servers; … is not required to …"), deals with it wherever it stands.
  // A duty put on the other party without any disclaiming word ("9.2 The Customer shall back up
  // its own laptops") beside a binding clause of the same section splits the work; it does not
  // take the duty away (assumed; the conflict-free reading).
  const splitsWork = (e: Evidence): boolean => e.status === 'wrong-party' && present.some((p) => p.section === e.section);
  const deals = (e: Evidence): boolean =>
    !!e.express && !splitsWork(e) && (!!e.topical || present.some((p) => p.section === e.section) || !present.some((p) => p.topical) || (e.express === 'narrowing' && CITES_CLAUSE.test(e.text)) || OPENS_BY_CITING.test(e.text));
  const overriding = evidence.find((e) => e.express === 'disclaimer' && deals(e)) ?? evidence.find((e) => e.express === 'narrowing' && deals(e));
  // The clause that deals with the topic decides: evidence under a heading or caption that names
  // the topic outranks a passing mention elsewhere ("… keep backups of invoices" in a billing
  // clause does not lift a hedged "Backups." clause). What deals with the duty under the heading
  // is a clause (a modal duty, firm, hedged or disclaimed) or a requirement stated in the present
  // tense; a permission ("… can be made") or a description ("Describe the IDS …") does not.
  const underHeading = evidence.filter((e) => e.topical && e.form !== 'permission' && !(e.form === 'statement' && e.status !== 'present'));
  const pool = underHeading.length ? underHeading : evidence;
  const dealing = governing(pool);
  const best = [...evidence].sort(byRank)[0]!;
  const decisive = overriding ?? [...dealing].sort(byRank)[0]!;
  const ordered = [decisive, ...[...evidence].filter((e) => e !== decisive).sort(byRank)];

  const stands = present.find((e) => e !== overriding);
  const passedOver = !overriding && decisive !== best && STATUS_RANK[decisive.status] !== STATUS_RANK[best.status];
  const why =
    overriding && stands
      ? `${overriding.express === 'disclaimer' ? 'an express disclaimer' : 'a later qualification'} of the duty overrides the binding clause at line ${stands.line}`
      : passedOver && !pool.includes(best)
        ? `the clause under the heading that names the topic decides; line ${best.line} only mentions it elsewhere (assumed to be a passing mention)`
        : passedOver
          ? `the clause that binds a named party decides for its section; line ${best.line} only ${best.form === 'statement' ? 'describes it in the present tense' : 'states it without naming a party'} (assumed to elaborate that clause)`
          : undefined;
  const against = overriding;
  let conflict: Conflict | undefined;
  if (against && stands) {
    const kind = against.express === 'disclaimer' ? 'disclaims' : 'narrows';
    const range = against.cue ? { start: against.cue.start, end: against.cue.end } : { start: against.start, end: against.end };
    conflict = {
      range,
      message: `Conflicting clauses: ${req.title}. Line ${against.line} ${kind} the duty that line ${stands.line} makes binding (“${squash(stands.text, 70)}”); say which one prevails.`,
      related: [
        { range: { start: stands.start, end: stands.end }, line: stands.line, label: 'the binding clause' },
        { range: { start: against.start, end: against.end }, line: against.line, label: against.express === 'disclaimer' ? 'the disclaimer' : 'the narrowing' },
      ],
    };
  }
  return { evidence: ordered, ...(why ? { why } : {}), ...(conflict ? { conflict } : {}) };

}

/**
 * Within a section, the clause that binds a named party governs the sentences that elaborate it:
 * a present-tense statement ("backups are encrypted", "this notice is required even if …") yields
 * to an operative clause of its section (a modal duty, firm, hedged or disclaimed), and an
 * impersonal duty in a section whose party-naming clauses put the duty on the customer alone is
 * the customer's (assumed; the hover names the deciding clause).
 */
function governing(pool: readonly Evidence[]): readonly Evidence[] {
  const operativeSections = new Set(pool.filter((e) => e.form !== 'statement').map((e) => e.section));
  // A section whose clauses that name a party put the duty on the customer alone: its impersonal
  // sentences ("Software must be kept current") elaborate the customer's duty, not the provider's.
  const named = pool.filter((e) => !e.impersonal);
  const customerSections = new Set(named.filter((e) => e.status === 'wrong-party' && !named.some((p) => p.section === e.section && p.status !== 'wrong-party')).map((e) => e.section));
  const kept = pool.filter((e) => (e.form !== 'statement' || !operativeSections.has(e.section)) && !(e.impersonal && customerSections.has(e.section)));
  return kept.length ? kept : pool;
}
