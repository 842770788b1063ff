/**
 * What a law requires is no party's promise (law-statements.ts), and a list of what an order may
 * cover is no duty to provide each item (possible-contents.ts). Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const LOGGING = 'logging.security-event-management';
const NOTICE = 'incident.notification';
const BACKUP = 'backup.contracted-service';

describe('a sentence whose subject is a law states the law', () => {
  it('"The … Rule requires covered entities to …" is no evidence', () => {
    for (const s of [
      'The HIPAA Security Rule requires covered entities to record and examine activity in systems that hold health data and to review the security logs.',
      'Applicable law requires operators of essential services to monitor and log security events on their networks.',
      '(a) The Cyber Resilience Act obliges manufacturers to monitor security events in their products and to log them.',
    ]) {
      assert.equal(bundledStatus(`## Background\n\n${s}`, LOGGING), 'missing', s);
    }
  });
  it('"It is required by the … Rule that …" is no evidence', () => {
    const s = 'It is required by the Privacy Rule that health plans monitor security events and log access to member records.';
    assert.equal(bundledStatus(`## Background\n\n${s}`, LOGGING), 'missing');
  });
  it('"Under the Act, a processor must …" is no evidence', () => {
    const s = 'Under the Data Protection Act, a processor must notify the controller of any security incident without undue delay.';
    assert.equal(bundledStatus(`## Background\n\n${s}`, NOTICE), 'missing');
  });
});

describe('look-alikes: a party that takes the law on, or a contract that requires', () => {
  it('the provider undertaking to comply with what the law requires keeps the duty', () => {
    const s = 'The Provider shall comply with the HIPAA Security Rule, which requires it to record and examine activity in systems that hold health data, and shall monitor security events around the clock.';
    assert.equal(bundledStatus(`## Security\n\n${s}`, LOGGING), 'present');
  });
  it('"as the Act requires, the Provider shall …" binds the provider', () => {
    const s = 'As the Data Protection Act requires, the Provider shall notify the Customer of any security incident within 24 hours.';
    assert.equal(bundledStatus(`## Incidents\n\n${s}`, NOTICE), 'present');
  });
  it('"Under the Act, the Provider must …" names this contract\'s party: still its duty', () => {
    const s = 'Under the Data Protection Act, the Provider must notify the Customer of any security incident within 24 hours.';
    assert.notEqual(bundledStatus(`## Incidents\n\n${s}`, NOTICE), 'missing');
  });
  it('"Under the Act, a processor must …" beside the provider\'s own promise keeps the promise', () => {
    const s = 'Under the Data Protection Act, a processor must notify the controller of a security incident, and the Provider shall notify the Customer of any security incident within 24 hours.';
    assert.notEqual(bundledStatus(`## Incidents\n\n${s}`, NOTICE), 'missing');
  });
  it('a contract document that requires something is not a law', () => {
    const s = 'This Schedule requires the Provider to monitor security events and to log them centrally.';
    assert.notEqual(bundledStatus(`## Security\n\n${s}`, LOGGING), 'missing');
  });
  it('an act in lower case is an act, not a statute', () => {
    const s = 'Every such act requires the Provider to notify the Customer of the security incident within 24 hours.';
    assert.notEqual(bundledStatus(`## Incidents\n\n${s}`, NOTICE), 'missing');
  });
});

describe('a list of what an order may cover is no duty to provide each item', () => {
  it('"may include … backup services" is no evidence', () => {
    for (const s of [
      'Services ordered under this Agreement may include hosting services, backup services, help desk services and network services.',
      'A statement of work can include, for example, migration, backup and restore, and training.',
    ]) {
      assert.equal(bundledStatus(`## Scope\n\n${s}`, BACKUP), 'missing', s);
    }
  });
  it('look-alike: backups named before "may include" are still the topic', () => {
    const s = 'The Provider shall back up the Customer Data daily; the backups may include snapshots of each server.';
    assert.equal(bundledStatus(`## Backups\n\n${s}`, BACKUP), 'present');
  });
  it('look-alike: services that "include" backups (no "may") still describe the service', () => {
    const s = 'The Managed Services include daily backup of all Customer Data to a separate region.';
    assert.notEqual(bundledStatus(`## Scope\n\n${s}`, BACKUP), 'missing');
  });
});

describe('look-alike: a duty whose delivery may include the item', () => {
  it('"shall answer in writing (which may include audit reports)" stays evidence', () => {
    const s = 'On written request, the Provider shall answer the Customer’s questions about its compliance with the Security Policy in writing (which may include summaries of its audit reports).';
    assert.notEqual(bundledStatus(`## Audits\n\n${s}`, 'governance.periodic-review'), 'missing');
  });
});
