/**
 * A subcontract casts its parties against their usual words: the party defined as the
 * "Subcontractor" does the work and is the provider checked; the party that engages it ("Main
 * Contractor", "Supplier") is the customer side, so a duty it keeps for itself binds nobody who
 * works in the end customer's systems. All sentences are written for this test.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import { aa22, bundledStatus } from './matching-helpers';

const SUBCONTRACT =
  '# Subcontract for Network Operations\n\nThis Subcontract is made between HARROW SYSTEMS LIMITED, a company registered in England (the "Main Contractor"), and FENWICK NETWORKS LTD, a company registered in Wales (the "Subcontractor").\n\nThe Main Contractor supplies managed services to Tolworth College (the "Client") and engages the Subcontractor to operate the Client\'s network.\n\n';

const status = (body: string, id: string): string => bundledStatus(body, id, SUBCONTRACT);

describe('subcontract parties', () => {
  it('duties of the Subcontractor are the provider\'s duties', () => {
    assert.equal(status("The Subcontractor shall back up the Client's servers daily.", 'backup.contracted-service'), 'present');
    assert.equal(status('The Subcontractor shall require multi-factor authentication on every account its engineers use to reach the Client systems.', 'mfa.provider-access'), 'present');
    assert.equal(status("The Subcontractor shall install vendors' security patches on the Client systems within fourteen days of release.", 'patching.ongoing-service'), 'present');
    assert.equal(status('The Subcontractor shall revoke the access rights of each departing engineer within one business day.', 'accounts.deprovisioning'), 'present');
  });

  it('a duty the Main Contractor keeps for itself is not the provider\'s', () => {
    for (const [body, id] of [
      ["The Main Contractor keeps responsibility for backing up the Client's servers; the Subcontractor does not back up Client data.", 'backup.contracted-service'],
      ['The Main Contractor installs all security patches on the Client systems itself, and the Subcontractor shall not install patches.', 'patching.ongoing-service'],
      ['The Main Contractor disables the accounts of Subcontractor engineers who leave, as a retained obligation.', 'accounts.deprovisioning'],
      ['The Main Contractor assesses the security of every sub-subcontractor before approving it; the Subcontractor does not assess its suppliers.', 'supply-chain.risk-management'],
    ] as const) {
      const got = status(body, id);
      assert.ok(got === 'negated' || got === 'wrong-party', `${body} → ${got}`);
    }
  });

  it('the hover says how each party was read', () => {
    const result = analyze(`${SUBCONTRACT}The Subcontractor shall back up the Client's servers daily.\n`, { catalog: aa22(), force: true });
    assert.equal(result.parties.provider, 'Subcontractor');
    assert.ok(result.parties.assumptions.some((a) => a.includes('“Main Contractor” as the customer')), result.parties.assumptions.join('\n'));
    const backup = result.findings.find((f) => f.requirement.id === 'backup.contracted-service')!;
    assert.ok(backup.evidence[0]!.basis!.some((b) => b.includes('“Subcontractor” as the provider (it performs the services under this subcontract)')), backup.evidence[0]!.basis!.join('\n'));
  });

  it('a "Contractor" and its "Subcontractor": the contractor is the customer side in every spelling', () => {
    const preamble = '# Subcontract\n\nThis Subcontract is between Orbis Group Inc. (the "Contractor") and Keel Data LLC (the "Subcontractor").\n\n';
    assert.notEqual(bundledStatus('The Contractor shall back up all data daily.', 'backup.contracted-service', preamble), 'present');
    assert.equal(bundledStatus('The Subcontractor shall back up all data daily.', 'backup.contracted-service', preamble), 'present');
  });

  it('a subcontractor that is no party changes nothing', () => {
    const msa = '# Managed Services Agreement\n\nThis Agreement is between Northwind Managed IT Ltd. (the "Provider") and Harbor Bank plc (the "Customer").\n\n"Subcontractor" means any third party the Provider engages to perform part of the Services.\n\n';
    const result = analyze(`${msa}The Provider shall back up Customer Data daily.\n`, { catalog: aa22(), force: true });
    assert.equal(result.parties.provider, 'Provider');
    assert.ok(!result.parties.assumptions.some((a) => a.includes('subcontract')));
    assert.equal(bundledStatus('The Provider shall back up Customer Data daily.', 'backup.contracted-service', msa), 'present');
  });
});

describe('subcontract parties: the party name is not the supply-chain topic', () => {
  const titled = SUBCONTRACT.replace('# Subcontract for Network Operations', '# Network Operations Agreement');

  it('a duty of the Subcontractor that names no subcontracting of its own is no supply-chain evidence', () => {
    assert.equal(bundledStatus('The Subcontractor shall give the Main Contractor prior written notice of any change to its registered office.', 'supply-chain.subcontractors', titled), 'missing');
    assert.equal(bundledStatus('The parties may vary this Subcontract without the Client\'s consent.', 'supply-chain.subcontractors', titled), 'missing');
  });

  it('the Subcontractor\'s own subcontractors are still the topic', () => {
    assert.equal(bundledStatus('The Subcontractor shall not appoint any sub-subcontractor without the Main Contractor\'s prior written consent.', 'supply-chain.subcontractors', titled), 'present');
    assert.equal(bundledStatus('The Subcontractor shall bind each of its subcontractors to security obligations no less protective than this Agreement.', 'supply-chain.subcontractors', titled), 'present');
  });
});

describe('subcontract: a duty retained or not flowed down', () => {
  for (const [body, id] of [
    ["The obligation to install security patches on the Client's systems is not flowed down to the Subcontractor.", 'patching.ongoing-service'],
    ["Backing up the Client's servers is a Retained Obligation of the Main Contractor.", 'backup.contracted-service'],
    ['Multi-factor authentication for engineer accounts used to reach the Client systems remains a Retained Obligation.', 'mfa.provider-access'],
    ["Monitoring security events on the Client's network is a retained obligation and is not flowed down to the Subcontractor.", 'logging.security-event-management'],
  ] as const) {
    it(`negated: ${body}`, () => assert.equal(status(body, id), 'negated'));
  }

  it('a head contract that does not flow a clause down to its own subcontractors still binds its provider', () => {
    const msa = '# Managed Services Agreement\n\nThis Agreement is between Northwind Managed IT Ltd. (the "Provider") and Harbor Bank plc (the "Customer").\n\n';
    assert.equal(bundledStatus("The Provider shall install security patches on the Customer's systems within 14 days; this clause is not flowed down to subcontractors that do not manage Customer systems.", 'patching.ongoing-service', msa), 'present');
  });
});
