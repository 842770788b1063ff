/**
 * "The following security events must be logged: … - privileged actions (software update, …)":
 * the items under such a lead-in name what the log records. They are evidence for the logging
 * requirements; for any other requirement the item obliges no one to do the act it names
 * (a logged "software update" is no duty to patch).
 */

/** A lead-in whose act is logging its items: "… must be logged:", "audit records shall capture:". */
const LOGS_ITS_ITEMS = /\b(?:logged|recorded|captured|audited|(?:shall|must|will)\s+(?:log|record|capture))\b[^.;]{0,40}[:—–-]\s*$/i;

export function leadInLogsItsItems(leadInText: string): boolean {
  return LOGS_ITS_ITEMS.test(leadInText);
}
