/**
 * Amendment agreements: the text an amendment inserts (quoted inline or block-quoted) is the
 * agreement's binding text, and a deletion that names or quotes the clause it deletes, or says
 * what it releases, takes that duty away. Tried on five requirements with sentences written for
 * this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const ITEMS: Record<string, [act: string, topic: string]> = {
  'patching.ongoing-service': ['apply vendor security patches to the Customer systems within fourteen days of release', 'install security patches on the Customer systems'],
  'backup.contracted-service': ['back up all Customer Data every day and keep the copies at a second site', 'back up the Customer Data'],
  'mfa.provider-access': ['require multi-factor authentication for all remote access by its personnel to the Customer systems', 'use multi-factor authentication for its remote access to the Customer systems'],
  'accounts.deprovisioning': ['disable the accounts of its departing personnel within one business day', 'disable the accounts of its departing personnel'],
  'logging.retention': ['retain security logs for at least twelve months', 'retain security logs'],
};

const HEAD = '# Amendment No. 2\n\nThis Amendment is between Northwind Managed IT Ltd. (the "Provider") and Harbor Bank plc (the "Customer") and amends the Managed Services Agreement between them.\n\nWith effect from the Amendment Date the Agreement is amended as follows:\n\n';

function wrong(body: (act: string, topic: string) => string, expected: string[]): string[] {
  return Object.entries(ITEMS)
    .map(([id, [act, topic]]) => [id, bundledStatus(body(act, topic), id, HEAD)] as const)
    .filter(([, got]) => !expected.includes(got))
    .map(([id, got]) => `${id}=${got}`);
}

describe('amendments: inserted text binds', () => {
  it('"Clause N is deleted and replaced with:" over a block quote reads the quote as the clause', () => {
    assert.deepEqual(wrong((act) => `1. Clause 14.2 is deleted and replaced with:\n\n> "14.2 The Provider shall ${act}."\n`, ['present']), []);
  });
  it('the replacing text quoted inline in the same sentence', () => {
    assert.deepEqual(wrong((act) => `1. Clause 14.2 is deleted and replaced with the following: "14.2 The Provider shall ${act}."\n`, ['present']), []);
  });
  it('"the following new Clause 21A is inserted after Clause 21:" binds the inserted clause', () => {
    assert.deepEqual(wrong((act) => `2. The following new Clause 21A is inserted after Clause 21:\n\n> "21A Security\n>\n> 21A.1 The Provider shall ${act}."\n`, ['present']), []);
  });
});

describe('amendments: a deletion that says what it releases', () => {
  it('"Clause N is deleted, so that the Provider is no longer required to …"', () => {
    assert.deepEqual(wrong((_act, topic) => `1. Clause 14.2 is deleted, so that the Provider is no longer required to ${topic}.\n`, ['negated']), []);
  });
  it('"Clause N is deleted. The Provider is accordingly released from any obligation to …"', () => {
    assert.deepEqual(wrong((_act, topic) => `1. Clause 16.4 is deleted. The Provider is accordingly released from any obligation to ${topic}.\n`, ['negated']), []);
  });
});

describe('amendments: must not read as a release', () => {
  it('a deleted clause replaced by a stronger duty stays present', () => {
    assert.deepEqual(wrong((act) => `1. Clause 9.4 is deleted and replaced with:\n\n> "9.4 The Provider shall ${act}, and shall report monthly on it."\n`, ['present']), []);
  });
  it('a deletion of an unrelated clause beside a binding duty leaves the duty', () => {
    assert.deepEqual(wrong((act) => `1. Clause 3.2 (Invoicing) is deleted.\n\n2. The following new Clause 14.3 is inserted after Clause 14.2:\n\n> "14.3 The Provider shall ${act}."\n`, ['present']), []);
  });
});
