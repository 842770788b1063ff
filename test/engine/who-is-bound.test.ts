/** Who is bound: passive requirements, regulation-style subjects and company short names, end to end. */
import { strict as assert } from 'node:assert';
import { BACKUP, MFA, RETENTION, bundledRequirement, findingOf, run, statusOf } from './matching-helpers';
import type { Requirement } from '../../server/src/engine/types';

describe('who is bound', () => {
  it('an impersonal passive requirement binds the provider side', () => {
    assert.equal(statusOf('Backups shall be performed daily.', BACKUP), 'present');
    assert.equal(statusOf('Remote administrative logins shall require MFA.', MFA), 'present');
    assert.equal(statusOf('Security logs shall be retained for twelve months.', RETENTION), 'present');
  });

  it('a passive whose agent is the customer is put on the customer', () => {
    assert.equal(statusOf('Backups of end-user devices shall be performed by the Customer.', BACKUP), 'wrong-party');
  });

  it('a company named only in the preamble is read as the provider, and the finding says so', () => {
    const text = '# Hosting Agreement\n\nThis Agreement is between Kestrel Systems Inc. ("Kestrel") and Harbor Bank plc (the "Customer").\n\nKestrel shall enforce MFA on every administrator account.\n';
    const result = run(text, [MFA], true);
    const f = findingOf(result, 't.mfa');
    assert.equal(f.status, 'present');
    assert.match(result.parties.assumptions.join(' '), /“Kestrel” as the provider/);
  });

  it('regulation style: "each Covered Entity shall" is the obligated party', () => {
    const text = '# Regulation\n\n"Covered Entity" means any person operating under a licence.\n\nEach Covered Entity shall implement MFA for remote access. Each Covered Entity shall keep backups.\n';
    assert.equal(findingOf(run(text, [MFA], true), 't.mfa').status, 'present');
  });
});

describe('who is bound: a duty of both parties that the customer alone takes on', () => {
  const exit = (): Requirement => bundledRequirement('accounts.exit-revocation');

  it('the customer removing the provider\'s accounts itself commits the provider to nothing', () => {
    assert.equal(statusOf('On expiry of this Agreement the Customer shall delete every Provider account on its servers.', exit()), 'wrong-party');
  });

  it('the provider named beside the customer keeps the duty shared', () => {
    assert.equal(statusOf('On expiry of this Agreement the Customer and the Provider shall each remove the accounts they created.', exit()), 'present');
  });

  it('a provider named only in the condition of the act ("when the Provider notifies") is a notice, not the act\'s object', () => {
    assert.equal(statusOf('On expiry of this Agreement the Customer shall terminate and disable all remote access to its network when the Provider notifies it that the work is done.', exit()), 'wrong-party');
    assert.notEqual(statusOf('On expiry of this Agreement the Customer shall terminate and disable the Provider\'s remote access when the work is done.', exit()), 'wrong-party');
  });

  it('the customer deciding about the provider\'s staff is the customer\'s act, not a duty owed to the provider', () => {
    const lp = bundledRequirement('privilege.least-privilege');
    assert.equal(statusOf('The Customer shall decide which permissions each Provider engineer has on its servers.', lp), 'wrong-party');
    // Owed to the provider (the provider is the act's object): another duty, no evidence.
    assert.equal(statusOf('The Customer shall promptly notify the Provider of which permissions its engineers need.', lp), 'missing');
  });

  it('the customer checking the provider\'s removal is oversight and stays evidence', () => {
    assert.notEqual(statusOf('On expiry of this Agreement the Customer shall verify that the Provider has removed all of its accounts.', exit()), 'wrong-party');
  });
});

describe('who is bound: a party name that modifies a noun is no subject', () => {
  it('"Backup of Customer data is not part of the Services" disclaims the provider\'s duty', () => {
    assert.equal(statusOf('Backup of the Customer data held on laptops is not part of the Services.', BACKUP), 'negated');
  });

  it('the party that acts is still the subject: "The Customer shall back up its data"', () => {
    assert.equal(statusOf('The Customer shall back up the Customer data held on laptops.', BACKUP), 'wrong-party');
  });
});
