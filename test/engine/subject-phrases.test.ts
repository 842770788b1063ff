/**
 * Who is bound, read from the shape of the subject; and disclaimers that name the document by its
 * own kind. Sentences written for these tests.
 */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

const PREAMBLE = '# Statement of Work\n\nThis Statement of Work is issued under the agreement between Halden Regional Health (the "Client") and Stratus Secure Inc., a Delaware corporation, with offices at 400 Pine Street, Suite 9, Portland, Oregon 97204 ("Stratus").\n\n';

const status = (body: string, id: string): string => bundledStatus(body, id, PREAMBLE);

describe('a party named inside a prepositional phrase of the subject is no subject', () => {
  it('"Backups of Client servers shall be performed" is an impersonal duty, read as the provider side', () => {
    assert.equal(status('Backups of Client servers shall be performed nightly.', 'backup.contracted-service'), 'present');
    assert.equal(status('Backups of Client servers shall be performed nightly, to the extent technically feasible.', 'backup.contracted-service'), 'weak');
  });

  it('the agent of the passive still decides: "by Stratus\'s security operations centre"', () => {
    assert.equal(status("Security event logs from Client firewalls shall be reviewed around the clock by Stratus's security operations centre.", 'logging.security-event-management'), 'present');
  });

  it('the party that opens the sentence stays its subject', () => {
    assert.equal(status('The Client shall back up the data on its own laptops.', 'backup.contracted-service'), 'wrong-party');
    assert.equal(status('On behalf of the Client, Stratus shall back up all servers every night.', 'backup.contracted-service'), 'present');
  });
});

describe('"Nothing in this …" disclaimers name the document by its kind', () => {
  for (const doc of ['SOW', 'Statement of Work', 'Schedule', 'Contract']) {
    it(`"Nothing in this ${doc} obliges/requires …" is an express disclaimer`, () => {
      assert.equal(status(`Nothing in this ${doc} obliges Stratus to test the restoration of backups.`, 'backup.testing'), 'negated');
      assert.equal(status(`Nothing in this ${doc} requires Stratus to test the restoration of backups.`, 'backup.testing'), 'negated');
    });
  }
});
