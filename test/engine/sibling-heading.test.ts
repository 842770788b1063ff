// A clause numbered as a sibling of the heading above it ("### 4.1 Patching" then "4.2 Suppliers.")
// is a clause of its own: the heading's topic does not make it evidence (heading-hits.ts).
import { strict as assert } from 'node:assert';
import { siblingOfHeading } from '../../server/src/engine/heading-hits';
import { bundledStatus } from './matching-helpers';

describe('headings: a sibling-numbered clause is not under the heading', () => {
  it('tells siblings from children', () => {
    assert.equal(siblingOfHeading('4.2', '4.1'), true);
    assert.equal(siblingOfHeading('4.2.', '4.1'), true);
    assert.equal(siblingOfHeading('4.1.1', '4.1'), false);
    assert.equal(siblingOfHeading('5.2', '4.1'), false);
    assert.equal(siblingOfHeading('(a)', '4.1'), false);
    assert.equal(siblingOfHeading('4.2', undefined), false);
  });

  it('the heading topic does not reach a sibling clause', () => {
    const body = '### 4.1 Patching\n\nSee the patch schedule in Annex 3.\n\n4.2 **Suppliers.** The Provider shall assess the security of each supplier and software product it uses every year.\n';
    assert.equal(bundledStatus(body, 'patching.ongoing-service'), 'missing');
  });

  it('a child clause keeps the heading topic', () => {
    const body = '### 4.1 Patching\n\n4.1.1 The Provider shall apply all vendor updates to the managed servers within 14 days of release.\n';
    assert.equal(bundledStatus(body, 'patching.ongoing-service'), 'present');
  });
});
