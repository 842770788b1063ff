// Agile statements of work (binding-description.ts, lexicon `serviceDescriptions`): a clause that
// makes every Committed story a contractual requirement binds the present-tense "Then …" of its
// acceptance criteria; a criterion in which the customer acts is the customer's part; a story
// whose status is Backlog, Parked or Withdrawn binds no one, and a criterion labelled
// "Not committed: …" says the measure is not committed to.
import { strict as assert } from 'node:assert';
import { itReadsWithPack, packCopyStatus } from './house-pack';
import { bundledStatus } from './matching-helpers';

const TERMS = '## 1. Terms\n\n1.1 Each story in section 2 marked **Status: Committed** is a contractual requirement. The Provider shall meet every acceptance criterion of each Committed story.\n\n';
const STORIES = '## 2. Stories\n\n';
const story = (status: string, criterion: string): string =>
  `**ST-7 (Status: ${status})** As the Customer's operations lead, I need our servers recoverable after an outage, so that trading resumes quickly.\n- ${criterion}\n`;
const BACKUP = 'backup.contracted-service';
const PATCHING = 'patching.ongoing-service';

describe('user stories under a binding declaration', () => {
  it('"Then the Provider copies …" in a Committed story is the provider’s duty', () => {
    const body = TERMS + STORIES + story('Committed', 'Given a business day closes, When the last batch job finishes, Then the Provider copies every Customer server to a backup site in another region.');
    assert.equal(bundledStatus(body, BACKUP), 'present');
  });

  it('a criterion in the present perfect ("Then the Provider has applied …") binds as well', () => {
    const body = TERMS + STORIES + story('Committed', 'Given a vendor publishes a security patch, When ten days have passed, Then the Provider has applied the patch to every Customer server.');
    assert.equal(bundledStatus(body, PATCHING), 'present');
  });

  it('must not fire: the same story without the declaration only describes', () => {
    const body = STORIES + story('Committed', 'Given a business day closes, When the last batch job finishes, Then the Provider copies every Customer server to a backup site in another region.');
    assert.equal(bundledStatus(body, BACKUP), 'weak');
  });

  it('must not fire: a declaration that says the stories are not contractual requirements', () => {
    const denied = '## 1. Terms\n\n1.1 The stories in section 2 are not contractual requirements; they guide planning only.\n\n';
    const body = denied + STORIES + story('Committed', 'Given a business day closes, When the last batch job finishes, Then the Provider copies every Customer server to a backup site in another region.');
    assert.equal(bundledStatus(body, BACKUP), 'weak');
  });

  it('must not fire: a criterion that only says what the provider can do', () => {
    const body = TERMS + STORIES + story('Committed', 'Given a business day closes, When the Customer asks, Then the Provider can copy the Customer servers to a backup site.');
    assert.notEqual(bundledStatus(body, BACKUP), 'present');
  });

  it('a Committed criterion in which the customer acts is the customer’s part, not the provider’s duty', () => {
    const body = TERMS + STORIES + story('Committed', 'Given a business day closes, When the last batch job finishes, Then the Customer copies its own servers to a backup site it rents.');
    assert.equal(bundledStatus(body, BACKUP), 'wrong-party');
  });

  it('a Backlog story binds no one, even in the provider’s present tense', () => {
    const body = TERMS + STORIES + story('Backlog', 'Given a business day closes, When the last batch job finishes, Then the Provider copies every Customer server to a backup site in another region.');
    assert.notEqual(bundledStatus(body, BACKUP), 'present');
  });

  it('"Not committed: …" on a parked story reads as the measure not committed to', () => {
    const body = TERMS + STORIES + story('Parked', 'Not committed: the Provider keeps backup copies only as long as its storage tool holds them by default.');
    assert.equal(bundledStatus(body, BACKUP), 'negated');
  });

  it('"Withdrawn at signature: …" with a date and a reason before its colon is the same label', () => {
    const body = TERMS + STORIES + story('Withdrawn', 'Withdrawn at signature on 2 March 2027 by both leads: the Provider keeps backup copies only as its storage tool does by default.');
    assert.equal(bundledStatus(body, BACKUP), 'negated');
  });

  it('must not fire: a label without a binding declaration is left to the ordinary reading', () => {
    const body = STORIES + story('Parked', 'Not committed: the Provider keeps backup copies only as long as its storage tool holds them by default.');
    assert.notEqual(bundledStatus(body, BACKUP), 'negated');
  });

  itReadsWithPack(
    [
      {
        name: 'a status that is not committed',
        pack: 'serviceDescriptions:\n  uncommitted: [on hold]\n',
        body: TERMS + STORIES + story('Committed', 'On hold until phase two: the Provider keeps backup copies only as long as its storage tool holds them by default.'),
        bundled: 'present',
        withPack: 'negated',
      },
    ],
    (lexicon, body) => packCopyStatus(lexicon, body, BACKUP),
  );
});
