/**
 * A disclaimer with an exception keeps the duty for what it excepts: "is not required to back up any
 * data other than the Customer Data" narrows the backup duty to the Customer Data; it does not
 * disclaim backup. Read as a narrowing (weak), as "save that it shall have no obligation to …" is.
 * An exception that is a condition ("except as set out in Schedule 2") is no object kept, and a
 * disclaimer without one still disclaims. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const BACKUP = 'backup.contracted-service';

describe('a disclaimer that keeps an exception narrows the duty', () => {
  it('"not required to back up any data other than …" is a narrowing, not a disclaimer', () => {
    assert.equal(bundledStatus('## Backup\n\nThe Provider is not required to back up any data other than the Customer Data held on the Production Servers.', BACKUP), 'weak');
    assert.equal(bundledStatus('## Backup\n\nThe Provider does not provide backup services except for the databases listed in the Order.', BACKUP), 'weak');
  });
  it('after a binding duty, the narrowing is reported (weak), not a disclaimer', () => {
    assert.equal(bundledStatus('## Backup\n\nThe Provider shall back up the Customer Data daily. The Provider is not required to back up any data other than the Customer Data.', BACKUP), 'weak');
  });
  it('a flow-down disclaimer that keeps the clauses it names narrows the flow-down', () => {
    const body = '## Subcontracts\n\nThe Provider shall include the substance of this clause in all subcontracts. Notwithstanding paragraph (a), the Provider is not required to flow down any clause, other than those in this paragraph, in a subcontract for commercial items.';
    assert.equal(bundledStatus(body, 'supply-chain.subcontractors'), 'weak');
  });
});

describe('look-alikes that still disclaim', () => {
  it('an exception that is a condition keeps nothing', () => {
    assert.equal(bundledStatus('## Backup\n\nThe Provider is not required to back up any data, except as set out in Schedule 2.', BACKUP), 'negated');
  });
  it('a disclaimer with no exception', () => {
    assert.equal(bundledStatus('## Backup\n\nThe Provider is not required to back up any data held on end-user devices.', BACKUP), 'negated');
  });
});

describe('a parenthetical exclusion qualifies a noun of what is disclaimed', () => {
  it('keeps the disclaimer', () => {
    const body = '## Subcontracts\n\nThe Provider shall not be required to include the substance of this clause in any subcontract for support services (excluding off-the-shelf software licences).';
    assert.equal(bundledStatus(body, 'supply-chain.subcontractors'), 'negated');
  });
});
