/**
 * A heading names what the clauses under it are about; a sentence's own modal says what it does.
 * "Cyber Incident Reporting" lends the act of telling to a sentence with no modal or one that
 * tells in other words, not to one whose modal does something else (lent-act.ts, lexicon
 * `tellingActs`). Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const TIMEFRAME = 'incident.notification-timeframe';
const NOTICE = 'incident.notification';
const under = (heading: string, body: string): string => `## ${heading}\n\n${body}`;

describe('lent act: a heading lends its topic, not its act, to a sentence with a modal of its own', () => {
  it('a sentence that preserves or implements something under an incident-reporting heading is no notice deadline', () => {
    assert.equal(bundledStatus(under('Cyber Incident Reporting', 'The Provider shall keep forensic images of the affected servers for at least 90 days.'), TIMEFRAME), 'missing');
    assert.equal(bundledStatus(under('Data Protection and Security Incident Reporting', 'The Provider shall implement the agreed controls as soon as practical and in any case within 60 days.'), TIMEFRAME), 'missing');
  });
  it('a sentence that tells in other words still takes the heading’s act', () => {
    assert.equal(bundledStatus(under('Cyber Incident Reporting', 'The Provider shall email the Customer’s security contact within 24 hours of discovery.'), TIMEFRAME), 'present');
    assert.equal(bundledStatus(under('Security Incident Notification', 'The Provider shall do so within 24 hours of discovery.'), TIMEFRAME), 'present');
    assert.equal(bundledStatus(under('Security Incident Notification', 'The Provider must give written notice within 24 hours.'), NOTICE), 'present');
  });
  it('a present-tense statement of another act takes no telling act from its heading', () => {
    assert.equal(bundledStatus(under('Escalation and Reporting', 'Security incidents are handled using the process in the Incident Response Policy.'), NOTICE), 'missing');
    assert.equal(bundledStatus(under('Incident Reporting', 'Security incidents are escalated to the Customer’s security contact within 24 hours.'), NOTICE), 'present');
  });
  it('a sentence with no modal of its own still reads under its heading', () => {
    assert.notEqual(bundledStatus(under('Security Incident Notification', 'Within 24 hours of discovery, by telephone and email.'), TIMEFRAME), 'missing');
  });
  it('a sentence that names the act itself is unaffected', () => {
    assert.equal(bundledStatus(under('Cyber Incident Reporting', 'The Provider shall notify the Customer of any Security Incident within 24 hours.'), TIMEFRAME), 'present');
  });
});
