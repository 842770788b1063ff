/**
 * A permission to act without the approval, consent, notice or step the requirement asks for
 * waives it (permitted-without.ts). Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

/** [requirement, body, status]. */
const CASES: [string, string, string][] = [
  ['supply-chain.subcontractors', "The Provider may use any subcontractor it likes without the Customer's approval.", 'negated'],
  ['supply-chain.subcontractors', "The Provider may replace its subcontractors at its discretion, without the Customer's prior written consent.", 'negated'],
  ['supply-chain.subcontractors', 'The Provider may appoint new subcontractors without prior notice.', 'negated'],
  ['incident.notification', 'The Provider may resolve Security Incidents itself without notifying the Customer.', 'negated'],
  ['backup.testing', 'The Provider may restore the Customer servers from backups without testing the backups first.', 'negated'],
  // The prohibition is the duty itself.
  ['supply-chain.subcontractors', "The Provider shall not appoint a subcontractor without the Customer's prior written approval.", 'present'],
  // A permission with the approval is still only a permission.
  ['supply-chain.subcontractors', "The Provider may appoint subcontractors with the Customer's prior written approval.", 'weak'],
  // The customer's own permission is its right.
  ['supply-chain.subcontractors', 'The Customer may approve subcontractors without prior notice to the Provider.', 'present'],
  // "without" before words that are not the requirement's own.
  ['incident.notification', 'The Provider may notify the Customer of Security Incidents without using the portal.', 'weak'],
];

describe('a permission to act without what the requirement asks (set 6, cause 1)', () => {
  for (const [id, body, status] of CASES) {
    it(`${status}: ${id}: ${body.slice(0, 70)}…`, () => assert.equal(bundledStatus(body, id), status));
  }
});
