/** A company's name is no statement about what it does (entity-names.ts). Sentences written for this test. */
import assert from 'node:assert/strict';
import { entityNames } from '../../server/src/engine/entity-names';
import { bundledStatus } from './matching-helpers';

describe('entity names', () => {
  it('finds capitalised names that end in a company form, and nothing else', () => {
    const text = 'Skerries Backup Services Ltd and Northgate Patch Management Inc. are sub-processors; access is limited to named staff.';
    assert.deepEqual(entityNames(text).map((s) => text.slice(s.start, s.end)), ['Skerries Backup Services Ltd', 'Northgate Patch Management Inc.']);
    assert.deepEqual(entityNames('Access is limited to the least privilege its role requires.'), []);
  });
  it("a requirement's words inside a company's name are no evidence", () => {
    assert.equal(bundledStatus('| Skerries Backup Services Ltd | secondary site storage | Cork |', 'backup.contracted-service'), 'missing');
    assert.equal(bundledStatus('The Provider uses Northgate Patch Management Inc. as its sub-processor for desktop support.', 'patching.ongoing-service'), 'missing');
  });
  it('the same words outside the name still count', () => {
    assert.equal(bundledStatus('The Provider shall back up the Customer Data every day using Skerries Backup Services Ltd as its sub-processor.', 'backup.contracted-service'), 'present');
  });
});

describe('out-of-scope requirements: "retain" alone keeps records, it retains no responsibility', () => {
  it('a duty to retain logs under a security requirements heading is no statement of retained requirements', () => {
    assert.equal(bundledStatus('## B.3 Security Requirements\n\nB.3.2 The Provider must retain security audit logs for a minimum of one (1) year.', 'transparency.out-of-scope-requirements'), 'missing');
  });
  it('security requirements retained by the Customer still count', () => {
    assert.notEqual(bundledStatus('Any security requirements not covered by this Agreement are retained by the Customer, which shall meet them itself.', 'transparency.out-of-scope-requirements'), 'missing');
  });
});
