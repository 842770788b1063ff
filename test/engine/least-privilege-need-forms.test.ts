// Least privilege written as the need of a task (NIST SP 800-53 AC-6 "necessary to accomplish
// assigned tasks", SP 800-171 3.1.5, ISM-1508 "limited to only what is required for users … to
// undertake their duties"): a contract limits a person's privileges to those "necessary for" or
// "needed for" the person's tasks, names whose privileges they are ("each engineer's privileges",
// "the privileges of its personnel"), or says who decides "which administrative rights" a person
// receives. Every sentence here is written for this test.
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

const ID = 'privilege.least-privilege';

describe('least privilege: privileges limited to what a task needs', () => {
  for (const sentence of [
    "The Provider shall confine each administrator to the privileges necessary for the administrator's assigned duties.",
    'The Provider shall restrict the privileged access of each analyst to the tools that the analyst needs for assigned work.',
    "The Provider shall limit each technician's administrative privileges to those the technician's open tickets require.",
    'The Provider shall grant its support staff only the access rights needed for their duties.',
    "The Provider shall adjust each operator's privileges on the day the operator's role changes.",
    'The Provider shall agree with the Customer which administrative rights each member of the Provider Personnel receives.',
    'The Provider shall restrict the administrative privileges of its personnel to the Customer systems they support.',
  ]) {
    it(`present: ${sentence}`, () => assert.equal(bundledStatus(sentence, ID), 'present'));
  }

  it('an express refusal in the same words is negated', () => {
    assert.equal(bundledStatus("The Provider is not obliged to restrict or review any engineer's privileges.", ID), 'negated');
    assert.equal(bundledStatus('The Provider need not limit the administrative privileges of its personnel.', ID), 'negated');
  });

  it('the Customer deciding the privileges of provider staff is not the Provider\'s duty', () => {
    const moved = 'The Customer shall decide which administrative rights each Provider engineer holds, and the Provider does not limit them.';
    assert.notEqual(bundledStatus(moved, ID), 'present');
    assert.notEqual(bundledStatus(moved, ID), 'missing');
  });

  it('look-alikes in other senses are no evidence', () => {
    for (const sentence of [
      'The Customer shall give the Provider the access necessary for the Provider to perform the Services.',
      'Each engineer assigned to the Customer shall have the skills needed for assigned tasks.',
      'Nothing in this Agreement limits the legal professional privilege of either party.',
      'The Provider shall decide which rights the Customer receives under the software licence.',
      "The Provider shall respect each patient's privileges under the clinic's visiting policy.",
    ]) {
      assert.equal(bundledStatus(sentence, ID), 'missing', sentence);
    }
  });
});

// The document said not to require the duty of the provider ("this Schedule does not require the
// Provider to …") is an express disclaimer, whatever the duty.
describe('"does not require the Provider to" disclaims the duty', () => {
  for (const [sentence, id] of [
    ['This Schedule does not require the Provider to back up Customer Data held on laptops.', 'backup.contracted-service'],
    ['The Contract does not oblige the Provider to install security patches on the Customer systems.', 'patching.ongoing-service'],
    ['This Agreement does not require the Provider to use multi-factor authentication for its remote access accounts.', 'mfa.provider-access'],
    ["The Provider's engineers share one administrator login, and this Agreement does not require the Provider to restrict any engineer's privileges.", ID],
  ] as const) {
    it(`negated: ${sentence}`, () => assert.equal(bundledStatus(sentence, id), 'negated'));
  }

  it('a requirement put on the Customer by the same words is not a disclaimer of the Provider', () => {
    assert.equal(bundledStatus('The Provider shall back up Customer Data daily and does not require the Customer to keep copies.', 'backup.contracted-service'), 'present');
  });
});

describe('least privilege: a class of access named "limited privileged access" is not a limit', () => {
  it('screening the staff who hold limited privileged access is personnel screening', () => {
    assert.equal(bundledStatus('The Provider shall screen all personnel requiring privileged access or limited privileged access to the Customer systems.', ID), 'missing');
  });
});

// Plain forms of AA22-131A's "time-based privileges" and of tiered administration (NIST AC-6,
// ISM-1508 "limited to only what is required"): privileges for the duration of a task, tiers of
// administration, the lowest level of privilege.
describe('least privilege: plain forms of time-bound and tiered administration', () => {
  for (const sentence of [
    'The Provider shall grant administrative rights only for the duration of each task.',
    'The Provider shall separate administration into tiers so that a workstation administrator cannot sign in to a domain controller.',
    'The Provider shall give each engineer the lowest level of privilege needed to do the work.',
    'Administrative privileges of Provider engineers shall be time-limited and granted per task.',
  ]) {
    it(`present: ${sentence}`, () => assert.equal(bundledStatus(sentence, ID), 'present'));
  }

  it('the same words about other things are no evidence', () => {
    for (const sentence of [
      'The Provider shall keep an engineer on site for the duration of each task.',
      'The Provider shall offer its support plans in three price tiers.',
      'Discount codes are time-limited and valid for one order.',
    ]) {
      assert.equal(bundledStatus(sentence, ID), 'missing', sentence);
    }
  });
});

// HIPAA access authorization (45 C.F.R. 164.308(a)(4)) in a contract's words: access and
// privileges granted "only to the minimum extent necessary", policies for granting access,
// restricting "their privileges"; the same limit on processing data is purpose limitation.
describe('least privilege: access authorization wording', () => {
  for (const sentence of [
    'The Provider shall give each engineer access to Customer systems only to the minimum extent necessary for the engineer\'s duties.',
    'The Provider shall implement policies for granting its staff access to patient data.',
    'The Provider shall restrict and review their privileges every quarter.',
  ]) {
    it(`present: ${sentence}`, () => assert.equal(bundledStatus(sentence, ID), 'present'));
  }

  it('processing data to the minimum extent necessary is no evidence', () => {
    assert.equal(bundledStatus('The Provider shall process personal data only to the minimum extent necessary to perform the Services.', ID), 'missing');
  });
});
