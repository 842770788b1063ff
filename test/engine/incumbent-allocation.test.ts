/**
 * "… is incumbent upon the Client": the formal and civil-law register of allocating a task, read
 * like "falls to" or "rests with"; and a retention period that holds only "as long as the storage
 * allows" is bounded by the space bought, a hedge. Sentences written for this test.
 */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

describe('tasks made incumbent upon a party', () => {
  for (const [sentence, id] of [
    ['The review of the firewall security logs is incumbent upon the Customer.', 'logging.security-event-management'],
    ['Applying vendor security patches to the workstations is incumbent on the Customer.', 'patching.ongoing-service'],
    ['Backing up the Customer Data is incumbent upon the Customer.', 'backup.contracted-service'],
  ] as const) {
    it(`puts ${id} on the customer: ${sentence}`, () => assert.equal(bundledStatus(sentence, id), 'wrong-party'));
  }
  // With the dummy subject the sentence states the holder's duty, as "it is the duty of the Customer to" does (duty-of-holder.test.ts).
  it('"it is incumbent upon the Customer to" moves the duty to the customer', () =>
    assert.equal(bundledStatus('It is incumbent upon the Customer to back up its own data every day.', 'backup.contracted-service'), 'negated'));

  it('a payment made incumbent upon the customer leaves the provider\'s duty whole', () =>
    assert.equal(bundledStatus('The Provider shall back up Customer Data every day. It is incumbent upon the Customer to pay the fees on time.', 'backup.contracted-service'), 'present'));
});

describe('retention bounded by the storage bought', () => {
  it('"as long as the available storage allows" is a hedge', () =>
    assert.equal(bundledStatus('The Provider shall retain security logs for twelve months as long as the available storage allows.', 'logging.retention'), 'weak'));
  it('"as long as the capacity of the log store permits" is a hedge', () =>
    assert.equal(bundledStatus('The Provider shall back up Customer Data every day as long as the backup capacity permits.', 'backup.contracted-service'), 'weak'));
  it('a period without a storage condition stays firm', () =>
    assert.equal(bundledStatus('The Provider shall retain security logs for as long as the Customer requires and for at least twelve months.', 'logging.retention'), 'present'));
});
