/**
 * Disclaimers in the forms tender and franchise drafting use: a duty said in the future not to be
 * the provider's responsibility, an act said not to be part of a service named at length, a duty
 * "incumbent on" a party; and the least-privilege and supplier-security wording those disclaimers
 * name. Sentences written for this test.
 */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

describe('a duty said not to be the provider\'s in the future of contract terms', () => {
  it('"shall not be the responsibility of the Provider" disclaims it', () =>
    assert.equal(bundledStatus('Disabling the accounts of engineers who leave shall not be the responsibility of the Provider.', 'accounts.deprovisioning'), 'negated'));
  it('"will not be a Provider responsibility" disclaims it', () =>
    assert.equal(bundledStatus('Restoring the Customer Data from backup will not be a Provider responsibility.', 'backup.contracted-service'), 'negated'));
  it('a cost said not to be the provider\'s leaves its duty whole', () =>
    assert.equal(
      bundledStatus('The Provider shall back up the Customer Data every night. The cost of extra backup storage shall not be the responsibility of the Provider.', 'backup.contracted-service'),
      'present',
    ));
});

describe('an act said not to be part of a service named at length', () => {
  for (const [sentence, id] of [
    ['Installing security updates is not part of the Managed Workplace Services.', 'patching.ongoing-service'],
    ['Security monitoring is not part of its Hosted Desktop Services.', 'logging.security-event-management'],
    ['Backup of the file server is not part of the Remote Support Service.', 'backup.contracted-service'],
  ] as const) {
    it(`disclaims ${id}: ${sentence}`, () => assert.equal(bundledStatus(sentence, id), 'negated'));
  }
  it('something else outside the service leaves the duty whole', () =>
    assert.equal(
      bundledStatus('The Provider shall install security updates within 14 days of release. Hardware repairs are not part of the Managed Workplace Services.', 'patching.ongoing-service'),
      'present',
    ));
});

describe('a duty "incumbent on" a party, stated with a dummy subject', () => {
  it('binds the provider when it is named', () =>
    assert.equal(bundledStatus('It is incumbent on the Provider to back up the Customer Data every day.', 'backup.contracted-service'), 'present'));
  it('binds in the future too', () =>
    assert.equal(bundledStatus('It shall be incumbent upon the Provider to install security patches within 14 days of release.', 'patching.ongoing-service'), 'present'));
  it('moves the duty when the customer is named', () =>
    assert.equal(bundledStatus('The Provider shall host the platform. It is incumbent on the Customer to back up the Customer Data every day.', 'backup.contracted-service'), 'negated'));
  it('a hedge still weakens it', () =>
    assert.equal(bundledStatus('It is incumbent on the Provider to back up the Customer Data where practicable.', 'backup.contracted-service'), 'weak'));
  it('"not incumbent on the Provider" disclaims it', () =>
    assert.equal(bundledStatus('It is not incumbent on the Provider to back up the Customer Data.', 'backup.contracted-service'), 'negated'));
  it('a fee incumbent on the customer leaves the provider\'s duty whole', () =>
    assert.equal(bundledStatus('The Provider shall back up the Customer Data daily. It is incumbent on the Customer to pay the fees on time.', 'backup.contracted-service'), 'present'));
});

describe('least privilege in plain words', () => {
  for (const sentence of [
    'The Provider shall limit its engineers\' access to the Customer Systems to what they need for the task.',
    'The Provider shall restrict access by role and keep a record of each grant.',
    'The Provider shall give its technicians separate administrator logins for administrative tasks.',
  ]) {
    it(`reads the duty: ${sentence}`, () => assert.equal(bundledStatus(sentence, 'privilege.least-privilege'), 'present'));
  }
  it('"generally" limiting access is a hedge', () =>
    assert.equal(bundledStatus('The Provider will generally limit its engineers\' access to the Customer Systems to what they need.', 'privilege.least-privilege'), 'weak'));
  for (const sentence of [
    'The Provider does not limit or review their access to the Customer Systems.',
    'The Provider does not restrict access by individual duties.',
    'All engineers of the Provider share one administrator login for every site. The Provider does not restrict access by role.',
  ]) {
    it(`reads the denial: ${sentence}`, () => assert.equal(bundledStatus(sentence, 'privilege.least-privilege'), 'negated'));
  }
  it('a shared login stated as a fact promises nothing', () =>
    assert.equal(bundledStatus('All engineers of the Provider share one administrator login for the Customer Systems.', 'privilege.least-privilege'), 'weak'));
  it('limiting the hours of the help desk is not least privilege', () =>
    assert.equal(bundledStatus('The Provider shall limit the help desk hours to what the Customer needs.', 'privilege.least-privilege'), 'missing'));
});

describe('a supplier\'s IT security assessed or not', () => {
  it('assessing the IT security of each subcontractor is supply-chain risk management', () =>
    assert.equal(bundledStatus('The Provider shall assess the IT security of each subcontractor before engaging it.', 'supply-chain.risk-management'), 'present'));
  it('"shall not be required to assess their IT security" disclaims it', () =>
    assert.equal(
      bundledStatus('The Provider may engage subcontractors as it thinks fit and shall not be required to assess their IT security.', 'supply-chain.risk-management'),
      'negated',
    ));
});
