/**
 * RACI matrices: a table whose columns are the parties and whose cells hold Responsible /
 * Accountable / Consulted / Informed letters. The party holding R (or A where no party holds R)
 * does the row. Tried on five requirements with rows written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const ROWS: Record<string, string> = {
  'patching.ongoing-service': 'Install vendor security patches on the Customer servers within fourteen days',
  'backup.contracted-service': 'Back up the Customer file shares every night',
  'mfa.provider-access': 'Require multi-factor authentication for all remote access by Provider staff to the Customer systems',
  'accounts.deprovisioning': 'Disable the accounts of departing staff on their last day',
  'logging.retention': 'Retain security logs for twelve months',
};

const KEY = 'R = Responsible (does the work), A = Accountable, C = Consulted, I = Informed.\n\n';

/** The requirements (with what they got) for which the matrix row `[provider, customer]` does not read as one of `expected`. */
function wrong(cells: [provider: string, customer: string], expected: string[], header = 'Activity | Provider | Customer'): string[] {
  return Object.entries(ROWS)
    .map(([id, row]) => {
      const body = `## 4. Responsibilities\n\n${KEY}| ${header} |\n|---|---|---|\n| ${row} | ${cells[0]} | ${cells[1]} |\n| Approve the annual budget | I | R, A |\n`;
      return [id, bundledStatus(body, id)] as const;
    })
    .filter(([, got]) => !expected.includes(got))
    .map(([id, got]) => `${id}=${got}`);
}

describe('RACI matrices: the party holding R does the row', () => {
  it('R (with or without A) under the customer column alone puts the row on the customer', () => {
    assert.deepEqual(wrong(['I', 'R, A'], ['wrong-party']), []);
    assert.deepEqual(wrong(['C', 'R/A'], ['wrong-party']), []);
    assert.deepEqual(wrong(['C, I', 'A/R'], ['wrong-party']), []);
    assert.deepEqual(wrong(['Informed', 'Responsible, Accountable'], ['wrong-party']), []);
  });
  it('columns named by team or by the parties the other way round read the same', () => {
    assert.deepEqual(wrong(['R, A', 'I'], ['wrong-party'], 'Activity | Customer IT team | Provider'), []);
  });
  it('A alone with the customer, where no party holds R, makes the customer the doer', () => {
    assert.deepEqual(wrong(['C', 'A'], ['wrong-party']), []);
  });
});

describe('RACI matrices: must not put the row on the customer', () => {
  it('R with the provider (the customer accountable, consulted or informed) is the usual table row', () => {
    assert.deepEqual(wrong(['R, A', 'I'], ['weak', 'present']), []);
    assert.deepEqual(wrong(['R', 'A'], ['weak', 'present']), []);
    assert.deepEqual(wrong(['R', 'R, A'], ['weak', 'present']), []);
  });
  it('a customer merely consulted or informed does not do the row', () => {
    assert.deepEqual(wrong(['', 'I'], ['weak', 'present']), []);
    assert.deepEqual(wrong(['', 'C, I'], ['weak', 'present']), []);
  });
  it('letters under columns that are not parties decide nothing', () => {
    assert.deepEqual(wrong(['R', 'A'], ['weak', 'present'], 'Activity | Priority | Grade'), []);
  });
});

describe('RACI matrices: a duty both parties carry', () => {
  it('a row the customer does is not the wrong party for roles allocated', () => {
    const body = `## 4. Responsibilities\n\n${KEY}| Activity | Provider | Customer |\n|---|---|---|\n| Security roles and responsibilities for physical security of the Customer premises | I | R, A |\n`;
    assert.notEqual(bundledStatus(body, 'transparency.roles-responsibilities'), 'wrong-party');
  });
});
