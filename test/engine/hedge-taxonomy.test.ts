/**
 * The kinds of qualification that drafting guides list as taking the force out of a duty, each
 * tried on six requirements: efforts and aims, expectation, the obligated party's discretion, its
 * resources, time and priorities, the other party's request, an agreement still to be made, extra
 * cost, and reasonableness or practicability escapes. A hedge must read weak wherever it stands,
 * whatever the duty. Sentences written for this test (no corpus document's wording).
 */
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine/edits';
import { fixesFor } from '../../server/src/engine/fixes';
import { analyze } from '../../server/src/engine/analyze';
import { aa22, bundledStatus } from './matching-helpers';

const ACTS: Record<string, string> = {
  'patching.ongoing-service': 'apply security patches to the Customer systems it manages within fourteen days of release',
  'backup.contracted-service': 'back up the Customer Data every day',
  'mfa.provider-access': 'require multi-factor authentication for every account its personnel use to access the Customer systems',
  'privilege.least-privilege': 'limit the access of its personnel to the Customer systems to the least privilege their roles require',
  'network.segregation': 'keep the Customer environment logically separated from the environments of its other customers',
  'accounts.deprovisioning': 'disable the Customer system accounts of its personnel within one day after they leave',
};

/** One form per kind of qualification; `…` stands for the duty. */
const HEDGED = [
  // efforts, aims and expectations
  'The Provider will look to ….',
  'The Provider will act in good faith to ….',
  'The Provider is committed to trying to ….',
  'The Provider is expected to ….',
  'The Provider will consider whether to ….',
  // the obligated party's discretion
  'The Provider shall … where it deems necessary.',
  'The Provider shall … as it deems fit.',
  // its resources, time and priorities
  'The Provider shall …, subject to capacity.',
  'The Provider shall …, subject to budget approval.',
  'The Provider shall …, budget permitting.',
  'The Provider shall … when resources allow.',
  'The Provider shall … if time permits.',
  'The Provider shall … within a reasonable time, as its priorities allow.',
  // reasonableness and practicability escapes
  'The Provider shall … unless it would be unreasonable to do so.',
  'The Provider shall … except where it is impractical.',
  'The Provider shall … insofar as it is technically possible.',
  // the other party's request, an agreement still to be made, extra cost
  'The Provider shall … when asked to do so by the Customer.',
  'The Provider shall … to the extent agreed in writing.',
  'Subject to agreement on the scope, the Provider shall ….',
  'The Provider shall … as a chargeable extra.',
];

describe('hedge taxonomy: every kind of qualification reads weak on every duty', () => {
  for (const [id, act] of Object.entries(ACTS)) {
    it(`${id}: the plain duty is present and each qualified form is weak`, () => {
      assert.equal(bundledStatus(`The Provider shall ${act}.`, id), 'present');
      const wrong = HEDGED.map((form) => form.replace('…', act)).filter((s) => bundledStatus(s, id) !== 'weak');
      assert.deepEqual(wrong, []);
    });
  }
});

describe('hedge taxonomy: words that look like hedges but leave the duty firm', () => {
  it("the Customer's approval of the timing is no hedge", () => {
    assert.equal(bundledStatus('The Provider shall apply emergency security patches outside the maintenance window only if agreed by the Customer, and otherwise within fourteen days of release.', 'patching.ongoing-service'), 'present');
  });
  it('a duty at times the agreement already fixes is no hedge', () => {
    assert.equal(bundledStatus('The Provider shall back up the Customer Data every day at the times agreed in Schedule 2.', 'backup.contracted-service'), 'present');
  });
  it('people attempting to log in are what is monitored, not an effort standard', () => {
    assert.equal(bundledStatus('The Provider shall require multi-factor authentication for every person attempting to access the Customer systems on its behalf.', 'mfa.provider-access'), 'present');
  });
});

describe('hedge taxonomy: the quick fix makes an expectation a duty', () => {
  it('"is expected to" becomes "shall"', () => {
    const text = '# Managed Services Agreement\n\nNorthwind Ltd. (the "Provider") and Harbor Inc. (the "Customer") agree.\n\n## 1. Security\n\n1.1 The Provider is expected to apply security patches to the Customer systems it manages within fourteen days of release.\n';
    const result = analyze(text, { catalog: aa22(), force: true });
    const patching = result.findings.find((f) => f.requirement.id === 'patching.ongoing-service')!;
    assert.equal(patching.status, 'weak');
    const fix = fixesFor(result, patching).find((f) => f.kind === 'remove-hedge');
    assert.ok(fix, 'a remove-hedge fix');
    assert.ok(applyEdits(text, fix.edits).includes('1.1 The Provider shall apply security patches'));
  });
});
