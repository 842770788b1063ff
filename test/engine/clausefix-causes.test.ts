/**
 * General causes of the wrong cases left on the MSP drafts of sets 2-5 (helper "clausefix",
 * issue 12), each a drafting pattern with sentences written for this test (none copied from a
 * draft; vocabulary from NIST SP 800-53 / 800-171 and the ISM).
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

/** [requirement, body, status it must get]. */
type Case = [string, string, string];

function check(cases: Case[]): void {
  for (const [id, body, expected] of cases) {
    it(`${id}: ${body}`, () => assert.equal(bundledStatus(body, id), expected));
  }
}

describe('clausefix: a later clause of the sentence that takes the act away decides', () => {
  check([
    // The first clause only hands the topic over; the clause with the act gives it to the Customer.
    ['logging.retention', "The Provider shall send audit records to the Customer's archive every night; the Customer is solely responsible for keeping them.", 'negated'],
    ['logging.retention', 'The Provider shall copy audit records to the Customer each week; the Customer, not the Provider, is responsible for retaining them for two years.', 'wrong-party'],
    ['patching.ongoing-service', 'The Provider shall tell the Customer about new security updates; the Provider does not install security updates on Customer servers.', 'negated'],
    ['privilege.least-privilege', 'The Provider shall list the roles its engineers hold; the Customer shall be solely responsible for restricting them to least privilege.', 'negated'],
    // Must not fire: the later clause keeps or shares the duty, or is a separate act of the Customer.
    ['logging.retention', "The Provider shall retain audit records for two years; the Customer is not required to retain them.", 'present'],
    ['logging.retention', 'The Provider shall retain audit records for two years, and the Customer may keep its own copies.', 'present'],
    ['patching.ongoing-service', 'The Provider shall install security updates on all servers within 14 days; the Customer shall patch its own laptops.', 'present'],
    ['backup.contracted-service', 'The Provider shall back up Customer Data every day; the Customer shall test its backups each quarter.', 'present'],
  ]);
});
