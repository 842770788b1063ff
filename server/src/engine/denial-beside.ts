/**
 * An express denial decides the sentence it stands in. "The Provider may use any subcontractor
 * without approval and does not evaluate its subcontractors", "The Provider runs shared
 * credentials for all clients and does not segregate the Customer from its other clients": the
 * permission or description is weak for one requirement of the topic, the denial disclaims
 * another; read alone, the "may" would win and the topic look hedged. A sentence that permits or
 * describes and in the same breath refuses part of the same topic tells the customer not to rely
 * on it, so the denial is the reading for every requirement of that topic the sentence evidences.
 *
 * Only when: the requirements share the advisory heading, the weak reading comes from the
 * sentence's form (a permission or a present-tense description, not a hedged duty), its subject
 * is not the customer, and the denied words name the weak requirement's own words
 * ("… does not evaluate its subcontractors" for subcontracting), so a denial of another thing
 * ("does not charge for restores") leaves a description of backups as it was.
 */
import { termSet } from './terms';
import type { Evidence, Requirement } from './types';

/** The denied words: from the denial's cue to the end of its clause. */
function deniedWords(e: Evidence): string | undefined {
  if (!e.cue) return undefined;
  const from = e.cue.start - e.start;
  if (from < 0 || from > e.text.length) return undefined;
  const rest = e.text.slice(from);
  const stop = rest.search(/[;.]\s|[;.]?$/);
  return rest.slice(0, stop < 0 ? undefined : stop);
}

const CUSTOMER_SUBJECT = /^party: read “[^”]*” as the customer\b/;

/**
 * Replaces the weak readings that an express denial of the same sentence and topic decides. The
 * lists are replaced, never edited: the editor's matcher caches them per block.
 */
export function applyDenialsBeside(evidenceOf: Map<Requirement, Evidence[]>): void {
  const denials = new Map<string, { req: Requirement; e: Evidence; words: string }[]>();
  for (const [req, list] of evidenceOf) {
    for (const e of list) {
      // A waiver ("may restore without testing the backups", permitted-without.ts) refuses one step, not the topic.
      if (e.status !== 'negated' || e.express !== 'disclaimer' || /^without\b/i.test(e.cue?.text ?? '')) continue;
      const words = deniedWords(e);
      if (!words) continue;
      const key = `${req.heading}@${e.start}`;
      let at = denials.get(key);
      if (!at) denials.set(key, (at = []));
      at.push({ req, e, words });
    }
  }
  if (!denials.size) return;
  for (const [req, original] of evidenceOf) {
    let list = original;
    for (let i = 0; i < list.length; i++) {
      const e = list[i]!;
      if (e.status !== 'weak' || e.express || (e.form !== 'permission' && e.form !== 'statement')) continue;
      if (e.basis?.some((b) => CUSTOMER_SUBJECT.test(b))) continue;
      const denial = denials.get(`${req.heading}@${e.start}`)?.find((d) => d.req !== req && req.detect.some((g) => termSet(g).find(d.words).length > 0));
      if (!denial) continue;
      const cue = denial.e.cue!;
      if (list === original) evidenceOf.set(req, (list = [...original]));
      list[i] = {
        ...e,
        status: 'negated',
        cue,
        reason: `the same sentence expressly refuses part of it (“${cue.text}”): beside that denial, ${e.form === 'permission' ? 'the permission' : 'the description'} promises nothing`,
        express: 'disclaimer',
        basis: [...(e.basis ?? []), `decided by the denial beside it, read for ${denial.req.id}`],
      };
    }
  }
}
