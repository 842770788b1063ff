/**
 * Near-misses read from the wrong variants of the development corpus, each a general drafting
 * pattern: the sentence shares the requirement's words in another sense. Sentences written for
 * this test; each near-miss has a twin that stays evidence.
 */
import assert from 'node:assert/strict';
import { bundledStatus, MSA_PREAMBLE } from './matching-helpers';

const UNDER_INCIDENT_HEADING = `${MSA_PREAMBLE}## 7. Cyber Incident Reporting\n\n`;
const UNDER_SECURITY_REQUIREMENTS = `${MSA_PREAMBLE}## 5. Security Requirements\n\n`;

/** [requirement, text, status, preamble]. */
const CASES: [string, string, string, string?][] = [
  // A disclosure of requirements not implemented is compliance reporting, not incident notice.
  ['incident.notification-timeframe', 'The Provider shall notify the Customer within 30 days of award of any security controls of ISO 27001 not implemented at that time.', 'missing', UNDER_INCIDENT_HEADING],
  ['incident.notification-timeframe', 'The Provider shall notify the Customer within 24 hours of any cyber incident, including one caused by a control not implemented.', 'present', UNDER_INCIDENT_HEADING],
  // Informing one's own staff of restrictions is internal communication.
  ['incident.notification', 'The Provider shall prevent unauthorized access to the Customer systems, including by notifying its personnel of the restrictions in this Agreement.', 'missing'],
  ['incident.notification', 'The Provider shall notify the Customer of any unauthorized access to the Customer systems by its personnel within 24 hours.', 'present'],
  // Reviewing a waiver request approves an exception; it re-evaluates no security terms.
  ['governance.periodic-review', 'Each waiver request shall be reviewed by the IT Security Manager of the Customer before the system goes live.', 'missing', UNDER_SECURITY_REQUIREMENTS],
  ['governance.periodic-review', 'The Parties shall review the security provisions of this Agreement every year, including any waiver granted under them.', 'present', UNDER_SECURITY_REQUIREMENTS],
];

describe('near-misses: compliance disclosures, own staff, waiver reviews', () => {
  for (const [id, text, status, preamble] of CASES) {
    it(`${id} ${status}: "${text}"`, () => assert.equal(bundledStatus(text, id, preamble), status));
  }
});
