/**
 * Which clause decides a requirement's status (decide.ts): the clause under the topic's own
 * heading over a passing mention elsewhere, an operative clause over a present-tense statement
 * of its own section, and a shared duty that the customer alone takes on. Sentences written for
 * these tests.
 */
import { strict as assert } from 'node:assert';
import { BACKUP, findingOf, req, run } from './matching-helpers';

const NOTICE = req({ id: 't.notice', heading: 'incident-response', detect: [['incident'], ['notify', 'notice']] });
const REVIEW = req({ id: 't.review', party: 'both', heading: 'transparency', detect: [['audit', 'audited', 'review']] });

describe('the clause that deals with the topic decides', () => {
  it('a hedged clause under the Backups heading is not lifted by a firm mention in another section', () => {
    const body = [
      '## 3. Records',
      '',
      'The Provider shall keep each invoice, and its backup copy, for seven years.',
      '',
      '## 7. Backups',
      '',
      'The Provider shall, where possible, back up the Customer Data every night.',
    ].join('\n');
    const f = findingOf(run(body, [BACKUP]), 't.backup');
    assert.equal(f.status, 'weak');
    assert.match(f.evidence[0]!.text, /where possible/);
    assert.match(f.decision ?? '', /heading that names the topic decides; line \d+ only mentions it elsewhere \(assumed/);
  });

  it('without a heading that names the topic, the best evidence still decides', () => {
    const body = ['## 3. Records', '', 'The Provider shall keep each invoice, and its backup copy, for seven years.', '', '## 7. Operations', '', 'The Provider shall, where possible, back up the Customer Data every night.'].join('\n');
    assert.equal(findingOf(run(body, [BACKUP]), 't.backup').status, 'present');
  });

  it('a description under the heading does not outrank a duty elsewhere', () => {
    const body = ['## 2. Hosting', '', 'The Provider shall back up the hosted systems every night.', '', '## 8. Backups', '', 'Describe the backup arrangements in the annual report.'].join('\n');
    assert.equal(findingOf(run(body, [BACKUP]), 't.backup').status, 'present');
  });

  it('a permission under the heading does not outrank a duty elsewhere', () => {
    const body = ['## 2. Hosting', '', 'The Provider shall back up the hosted systems every night.', '', '## 8. Backups', '', 'The Customer may keep a backup copy of its own exports.'].join('\n');
    assert.equal(findingOf(run(body, [BACKUP]), 't.backup').status, 'present');
  });
});

describe('an operative clause governs the statements of its section', () => {
  it('a present-tense elaboration does not lift a hedged notification duty', () => {
    const body = [
      '## 6. Incident notice',
      '',
      'The Provider shall, where possible, notify the Customer of a security incident within one day. This notice is required even before the cause of the incident is known.',
    ].join('\n');
    const f = findingOf(run(body, [NOTICE]), 't.notice');
    assert.equal(f.status, 'weak');
    assert.match(f.evidence[0]!.text, /where possible/);
  });

  it('a present-tense statement alone still states the requirement', () => {
    const body = '## 6. Incident notice\n\nEvery security incident is notified to the Customer within one day.';
    assert.equal(findingOf(run(body, [NOTICE]), 't.notice').status, 'present');
  });

  it('a hedged statement is no operative clause: the firm statement beside it stands', () => {
    const body = '## 4. Backups\n\nTo the extent possible, backups are taken before each upgrade. Backups are kept for ninety days.';
    assert.equal(findingOf(run(body, [BACKUP]), 't.backup').status, 'present');
  });

  it('a statement in another section is not governed by the hedged clause', () => {
    const body = [
      '## 6. Incident notice',
      '',
      'The Provider shall, where possible, notify the Customer of a security incident within one day.',
      '',
      '## 9. Incident records',
      '',
      'Notice of every security incident is given to the Customer within one day.',
    ].join('\n');
    assert.equal(findingOf(run(body, [NOTICE]), 't.notice').status, 'present');
  });
});

describe('an impersonal sentence follows the party its section obliges', () => {
  const PATCH = req({ id: 't.patch', heading: 'updates', detect: [['patch', 'patches', 'patching']] });

  it('in a section that puts patching on the customer, "patches must be installed" is the customer\'s duty too', () => {
    const body = '## 5. Maintenance\n\nThe Customer shall install vendor patches on its own servers. Patches must be installed within fourteen days of release.';
    assert.equal(findingOf(run(body, [PATCH]), 't.patch').status, 'wrong-party');
  });

  it('with no party named on the topic, the impersonal duty is the provider\'s', () => {
    const body = '## 5. Maintenance\n\nThe Customer shall report faults to the service desk. Patches must be installed within fourteen days of release.';
    assert.equal(findingOf(run(body, [PATCH]), 't.patch').status, 'present');
  });

  it('a provider clause in the same section keeps the impersonal duty on the provider', () => {
    const body = '## 5. Maintenance\n\nThe Customer shall install patches on its own laptops. The Provider shall install patches on the servers. Patches must be installed within fourteen days.';
    assert.equal(findingOf(run(body, [PATCH]), 't.patch').status, 'present');
  });
});

describe('a duty of both parties that the customer alone takes on', () => {
  it('the customer auditing its own operations is put on the wrong party', () => {
    const f = findingOf(run('The Customer shall have its own operations audited by independent auditors each year.', [REVIEW]), 't.review');
    assert.equal(f.status, 'wrong-party');
    assert.match(f.evidence[0]!.reason, /only the Customer takes it on/);
  });

  it('the customer auditing the provider is oversight and stays present', () => {
    assert.equal(findingOf(run("The Customer shall audit the Provider's security controls each year.", [REVIEW]), 't.review').status, 'present');
  });

  it('both parties, each, or the provider taking it on is present', () => {
    assert.equal(findingOf(run('The Parties shall review the security terms each year.', [REVIEW]), 't.review').status, 'present');
    assert.equal(findingOf(run('The Provider shall have its controls audited each year.', [REVIEW]), 't.review').status, 'present');
    assert.equal(findingOf(run('The Provider and the Customer shall each have their controls audited each year.', [REVIEW]), 't.review').status, 'present');
  });
});

describe('sentences that oblige no one are no evidence', () => {
  const evidenceOf = (sentence: string): number => findingOf(run(sentence, [BACKUP]), 't.backup').evidence.length;

  it('a definition that borrows its meaning or is scoped to the clause', () => {
    assert.equal(evidenceOf('“Hosting Partner” will have the meaning given in the Master Agreement for a company that keeps backups for the Provider.'), 0);
    assert.equal(evidenceOf('“Backup window,” as used in this clause, means the hours in which backups run.'), 0);
  });

  it('a definition by reference ("where reference is made to …, this means …")', () => {
    assert.equal(evidenceOf('Where reference is made to the recovery site, this means the backup facility in Leeds.'), 0);
  });

  it('a list of clause titles (a table of contents)', () => {
    assert.equal(evidenceOf('CONTENTS 4.1 Fees 4.2 Data Backup 4.3 Termination 4.4 Notices'), 0);
  });

  it('the duty itself still counts', () => {
    assert.equal(evidenceOf('The Provider shall back up the hosted systems every night.'), 1);
    assert.equal(evidenceOf('4.2 Data Backup. The Provider shall back up the hosted systems every night.'), 1);
  });
});

describe('the hover says why a clause decided', () => {
  it('names the elaboration it passed over', () => {
    const body = '## 6. Incident notice\n\nThe Provider shall, where possible, notify the Customer of a security incident within one day. This notice is required even before the cause of the incident is known.';
    const f = findingOf(run(body, [NOTICE]), 't.notice');
    assert.match(f.decision ?? '', /binds a named party decides for its section; line \d+ only describes it in the present tense/);
  });
});

describe('a customer duty beside the provider duty of its section', () => {
  it('splits the work: the provider duty stands, with no conflict', () => {
    const body = '## 9. Backups\n\n9.1 The Provider shall back up all Customer Data on the managed servers every day.\n\n9.2 The Customer shall back up the data held on its own laptops.';
    const f = findingOf(run(body, [BACKUP]), 't.backup');
    assert.equal(f.status, 'present');
    assert.equal(f.conflict, undefined);
  });

  it('alone under the heading, it still moves the duty to the customer', () => {
    const body = '## 9. Backups\n\n9.1 The Customer shall back up all Customer Data every day.';
    assert.equal(findingOf(run(body, [BACKUP]), 't.backup').status, 'wrong-party');
  });

  it('an express disclaimer beside the binding clause still overrides it', () => {
    const body = '## 9. Backups\n\n9.1 The Provider shall back up all Customer Data every day.\n\n9.2 The Provider is not required to back up the data held on the managed servers.';
    assert.equal(findingOf(run(body, [BACKUP]), 't.backup').status, 'negated');
  });
});
