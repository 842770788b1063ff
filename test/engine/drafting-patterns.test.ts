/**
 * General drafting patterns that recur across contracts (issue 12, second pass): each case names
 * the pattern, gives a sentence written for this test that must be evidence, and a sentence that
 * shares the words in another sense that must not be.
 */
import assert from 'node:assert/strict';
import { bundledRequirement, statusOf } from './matching-helpers';

function evidences(id: string, sentence: string): boolean {
  return statusOf(sentence, bundledRequirement(id)) !== 'missing';
}

/** [pattern, requirement, sentence that must be evidence, sentence in another sense that must not be]. */
const CASES: [string, string, string, string | undefined][] = [
  [
    'flow-down of a clause to subcontracts (FAR/DFARS convention)',
    'supply-chain.subcontractors',
    'The Vendor shall insert this clause, with this paragraph, in all subcontracts for hosting services.',
    'The Vendor shall insert this clause number in the header of each invoice.',
  ],
  [
    'flow-down of a clause to subcontracts, "incorporate" form',
    'supply-chain.subcontractors',
    'The Contractor shall incorporate this clause in each subcontract that gives access to agency data.',
    undefined,
  ],
  [
    'credentials, badges and tokens retrieved when a person leaves (NIST PS-4: retrieve security-related property)',
    'accounts.deprovisioning',
    'The Supplier shall collect the smart card and hardware token of each technician on the day that employee is terminated.',
    'Upon termination of this Agreement the Supplier shall return all badges and tokens supplied for the pilot.',
  ],
  [
    'access removed for "personnel who leave" (a relative clause instead of "leavers")',
    'accounts.deprovisioning',
    'The Provider shall disable the accounts of personnel who leave within one Business Day.',
    'The Provider shall grant the personnel who manage the network access to the Service Desk tool.',
  ],
  [
    'a schedule, named with its title, that allocates the security responsibilities (a contract part stating its content)',
    'transparency.roles-responsibilities',
    'Schedule 2 (Shared Responsibility Matrix) allocates each security responsibility to the Provider or the Customer.',
    'Schedule 2 (Charges) allocates the annual fee between the two sites.',
  ],
  [
    'periodic revalidation of the continued need for access (NIST AC-2)',
    'accounts.deprovisioning',
    'The Provider shall review every user account each quarter to confirm the continued need for access.',
    'The Provider shall review each quarter the continued need for the reporting services.',
  ],
  [
    'independent review of the provider\'s internal controls (SOC / SSAE 18 / ISAE 3402 style assurance)',
    'governance.periodic-review',
    'Each year the Supplier shall have its independent auditors review its internal controls and give the Customer the resulting report.',
    'The Supplier shall have its independent auditors review its internal controls over financial reporting each year.',
  ],
  [
    'the customer\'s right to an operational audit of the provider',
    'governance.periodic-review',
    'The Customer may carry out an operational audit of the hosting centre on thirty days\' notice.',
    'The Customer may audit the invoices on thirty days\' notice.',
  ],
  [
    'system access limited to authorised users (NIST SP 800-171 3.1.1)',
    'privilege.least-privilege',
    'Access to the management console is limited to authorised users of the Provider.',
    'Customer personal data shall only be disclosed to authorized personnel on a need-to-know basis.',
  ],
  [
    'only people specifically authorised may reach the other party\'s systems',
    'privilege.least-privilege',
    'The Provider shall ensure that only technicians specifically authorized to have access to the Customer Environment log on to it.',
    undefined,
  ],
  [
    'a smart card used with a PIN to log on is two-factor authentication (PIV / CAC, NIST IA-2(12))',
    'mfa.services-delivered',
    'Every user shall log onto the portal with a PIV card and a PIN.',
    'Every user shall receive a gift card and a voucher at the launch event.',
  ],
  [
    'recording of access as audit logging ("all access shall be recorded")',
    'logging.security-event-management',
    'Administrators of the Provider may use the console; all access shall be recorded and reviewed for misuse.',
    'Access to the building shall be controlled by reception.',
  ],
  [
    'the prime stays liable for its subcontractors (base form of "remains fully responsible")',
    'supply-chain.subcontractors',
    'The Supplier may use subcontractors but shall remain fully responsible for their acts and omissions.',
    'The Supplier shall remain fully responsible for the accuracy of its invoices.',
  ],
  [
    'segregation from the other party\'s IT environment (transition and carve-out agreements)',
    'network.segregation',
    'The Seller shall segregate the Business systems and data from its own IT environment before Closing.',
    'The Seller shall describe its IT environment in Schedule 4.',
  ],
];

describe('general drafting patterns', () => {
  for (const [pattern, id, evidence, otherSense] of CASES) {
    it(`${pattern}: "${evidence.slice(0, 50)}…" is evidence for ${id}`, () => assert.ok(evidences(id, evidence)));
    if (otherSense) it(`${pattern}: "${otherSense.slice(0, 50)}…" is not`, () => assert.ok(!evidences(id, otherSense)));
  }
});

describe('a duty stated in its heading', () => {
  const PRE = '## 12. Security\n\n';
  it('the first sentence under the heading binds by pointing back to it', () => {
    assert.ok(evidences('privilege.least-privilege', `${PRE}### 12.3 Least Privilege\n\nThe Provider shall ensure this at all times for its staff.`));
    assert.ok(evidences('backup.contracted-service', `${PRE}**12.4 Daily Backups of Customer Data.** The Provider shall carry out the same without exception.`));
  });

  it('a sentence that does not point back, or is not the first, is not evidence', () => {
    assert.ok(!evidences('privilege.least-privilege', `${PRE}### 12.3 Least Privilege\n\nThe Provider shall invoice monthly.`));
    assert.ok(!evidences('privilege.least-privilege', `${PRE}### 12.3 Least Privilege\n\nThe Provider shall invoice monthly.\n\nThe Customer shall pay it within 30 days.`));
    // The heading must state the whole duty: "MFA" alone names no accounts.
    assert.ok(!evidences('mfa.provider-access', `${PRE}### 12.3 MFA Required\n\nThe Provider shall ensure this at all times.`));
  });
});
