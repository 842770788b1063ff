/**
 * Hedges of discretion and capacity in plain and terse drafting, and a condition that opens the
 * sentence reaching every predicate after it. Sentences of our own.
 */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';
import { WE_YOU_PREAMBLE } from './plain-preamble';

const WE_YOU = WE_YOU_PREAMBLE;

describe('discretion and capacity hedges', () => {
  it('reads "when we think it is needed" and "when we have time" as hedges', () => {
    assert.equal(bundledStatus('We will run a test restore of your backups when we think it is needed.', 'backup.testing', WE_YOU), 'weak');
    assert.equal(bundledStatus('We will run a test restore of your backups when we have the time.', 'backup.testing', WE_YOU), 'weak');
    assert.equal(bundledStatus('We will run a test restore of your backups every three months.', 'backup.testing', WE_YOU), 'present');
  });

  it('reads a schedule the named provider "deems appropriate" as discretion without the article', () => {
    assert.equal(bundledStatus('The Provider shall back up the Customer databases at intervals Provider deems appropriate.', 'backup.contracted-service'), 'weak');
  });

  it("reads \"as … priorities allow\" whoever's priorities they are", () => {
    assert.equal(bundledStatus('The Provider shall install security patches on the Customer servers as its engineering priorities allow.', 'patching.ongoing-service'), 'weak');
    assert.equal(bundledStatus('The Provider shall install security patches on the Customer servers within 14 days, giving critical patches priority.', 'patching.ongoing-service'), 'present');
  });

  it("reads monitoring during the provider's normal office or business hours as limited", () => {
    assert.equal(bundledStatus("The Provider shall review the security alerts from the Customer SIEM during the Provider's standard business hours.", 'logging.security-event-management'), 'weak');
    assert.equal(bundledStatus('The Provider shall review the security alerts from the Customer SIEM during office hours.', 'logging.security-event-management'), 'weak');
    assert.equal(bundledStatus('The Provider shall review the security alerts from the Customer SIEM at all hours, every day of the year.', 'logging.security-event-management'), 'present');
  });
});

describe('a condition that opens the sentence', () => {
  it('reaches a later coordinated predicate', () => {
    assert.equal(bundledStatus('Where practicable, the Provider may send the firewall logs to its SIEM and will review the resulting alerts around the clock.', 'logging.security-event-management'), 'weak');
    assert.equal(bundledStatus('4.2 If feasible, the Provider will send the firewall logs to its SIEM and will review the resulting alerts around the clock.', 'logging.security-event-management'), 'weak');
  });

  it('is no hedge when it only says when the duty arises', () => {
    assert.equal(bundledStatus('Where a new firewall is installed, the Provider will send its logs to the SIEM and will review the resulting alerts around the clock.', 'logging.security-event-management'), 'present');
  });
});
