/**
 * A clause that opens with "it" or "they" speaks of the party the clause before it named
 * (pronoun-subject.ts), and one negation governs a series of acts ("does not maintain a plan,
 * notify the Customer or …", negated-concept.ts). Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

/** [requirement, body, status]. */
const CASES: [string, string, string][] = [
  // The provider named before the colon denies the act through "it"; the customer after the verb is its object.
  ['incident.notification', 'The Provider has no incident duties: it does not notify the Customer of Security Incidents.', 'negated'],
  ['logging.retention', 'The Provider has no logging duty: it does not collect or retain security logs from the Customer systems.', 'negated'],
  // A customer-side team named before the colon does the act through "it".
  ['accounts.deprovisioning', "Account removal falls to the Customer's IT team: it disables the accounts of departing staff on their last day.", 'wrong-party'],
  ['backup.contracted-service', "Backups sit with the Customer's infrastructure team; it backs up the file servers every night.", 'wrong-party'],
  ['logging.retention', 'Log retention is a matter for the Customer: it keeps security logs for two years.', 'wrong-party'],
  // Ambiguous: both parties named before the pronoun; nothing is assumed.
  ['backup.contracted-service', 'The Customer and the Provider have agreed a schedule: it backs up the file servers every night.', 'weak'],
  // A dummy "it" opens no clause about a party.
  ['logging.retention', 'The Provider shall report each quarter; it is agreed that the Provider shall retain security logs for one year.', 'present'],
  // The same sentences with the party named stay as they were.
  ['incident.notification', 'The Provider has no incident duties: the Provider shall notify the Customer of Security Incidents within one day.', 'present'],
];

/** [requirement, body, status]: a negation that governs a series of acts with their own objects. */
const SERIES: [string, string, string][] = [
  ['incident.notification', 'The Provider does not keep an incident plan, notify the Customer of Security Incidents or help to contain them.', 'negated'],
  ['logging.retention', 'The Provider does not review the firewall alerts, retain security logs or report on them.', 'negated'],
  ['incident.notification', 'The Provider does not respond to or notify the Customer of Security Incidents.', 'negated'],
  // A series item that is not an act (a noun after the comma) is not negated by the verb before it.
  ['incident.notification', 'The Provider does not charge for the first report, and shall notify the Customer of Security Incidents within one day.', 'present'],
];

describe('pronoun subjects (set 6, cause 2)', () => {
  for (const [id, body, status] of CASES) {
    it(`${status}: ${id}: ${body.slice(0, 70)}…`, () => assert.equal(bundledStatus(body, id), status));
  }
});

describe('one negation over a series of acts', () => {
  for (const [id, body, status] of SERIES) {
    it(`${status}: ${id}: ${body.slice(0, 70)}…`, () => assert.equal(bundledStatus(body, id), status));
  }
});
