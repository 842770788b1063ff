/**
 * General drafting wording that the held-out MSP drafts (set 2) showed missing: each rule gets a
 * sentence that must be evidence for its requirement and, where the words have another sense, one
 * that must not be. All sentences are written for this test, none is copied from a draft.
 */
import assert from 'node:assert/strict';
import { bundledRequirement, statusOf } from './matching-helpers';

/** [requirement, sentence that must be evidence, sentence in another sense that must not be]. */
const CASES: [string, string, string | undefined][] = [
  // Least privilege as limiting people's access or privileges (AC-6, ISM-1508), standing and elevated rights (time-based privileges).
  ['privilege.least-privilege', 'The Provider shall limit the access of its engineers to the systems each engineer needs for the current task.', 'The Provider may suspend or limit the access of the Customer to the Services if an invoice is unpaid.'],
  ['privilege.least-privilege', 'The Provider shall restrict the privileges of its support staff to their assigned functions.', undefined],
  ['privilege.least-privilege', 'Privileged access is limited to that required for personnel to undertake their duties.', undefined],
  ['privilege.least-privilege', 'The Provider shall ensure that none of its staff holds standing domain administrator rights.', undefined],
  ['privilege.least-privilege', 'The Provider shall grant elevated privileges only for an approved change window.', undefined],
  // Logging security events as an act ("log security events", "security logging"); collecting or keeping logs alone is not event management.
  ['logging.security-event-management', 'The Provider may log security events from the Customer\'s systems where its tools support it.', 'The Provider shall log every support ticket and keep a call log.'],
  ['logging.security-event-management', 'Security logging of the Customer systems is part of the Services.', 'The Provider shall collect security logs from the servers and keep them for a year.'],
  // A job title is no statement of what the customer purchases.
  ['transparency.service-scope', 'The Provider shall list the security services the Customer is purchasing and those it is not.', 'Under the heading Security services: the Provider shall name the Customer\'s purchasing officer as a contact in its incident plan.'],
  ['privilege.least-privilege', 'The Provider shall give each technician only the roles needed for the accounts they administer.', 'The Provider shall fill only the roles listed in the tender.'],
];

/** [requirement, sentence, status it must get]: hedges and refusals to commit, from the lexicon. */
const STATUS: [string, string, string][] = [
  ['backup.contracted-service', 'The Provider shall back up Customer Data at intervals the Provider considers appropriate.', 'weak'],
  ['backup.contracted-service', 'The Provider shall back up Customer Data on written request.', 'weak'],
  ['backup.contracted-service', 'The Provider shall back up Customer Data as it sees fit.', 'weak'],
  ['mfa.provider-access', 'The Provider shall enforce multi-factor authentication on Provider accounts that reach Customer systems, where the relevant system supports it.', 'weak'],
  ['network.segregation', 'The Provider shall isolate the Customer tenant from other tenants, where it considers it practicable.', 'weak'],
  ['network.segregation', 'The Provider does not undertake to isolate the Customer tenant from other tenants.', 'negated'],
  // A request hedge that qualifies another act (the other party's search, a second predicate of giving) leaves the duty binding.
  ['logging.retention', 'The Provider shall retain security logs for 13 months in storage that the Customer can search on request.', 'present'],
  ['logging.retention', 'The Provider must ensure that audit logs are retained for at least 12 months and are made available to the Customer on request.', 'present'],
  ['logging.retention', 'The Provider shall retain security logs for 12 months on request.', 'weak'],
  ['logging.retention', 'The Provider shall retain security logs for 12 months where possible and make them available to the Customer.', 'weak'],
  // A permissive modal of a restrictive relative clause describes the noun; the lead-in's "will" binds.
  ['mfa.provider-access', 'The Provider will:\n\n- require multi-factor authentication for every Provider account that can access the Customer systems; and\n- keep a register of those accounts.', 'present'],
  ['logging.retention', 'The Provider will:\n\n- retain security logs for 13 months in storage that the Customer can search; and\n- keep them encrypted.', 'present'],
  ['mfa.provider-access', 'The Provider may require multi-factor authentication for every account that can access Customer systems.', 'weak'],
  // A party after a preposition that opens a relative clause is that clause's subject.
  ['backup.contracted-service', 'The Provider will:\n\n- leave backups to the Customer, which is responsible for backing up its own servers; and\n- keep the service desk open.', 'wrong-party'],
  ['backup.contracted-service', 'Backups of Customer servers shall be performed daily by the Provider.', 'present'],
  ['logging.retention', 'The Provider gives no commitment to retain security logs for any minimum period.', 'negated'],
  ['logging.retention', 'The Provider does not commit to keeping audit logs for any period.', 'negated'],
];

describe('general wording rules (held-out drafts)', () => {
  for (const [id, sentence, status] of STATUS) {
    it(`${id} ${status}: "${sentence}"`, () => assert.equal(statusOf(sentence, bundledRequirement(id)), status));
  }

  for (const [id, yes, no] of CASES) {
    it(`${id}: "${yes}"`, () => {
      assert.notEqual(statusOf(yes, bundledRequirement(id)), 'missing', 'must be evidence');
      if (no) assert.equal(statusOf(no, bundledRequirement(id)), 'missing', `must not be evidence: ${no}`);
    });
  }
});
