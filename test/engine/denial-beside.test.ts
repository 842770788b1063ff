/**
 * An express denial in the same sentence as a permission or description decides the topic
 * (denial-beside.ts): "may …, and does not …" is no hedge but a refusal. Sentences written for
 * this test.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';
import { aa22, MSA_PREAMBLE } from './matching-helpers';

/** The status of `id` with the whole bundled pack checked: the rule reads the topic's other requirements. */
function packStatus(body: string, id: string): string {
  return analyze(`${MSA_PREAMBLE}${body}\n`, { catalog: aa22(), force: true }).findings.find((f) => f.requirement.id === id)!.status;
}

/** [requirement, body]: the permission or description beside a denial of the same topic is negated. */
const NEGATED: [string, string][] = [
  ['supply-chain.subcontractors', 'The Provider may appoint subcontractors without prior notice to the Customer and does not assess the security controls of those subcontractors.'],
  ['credentials.no-cross-customer-reuse', 'The Provider keeps one set of service account passwords for all of its clients and does not separate the Customer network from the networks of its other clients.'],
  ['incident.notification', 'The Provider may notify the Customer of Security Incidents it detects and does not maintain an incident response plan for Security Incidents.'],
  ['accounts.deprovisioning', 'The Provider may disable the accounts of departing staff and does not revoke its own remote access accounts when the Agreement ends.'],
  ['backup.testing', "The Provider may test restores from the backups now and then and does not keep backups of the Customer's servers."],
];

/** [requirement, body, status]: look-alikes the rule leaves alone. */
const UNCHANGED: [string, string, string][] = [
  // The denial is of another thing (a charge), not of the topic's words.
  ['backup.contracted-service', 'The Provider keeps daily backups of the Customer servers and does not charge for restores.', 'weak'],
  // A right of the customer stays a right; the provider's denial of another act does not take it away.
  ['supply-chain.subcontractors', "The Customer may require prior notice of each subcontractor, and the Provider does not assess the security of its subcontractors.", 'present'],
  // A denial under another heading of the advisory (segregation) does not decide backups.
  ['backup.contracted-service', 'The Provider may keep backups of the Customer servers and does not separate the Customer network from the networks of its other clients.', 'weak'],
  // A hedged duty stays hedged: its weakness is its own qualifier, not its form.
  ['supply-chain.subcontractors', 'The Provider shall use reasonable efforts to give prior notice of new subcontractors and does not assess the security controls of those subcontractors.', 'weak'],
  // Without a denial the permission stays a permission.
  ['supply-chain.subcontractors', 'The Provider may appoint subcontractors after giving prior notice to the Customer.', 'weak'],
];

describe('an express denial beside a permission or description (set 6, cause 1)', () => {
  for (const [id, body] of NEGATED) {
    it(`${id}: ${body.slice(0, 70)}…`, () => assert.equal(packStatus(body, id), 'negated'));
  }
  for (const [id, body, status] of UNCHANGED) {
    it(`stays ${status}: ${id}: ${body.slice(0, 60)}…`, () => assert.equal(packStatus(body, id), status));
  }
});
