/**
 * An amendment that deletes or disapplies a cited clause whose caption names a measure ("Sub-Clause
 * 9.4 (Backup and Restoration) is deleted", "Clause 12 (Access Rights) does not apply") releases the
 * provider from it: an express disclaimer, not a passing mention of another clause's title. Other
 * disclaimers of set 12's kinds: a measure "not part of the Provider's managed services", the
 * customer's waiver ("the Customer does not require …"), an act the provider "shall not itself" do,
 * and a definitions paragraph opened the FAR's way. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { disappliedClauses } from '../../server/src/engine/disapplied-clause';
import { termSet } from '../../server/src/engine/terms';
import { bundledStatus } from './matching-helpers';

const VERBS = termSet(['is deleted', 'are deleted', 'does not apply']);

describe('a deleted or disapplied clause named by its caption', () => {
  it('finds every caption of the clauses deleted', () => {
    const text = 'SCC Sub-Clauses 9.2 (Security Logging) and 9.3 (Log Retention) are deleted.';
    const found = disappliedClauses(text, VERBS);
    assert.deepEqual(found?.captions.map((c) => text.slice(c.start, c.end)), ['Security Logging', 'Log Retention']);
    assert.equal(found?.cue.text, 'are deleted');
  });
  it('must not: a clause that applies, is complied with, or is deleted and replaced disapplies nothing', () => {
    assert.equal(disappliedClauses('Clause 9.4 (Backups) applies to the hosted systems.', VERBS), undefined);
    assert.equal(disappliedClauses('The Provider shall comply with clause 9.4 (Backups), which is deleted from Schedule 3.', VERBS), undefined);
    assert.equal(disappliedClauses('Clause 9.4 (Backups) is deleted and replaced with the following:', VERBS), undefined);
  });

  it('negates the measure its caption names', () => {
    assert.equal(bundledStatus('Sub-Clause 9.4 (Backup and Restoration) is deleted.\n', 'backup.contracted-service'), 'negated');
    assert.equal(bundledStatus('Clause 12.3 (Separation from Other Customers) does not apply.\n', 'network.segregation'), 'negated');
    assert.equal(bundledStatus('Clause 12.5 (Access Rights of Provider Personnel) does not apply.\n', 'privilege.least-privilege'), 'negated');
  });
  it('must not: a caption cited by a duty still reads as the duty', () => {
    assert.equal(bundledStatus('Clause 12.3 (Separation from Other Customers) is deleted and replaced with: "The Provider shall keep the Customer Environment logically separated from its other customers."\n', 'network.segregation'), 'present');
  });
});

describe('other express disclaimers of set 12', () => {
  it('"not part of the Provider\'s managed services" disclaims the topic', () => {
    assert.equal(bundledStatus('Multi-factor authentication is not part of the Provider\'s managed services.\n', 'mfa.provider-access'), 'negated');
  });
  it('the customer\'s waiver releases the provider', () => {
    assert.equal(bundledStatus('The Customer does not require multi-factor authentication for Provider accounts under this Agreement.\n', 'mfa.provider-access'), 'negated');
  });
  it('must not: the customer requiring the measure still binds the provider', () => {
    assert.notEqual(bundledStatus('The Customer requires, and the Provider shall enforce, multi-factor authentication for every Provider account.\n', 'mfa.provider-access'), 'negated');
  });
  it('"shall not itself" leaves the act to someone else', () => {
    assert.equal(bundledStatus('The Provider shall give the Customer\'s IT team administrative access for that purpose and shall not itself install patches on the servers.\n', 'patching.ongoing-service'), 'negated');
    assert.equal(bundledStatus('The Provider shall forward the security logs of its devices to the Customer\'s collector and shall not itself monitor or keep them.\n', 'logging.retention'), 'negated');
  });
  it('"makes no commitment as to the security of any subcontractor" disclaims supply-chain risk management', () => {
    assert.equal(bundledStatus('The Provider makes no commitment as to the security of any subcontractor or supplier and shall not be obliged to evaluate them.\n', 'supply-chain.risk-management'), 'negated');
  });
  it('a definitions paragraph opened "As used in this clause—" defines and obliges no one', () => {
    assert.equal(bundledStatus('(a) As used in this clause— "Provider account" means any account that Provider personnel use, with multi-factor authentication or without it, to reach the Customer network.\n', 'mfa.provider-access'), 'missing');
  });
});
