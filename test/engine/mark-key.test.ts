import { strict as assert } from 'node:assert';
import { bundledLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { keyInitials, spelledHeader } from '../../server/src/engine/mark-key';
import { bundledStatus } from './matching-helpers';

/** A responsibility matrix with initials for the parties, under a key that may or may not bind marks. */
function matrix(key: string, row: string): string {
  return [
    '## 2. Reading the matrix',
    '',
    key,
    '',
    '## 9. Allocation of activities',
    '',
    'Legend: PR = Provider; CU = Customer.',
    '',
    '| Ref | Activity | PR | CU |',
    '|---|---|---|---|',
    '| 9.1 | Renew the office lease and pay the landlord | | X |',
    row,
    '',
  ].join('\n');
}

const BINDS = 'A tick in a party\'s column indicates that this party must carry out the activity as written; a blank cell means the party has no role.';
const DESCRIBES = 'The matrix below is for planning and shows who usually does the work.';

describe('a responsibility matrix whose key says a mark binds (mark-key.ts)', () => {
  it('spells out the initials a key gives for the column heads', () => {
    const initials = keyInitials('Legend: NW = Northwind; HB = Harbor Bank.', bundledLexicon().markKeys);
    assert.equal(initials.get('HB'), 'Harbor Bank');
    assert.equal(spelledHeader('Ref | Activity | NW | HB', initials), 'Ref | Activity | Northwind | Harbor Bank');
  });

  it('binds the provider to an imperative row marked in its column', () => {
    const row = '| 9.2 | Apply vendor security patches to all servers within ten days of release | ✓ | |';
    assert.equal(bundledStatus(matrix(BINDS, row), 'patching.ongoing-service'), 'present');
  });

  it('keeps a hedge in a marked row: the key binds the row as written', () => {
    const row = '| 9.2 | Apply vendor security patches to servers on a best-effort basis, where resources allow | ✓ | |';
    assert.equal(bundledStatus(matrix(BINDS, row), 'patching.ongoing-service'), 'weak');
  });

  it('leaves the same row a description when the key only says who usually works', () => {
    const row = '| 9.2 | Apply vendor security patches to all servers within ten days of release | ✓ | |';
    assert.notEqual(bundledStatus(matrix(DESCRIBES, row), 'patching.ongoing-service'), 'present');
  });

  it('gives the row to the customer when only the customer column is marked', () => {
    const row = '| 9.2 | Apply vendor security patches to all servers within ten days of release | | ✓ |';
    assert.equal(bundledStatus(matrix(BINDS, row), 'patching.ongoing-service'), 'wrong-party');
  });

  it('reads a row marked for no party as no one\'s duty under a binding key', () => {
    const row = '| 9.2 | Apply vendor security patches to all servers within ten days of release | | |';
    assert.equal(bundledStatus(matrix(BINDS, row), 'patching.ongoing-service'), 'negated');
  });
});
