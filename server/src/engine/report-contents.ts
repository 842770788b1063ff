/**
 * A duty to report on a thing, or the contents of a report: "shall report monthly on patch
 * compliance", "shall provide a monthly report on the status of security patching", "the monthly
 * service report shall include backup success rates". The report tells the customer how the work
 * went: it implies the work is done but does not oblige anyone to do it (the labelling guide's
 * "only implied"). Not for a requirement whose own act is the report: its terms name reporting
 * or notice (incident notification, access to logs), or it is one of transparency's. "Reports
 * summarising audit activities shall be retained" keeps reports: the report is no object of giving.
 */
import type { Requirement } from './types';

export const REPORT_REASON = 'a duty to report on it: the report implies the work is done but does not oblige anyone to do it';

/** "report (monthly) on / about / covering", "report (on) the status of", "a (monthly) report on / of / covering". */
const REPORT_ON = /\b(?:report(?:s|ing)?\s+(?:\p{L}+ly\s+)?(?:to\s+(?:the\s+)?[\p{L}-]+\s+)?(?:on|about|regarding|covering|concerning)|report(?:s|ing)?\s+(?:on\s+)?(?:the\s+)?(?:status|results?|progress|performance|metrics|statistics)\s+of|(?:provide|provides|deliver|delivers|submit|submits|send|sends|give|gives|produce|produces|issue|issues|prepare|prepares|furnish|furnishes)\s+(?:[\p{L}\p{N}-]+\s+){0,5}?reports?\s+(?:on|of|about|covering|summari[sz]ing|detailing|showing)|(?:report|dashboard|scorecard)s?\s+(?:that|which)\s+(?:shall\s+|will\s+|must\s+)?(?:includes?|covers?|shows?|sets?\s+out|details?|lists?))\b/iu;
/** A report as the subject: "The monthly service report shall include …", "Reports will cover …". */
const REPORT_SUBJECT = /^\s*(?:\(?[\p{L}\p{N}]{1,4}[.)]\s*)*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:the|each|every|all|its|a)\s+)?(?:[\p{L}-]+\s+){0,3}(?:reports?|dashboards?|scorecards?)\s+(?:shall|will|must|is\s+to|are\s+to|should)?\s*(?:include|includes|contain|contains|cover|covers|set\s+out|sets\s+out|show|shows|detail|details|list|lists|summari[sz]e|summari[sz]es|state|states)\b/iu;

const reportIsAct = new WeakMap<Requirement, boolean>();

function ownActIsReporting(req: Requirement): boolean {
  let is = reportIsAct.get(req);
  // Transparency is reporting on security: a report on the security services is its act.
  if (is === undefined) reportIsAct.set(req, (is = req.heading === 'transparency' || req.detect.flat().some((t) => /report|notif|notice/i.test(t))));
  return is;
}

/** Is the concept at `conceptAt` only what a report covers? */
export function reportedOnly(text: string, conceptAt: number, req: Requirement): boolean {
  if (!/report|dashboard|scorecard/i.test(text) || ownActIsReporting(req)) return false;
  if (REPORT_SUBJECT.test(text)) return true;
  const m = REPORT_ON.exec(text);
  return m !== null && conceptAt >= m.index + m[0].length && !/[;:]/.test(text.slice(m.index, conceptAt));
}
