// Compliance matrices of tenders (compliance-matrix.ts): the Response cell of a row decides how far
// its Requirement cell binds; the explanation of a partial answer is the measure of the undertaking.
import { strict as assert } from 'node:assert';
import { complianceAnswer } from '../../server/src/engine/compliance-matrix';
import { bundledStatus } from './matching-helpers';

const HEAD = '| Ref | Requirement | Response | Explanation |\n|---|---|---|---|\n';
const BACKUP_ASK = 'The Provider must back up all Customer servers every day.';

describe('compliance matrix: the response cell decides the requirement cell', () => {
  it('recognises the usual answers', () => {
    assert.equal(complianceAnswer('Comply'), 'full');
    assert.equal(complianceAnswer('Will comply'), 'full');
    assert.equal(complianceAnswer('Fully compliant'), 'full');
    assert.equal(complianceAnswer('Partially comply'), 'partial');
    assert.equal(complianceAnswer('Partial'), 'partial');
    assert.equal(complianceAnswer('Does not comply'), 'none');
    assert.equal(complianceAnswer('Non-compliant'), 'none');
    assert.equal(complianceAnswer('Will not comply'), 'none');
    assert.equal(complianceAnswer('See note 4'), undefined);
  });

  it('a "Comply" row binds the requirement as written', () => {
    const body = `${HEAD}| B-1 | ${BACKUP_ASK} | Comply | Nightly copies go to a second data centre. |\n`;
    assert.equal(bundledStatus(body, 'backup.contracted-service'), 'present');
  });

  it('a "Partially comply" row binds no more than its explanation: weak', () => {
    const body = `${HEAD}| B-1 | ${BACKUP_ASK} | Partially comply | Copies are taken on weekdays only. |\n`;
    assert.equal(bundledStatus(body, 'backup.contracted-service'), 'weak');
  });

  it('a "Does not comply" row refuses the requirement: negated', () => {
    const body = `${HEAD}| B-1 | ${BACKUP_ASK} | Does not comply | Not part of our offer. |\n`;
    assert.equal(bundledStatus(body, 'backup.contracted-service'), 'negated');
  });

  it('an explanation that leaves a partially met duty to the buyer decides it', () => {
    const body = `${HEAD}| B-1 | ${BACKUP_ASK} | Partially comply | The Customer backs up its own servers with its own software; the Provider does not back them up. |\n`;
    assert.ok(['wrong-party', 'negated'].includes(bundledStatus(body, 'backup.contracted-service')));
  });

  it('must not fire: a table without a response column reads its rows as before', () => {
    const body = `| Ref | Requirement | Notes |\n|---|---|---|\n| B-1 | ${BACKUP_ASK} | Partially comply |\n`;
    assert.equal(bundledStatus(body, 'backup.contracted-service'), 'present');
  });

  it('must not fire: an unrecognised answer leaves the row alone', () => {
    const body = `${HEAD}| B-1 | ${BACKUP_ASK} | See clause 9 | Copies are kept for a month. |\n`;
    assert.equal(bundledStatus(body, 'backup.contracted-service'), 'present');
  });
});

describe('tender words for the provider', () => {
  it('"the Proponent" answers for the provider side without a definition', () => {
    assert.equal(bundledStatus('The Proponent shall back up all Customer servers every day.', 'backup.contracted-service'), 'present');
    assert.equal(bundledStatus('The Tenderer shall back up all Customer servers every day.', 'backup.contracted-service'), 'present');
  });
});

describe('hedges (set 6 causes, lexicon data)', () => {
  it('a duty done when convenient or at a frequency the provider thinks enough is hedged', () => {
    assert.equal(bundledStatus('The Provider shall back up all Customer servers where operationally convenient.', 'backup.contracted-service'), 'weak');
    assert.equal(bundledStatus('The Provider shall back up all Customer servers at a frequency it considers adequate.', 'backup.contracted-service'), 'weak');
    assert.equal(bundledStatus('The Provider shall back up all Customer servers when it has spare capacity.', 'backup.contracted-service'), 'weak');
  });

  it('must not fire: the plain duty stays present', () => {
    assert.equal(bundledStatus('The Provider shall back up all Customer servers every day.', 'backup.contracted-service'), 'present');
  });
});
