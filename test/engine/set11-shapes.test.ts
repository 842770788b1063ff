/**
 * Smaller drafting shapes met in set 11, each a general pattern (sentences of our own): one
 * refusal governing two joined verbs, a bare predicate after a purpose clause, a duty moved to the
 * customer whose means name the provider, a unit of a public body as its subject, a heading that
 * lists several subjects, and a sign-in method left to the customer.
 */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

const PUBLIC_BODY = '# Service Level Agreement\n\nThis Agreement is between the Northern Cape Department of Health (the "Department") and Karoo Data Services (Pty) Ltd (the "Service Provider").\n\n';

describe('set 11 shapes', () => {
  it('reads a refusal of two joined verbs as refusing the second one too', () => {
    assert.equal(bundledStatus('The Provider will not configure or enforce multi-factor authentication for the accounts of its engineers.', 'mfa.provider-access'), 'negated');
    assert.equal(bundledStatus('The Provider will not review or vet the information security of its subcontractors.', 'supply-chain.risk-management'), 'negated');
    assert.equal(bundledStatus('The Provider will not assess the security practices of its subcontractors.', 'supply-chain.risk-management'), 'negated');
    // A prohibition of acts that undo the control is still the protective duty.
    assert.equal(bundledStatus('The Provider will not disable or bypass multi-factor authentication for the accounts of its engineers.', 'mfa.provider-access'), 'present');
  });

  it('gives a bare "and must …" the head clause\'s subject, not a party named in its purpose clause', () => {
    const body = 'The Service Provider must keep the Department Systems apart from the systems of its other clients so that an intruder in another tenancy cannot reach the Department, and must use firewalls to isolate the Department Systems and the consoles used for them.';
    assert.equal(bundledStatus(body, 'network.segregation', PUBLIC_BODY), 'present');
  });

  it('reads separation from other customers put on the customer as moved, though the means name the provider', () => {
    const body = 'The Customer shall be responsible for keeping its environment apart from the Provider\'s other customers, including by supplying a dedicated tenant for the Provider to work in.';
    assert.equal(bundledStatus(body, 'network.segregation'), 'wrong-party');
  });

  it('keeps a customer task owed to the provider when "including" only lists what the task covers', () => {
    // Only a means clause ("including by supplying …") says how rather than to whom; an item of a list
    // that names the provider after "to" still says the customer's records serve the provider.
    const body = 'The Customer shall keep adequate records of the files it sends for thirty days, including backup copies on tape of the data transmitted to the Provider.';
    assert.notEqual(bundledStatus(body, 'backup.contracted-service'), 'wrong-party');
  });

  it('reads a unit of the customer ("the Department\'s ICT Directorate") as the customer acting', () => {
    const body = 'The Department\'s ICT Directorate is to apply the security updates issued by software vendors to the Department Systems within fourteen days.';
    assert.equal(bundledStatus(body, 'patching.ongoing-service', PUBLIC_BODY), 'wrong-party');
  });

  it('does not lend each subject of a heading that lists several to every paragraph under it', () => {
    const body = '## 6. Upkeep, Updates and Backups\n\n6.1 The Provider shall install vendor security updates on the servers within fourteen days of release.\n';
    assert.equal(bundledStatus(body, 'backup.contracted-service'), 'missing');
    assert.equal(bundledStatus('## 6. Backups\n\n6.1 The Provider shall copy the Customer data nightly to a second site and keep each copy for 30 days.\n', 'backup.contracted-service'), 'present');
  });

  it('reads using whatever sign-in the customer sets up as no MFA', () => {
    const body = '## Multi-factor authentication\n\nThe Provider will use whichever authentication the Customer selects for its user accounts.\n';
    assert.equal(bundledStatus(body, 'mfa.services-delivered'), 'missing');
  });
});
