/**
 * "The following security events must be logged: … - privileged actions (software update, …)":
 * the items under such a lead-in name what the log records. They are evidence for the logging
 * requirements; for any other requirement the item obliges no one to do the act it names
 * (a logged "software update" is no duty to patch).
 */
import type { Requirement } from './types';

/** A lead-in whose act is logging its items: "… must be logged:", "audit records shall capture:". */
const LOGS_ITS_ITEMS = /\b(?:logged|recorded|captured|audited|(?:shall|must|will)\s+(?:log|record|capture))\b[^.;]{0,40}[:—–-]\s*$/i;

export const LOGGED_ITEM = 'an event the lead-in says is logged; it obliges no one to do the act it names';

/** Is an item under `leadInText` only an event to log, as far as `req` (not a logging requirement) is concerned? */
export function loggedItemOnly(leadInText: string, req: Requirement): boolean {
  return req.heading !== 'monitoring-logging' && LOGS_ITS_ITEMS.test(leadInText);
}
