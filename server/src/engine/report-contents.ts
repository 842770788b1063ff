/**
 * A duty to report on a thing, or the contents of a report: "shall report monthly on patch
 * compliance", "shall provide a monthly report on the status of security patching", "the monthly
 * service report shall include backup success rates". The report tells the customer how the work
 * went: it implies the work is done but does not oblige anyone to do it (the labelling guide's
 * "only implied"). Not for a requirement whose own act is the report: its terms name reporting
 * or notice (incident notification, access to logs), or it is one of transparency's. "Reports
 * summarising audit activities shall be retained" keeps reports: the report is no object of giving.
 */
import { lexiconFor } from './catalog/lexicon-file';
import type { ReportContentPatterns } from './no-duty-words';
import type { Requirement } from './types';

export const REPORT_REASON = 'a duty to report on it: the report implies the work is done but does not oblige anyone to do it';

// "report (monthly) on / about / covering", "report (on) the status of", "a (monthly) report on /
// of / covering"; a report as the subject: "The monthly service report shall include …", "Reports
// will cover …". The words are the lexicon's (`reportContents`, no-duty-words.ts).

const reportIsAct = new WeakMap<Requirement, boolean>();

function ownActIsReporting(req: Requirement, words: ReportContentPatterns): boolean {
  let is = reportIsAct.get(req);
  // Transparency is reporting on security: a report on the security services is its act.
  if (is === undefined) reportIsAct.set(req, (is = req.heading === 'transparency' || req.detect.flat().some((t) => words.ownAct.test(t))));
  return is;
}

/** Is the concept at `conceptAt` only what a report covers? */
export function reportedOnly(text: string, conceptAt: number, req: Requirement): boolean {
  const words = lexiconFor(req).reportContents;
  if (!words.mentions.test(text) || ownActIsReporting(req, words)) return false;
  if (words.reportSubject.test(text)) return true;
  const m = words.reportOn.exec(text);
  return m !== null && conceptAt >= m.index + m[0].length && !/[;:]/.test(text.slice(m.index, conceptAt));
}
