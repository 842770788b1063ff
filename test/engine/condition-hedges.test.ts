/**
 * Hedges that passed as binding: a duty conditioned on the customer paying, on the customer's own
 * devices or licences supporting it, "when practicable", and an effort standard before "procure
 * that". Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

/** [requirement, body, status]. */
const CASES: [string, string, string][] = [
  // A leading proviso that the customer pays.
  ['backup.contracted-service', 'Provided that the Customer meets the cost of the extra storage, the Provider shall back up the file servers every night.', 'weak'],
  ['logging.retention', 'Provided the Customer pays the archive fees, the Provider shall retain security logs for twelve (12) months.', 'weak'],
  ['network.segregation', "If the Customer bears the cost of a dedicated instance, the Provider shall isolate the Customer network from its other customers' networks.", 'weak'],
  ['patching.ongoing-service', 'So long as the Customer pays for the extended support licences, the Provider shall apply security patches to the legacy servers within 30 days.', 'weak'],
  // The customer's own devices or licences must already support it.
  ['mfa.services-delivered', "The Provider shall enforce multi-factor authentication for the Customer's users of the cloud tenancy where the Customer's licences already include it.", 'weak'],
  ['logging.security-event-management', "The Provider shall collect and monitor security event logs from the Customer's firewalls where the Customer's devices are compatible with the Provider's collectors.", 'weak'],
  ['patching.ongoing-service', 'The Provider shall apply security patches to the workstations where compatible with its patching tool.', 'weak'],
  ['logging.retention', "The Provider shall retain security logs for twelve (12) months where the Customer's licences permit.", 'weak'],
  // "when practicable" as "where practicable".
  ['backup.contracted-service', 'The Provider shall back up the file servers when practicable.', 'weak'],
  ['accounts.deprovisioning', 'The Provider shall disable the accounts of departing staff when practicable.', 'weak'],
  // An effort standard before "procure that".
  ['mfa.provider-access', 'The Provider shall use all reasonable endeavours to procure that its Personnel use multi-factor authentication for remote access to the Customer systems.', 'weak'],
  // Must not fire: a payment term after the duty, a fact about compatibility, no condition.
  ['backup.contracted-service', 'The Provider shall back up the file servers every night, and the Customer shall pay the storage charges in the Order Form.', 'present'],
  ['logging.security-event-management', 'The Provider shall monitor security event logs from all devices that are compatible with its collectors.', 'present'],
  ['mfa.services-delivered', "The Provider shall enforce multi-factor authentication for all of the Customer's users of the cloud tenancy.", 'present'],
  ['backup.contracted-service', 'The Provider shall back up the file servers every night, including those the Customer pays for separately.', 'present'],
];

describe('condition hedges (set 6, cause 4)', () => {
  for (const [id, body, status] of CASES) {
    it(`${status}: ${id}: ${body.slice(0, 70)}…`, () => assert.equal(bundledStatus(body, id), status));
  }
});
