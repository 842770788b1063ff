/**
 * Hedge families (set16rest, session 17): timing that waits on someone's operations, a duty owed
 * only where the technology already supports it, a party's own judgement of proportion or sense,
 * how often left to a party's view, and assistance "at its best". Each with look-alikes that keep
 * a firm duty: a deadline beside a scheduling courtesy, a duty to replace what cannot support it,
 * a frequency the other party asks for.
 */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

describe('hedge families of session 17', () => {
  const weak: [string, string][] = [
    // timing waits on operations
    ['The Provider shall install security patches on the plant controllers at such outages as the Customer\'s operations allow.', 'patching.ongoing-service'],
    ['The Provider shall apply vendor updates to the servers in the windows that the operating constraints of the Customer allow.', 'patching.ongoing-service'],
    ['The Provider shall deploy security updates in its monthly cycle, as operational needs and change freezes permit.', 'patching.ongoing-service'],
    ['The Provider shall install security updates where site operations permit.', 'patching.ongoing-service'],
    // technology support conditions, however long the list
    ['The Provider shall use multi-factor authentication for remote access by its personnel to the Customer\'s systems where the Customer\'s VPN concentrator and the older switches support it.', 'mfa.provider-access'],
    ['The Provider shall keep a copy of each backup off site where the Customer\'s broadband connection allows.', 'backup.contracted-service'],
    // own judgement
    ['The Provider shall assess the security practices of its subcontractors where it judges this proportionate.', 'supply-chain.risk-management'],
    ['The Provider shall review the security of its suppliers if it judges a review sensible.', 'supply-chain.risk-management'],
    ['The Provider shall back up the Customer\'s file servers as often as it thinks sensible.', 'backup.contracted-service'],
    ['The Provider shall back up the Customer\'s file servers as often as its operations manager considers necessary.', 'backup.contracted-service'],
    // assistance at its best, an aim
    ['The Provider lends its best assistance to the Customer to contain and investigate a security incident.', 'ir.incident-handling'],
    ['The Provider shall give its best co-operation to the Customer in responding to a security incident.', 'ir.incident-handling'],
    ['The Provider shall install security patches on the servers, aiming to keep them reasonably current.', 'patching.ongoing-service'],
  ];
  for (const [sentence, id] of weak) {
    it(`reads weak: ${sentence}`, () => {
      assert.equal(bundledStatus(sentence, id), 'weak');
    });
  }

  const firm: [string, string][] = [
    ['The Provider shall install security patches within fourteen days and shall schedule the work so that the Customer\'s operations are not disrupted.', 'patching.ongoing-service'],
    ['The Provider shall install security patches within fourteen days; the Customer\'s operations team shall be told of each change in advance.', 'patching.ongoing-service'],
    ['The Provider shall use multi-factor authentication for all remote access by its personnel and shall replace any device that does not support it.', 'mfa.provider-access'],
    ['The Provider shall back up the Customer\'s file servers every night and as often as the Customer reasonably requests.', 'backup.contracted-service'],
    ['The Provider shall assess the security practices of each subcontractor before engaging it.', 'supply-chain.risk-management'],
  ];
  for (const [sentence, id] of firm) {
    it(`stays present: ${sentence}`, () => {
      assert.equal(bundledStatus(sentence, id), 'present');
    });
  }
});
