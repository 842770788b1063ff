/**
 * Ownership said by the customer's body of people as the subject allocates the duty to the
 * customer side ("The Client's security team owns incident response"), as the passive "is owned
 * by the Client's IT department" does; said by the customer itself it is title to property.
 * Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const TEAM_PREAMBLE = [
  '# Co-Managed IT Services Agreement',
  '',
  'This Agreement is between Kestrel Systems Ltd. (the "Provider") and Harbor Mutual plc (the "Client").',
  '',
  '"In-House Team" means the Client\'s own information technology staff.',
  '',
].join('\n');

/** [requirement, body, status, preamble?]. */
const CASES: [string, string, string, string?][] = [
  ['ir.plan-contracted', "The Customer's security team owns incident response and maintains the incident response plan.", 'wrong-party'],
  ['patching.ongoing-service', "The Customer's IT department has ownership of installing security patches on the servers.", 'wrong-party'],
  ['backup.contracted-service', "4.3 The Customer's infrastructure team owns the nightly backups of the file servers.", 'wrong-party'],
  ['patching.ongoing-service', 'The In-House Team has ownership of patching the servers and of installing security patches each month.', 'wrong-party', TEAM_PREAMBLE],
  // "is for the Customer to arrange", "is left to the Customer": the allocation names the holder.
  ['network.segregation', "Keeping the Customer network isolated from the Provider's other clients is for the Customer to arrange.", 'wrong-party'],
  ['backup.contracted-service', 'Backing up the file servers is for the Customer and its IT team to arrange.', 'wrong-party'],
  ['backup.contracted-service', 'Backing up the laptops is left to the Customer.', 'wrong-party'],
  ['patching.ongoing-service', 'Applying security patches to the workstations is left to the Customer.', 'wrong-party'],
  // A bare "is for" with no act for the holder allocates nothing.
  ['backup.contracted-service', 'Access to the backup portal is for the Customer only, and the Provider shall back up the file servers every night.', 'present'],
  // Said of the party itself, ownership is title to property: no duty moves.
  ['backup.contracted-service', 'The Customer owns the backup media and the backup copies.', 'weak'],
  // Ownership by the provider's people gives the customer nothing.
  ['patching.ongoing-service', "The Provider's service desk team owns the installation of security patches.", 'weak'],
  // "owns" inside a relative clause is not the clause's act.
  ['backup.contracted-service', "The Provider backs up every server that the Customer's IT team owns.", 'weak'],
];

describe("ownership said by a customer-side team (set 6, cause 3)", () => {
  for (const [id, body, status, preamble] of CASES) {
    it(`${status}: ${id}: ${body.slice(0, 70)}…`, () => assert.equal(bundledStatus(body, id, preamble), status));
  }
});
