/**
 * Clauses of a draft that look like an area but are not its duty (set 17's cause 6), each a family
 * of drafting: a definition set in bold instead of quotes obliges no one, and power or cooling plant
 * replaced at the end of its service life is facilities upkeep, not software left without security
 * updates. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

describe('a definition whose term is in bold or plain capitals, not quotes', () => {
  it('is no evidence of segregation, backup or logging', () => {
    const cases: [string, string][] = [
      ['1.4 **Tenant Zone** means the virtual machines, storage and network segments of one Customer business unit, kept apart from every other unit.', 'network.segregation'],
      ['**Backup Set** means the copies of the Customer Data taken each night to the secondary site.', 'backup.contracted-service'],
      ['(c) Security Log Archive means all audit logs of the Managed Devices retained for twelve months.', 'logging.retention'],
    ];
    for (const [body, id] of cases) assert.equal(bundledStatus(`## 1. Definitions\n\n${body}`, id), 'missing', body);
  });
  it('still lets the operative duty decide', () => {
    const body = '## 1. Definitions\n\n**Tenant Zone** means the network segments of one Customer business unit.\n\n## 4. Security\n\nThe Provider shall keep each Tenant Zone logically segregated from the networks of its other customers.';
    assert.equal(bundledStatus(body, 'network.segregation'), 'present');
  });
  it('does not take a sentence that opens with a party and "means" something else for a definition', () => {
    // "means" here is not followed by what a term names: a sentence about consequences, read as written.
    const body = 'The Provider shall keep the Customer Environment segregated from its other customers, which means that no network path joins them.';
    assert.equal(bundledStatus(body, 'network.segregation'), 'present');
  });
});

describe('power and cooling plant replaced at end of life', () => {
  it('is not end-of-life software or devices', () => {
    const cases = [
      'The Provider shall replace the uninterruptible power supply in the comms room when it reaches end of life.',
      'The Supplier shall swap each UPS battery pack at the end of its service life, as the maker advises.',
      'The standby generator and the air conditioning units shall be replaced by the Provider at end of life.',
    ];
    for (const body of cases) assert.equal(bundledStatus(body, 'patching.end-of-life'), 'missing', body);
  });
  it('still reads software, firmware and devices past their support', () => {
    const cases = [
      'The Provider shall replace or isolate any device that reaches end of life and shall notify the Customer six months before.',
      'The Provider shall update the firmware of each UPS network card and replace any that is end of life.',
    ];
    for (const body of cases) assert.equal(bundledStatus(body, 'patching.end-of-life'), 'present', body);
  });
});

describe('rights limited to a role, privileged access routed through a management tool', () => {
  it('is least privilege, not MFA for privileged accounts', () => {
    const cases = [
      'The Provider shall give its engineers only the permissions each needs for the assigned role, and administrators shall use privileged access only through the PAM vault.',
      'Each technician shall hold only the access rights his or her assigned role requires; privileged access is brokered by the privileged access management platform.',
    ];
    for (const body of cases) assert.equal(bundledStatus(body, 'mfa.privileged-accounts'), 'missing', body);
  });
  it('still reads MFA when the same sentence says how the accounts sign in', () => {
    const body = 'The Provider shall give its engineers only the permissions each needs for the assigned role, and privileged accounts shall sign in through the PAM vault with multi-factor authentication.';
    assert.equal(bundledStatus(body, 'mfa.privileged-accounts'), 'present');
  });
});

describe('an online or searchable tier of a stated retention period', () => {
  it('does not make the period a "most recent entries only" retention', () => {
    const cases = [
      'The Provider shall retain the security logs for at least eighteen (18) months, the most recent three (3) months of them online.',
      'The Provider shall keep audit logs for not less than two (2) years and shall keep the most recent sixty (60) days immediately available for searching.',
    ];
    for (const body of cases) assert.equal(bundledStatus(body, 'logging.retention'), 'present', body);
  });
  it('still holds a tier stated alone to the six-month minimum, and "only the most recent" stays weak', () => {
    assert.equal(bundledStatus('The Provider shall keep the most recent sixty (60) days online of the audit logs.', 'logging.retention'), 'below-threshold');
    assert.equal(bundledStatus('The Provider shall keep only the most recent audit logs.', 'logging.retention'), 'weak');
  });
});

describe('a duty said to be no part of "this service"', () => {
  it('is an express disclaimer, as "not part of the Services" is', () => {
    const cases = [
      'Security monitoring and log collection are not part of this service.',
      "Security monitoring isn't part of this service: the Provider doesn't watch the Customer systems for attacks.",
    ];
    for (const body of cases) assert.equal(bundledStatus(body, 'logging.security-event-management'), 'negated', body);
  });
});

describe('a duty owed only where the party finds it straightforward', () => {
  it('is hedged', () => {
    const body = "The Provider will keep the Customer systems and data apart from other customers' where its tools make that straightforward.";
    assert.equal(bundledStatus(body, 'network.segregation'), 'weak');
  });
  it('a duty to make something straightforward for the other party is no hedge', () => {
    const body = 'The Provider shall keep the Customer systems and data apart from those of other customers, and shall make it straightforward for the Customer to check this.';
    assert.equal(bundledStatus(body, 'network.segregation'), 'present');
  });
});
