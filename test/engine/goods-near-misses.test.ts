/**
 * Supply and manufacturing contracts use the words of patching for goods: "repair the Defective
 * Products", "an end-of-life notice for a Component … a last time buy". Neither is a software or
 * device update duty. The same words about software stay evidence. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

describe('patching words used of goods', () => {
  it('fixing defective products is a goods warranty, not patching', () => {
    assert.equal(bundledStatus('## Failures\n\nThe Supplier shall propose an action plan to fix the failure of the affected Units and repair the Defective Units within five days.', 'patching.ongoing-service'), 'missing');
  });
  it('fixing defects in software stays patching evidence', () => {
    assert.equal(bundledStatus('## Maintenance\n\nThe Provider shall fix defects in the software it manages within 30 days of their discovery.', 'patching.ongoing-service'), 'present');
  });
  it("a maker's end-of-life notice for a part is a supply term", () => {
    for (const body of [
      '## Parts\n\nIf the Supplier receives an end-of-life notice for a Component, the Supplier shall make a last time buy of that Component in the quantity the Customer specifies.',
      '## Parts\n\nWhere a maker discontinues a part or issues an end of life notice, the Supplier shall notify the Customer within ten days.',
    ]) assert.equal(bundledStatus(body, 'patching.end-of-life'), 'missing', body);
  });
  it('end of life of software and systems stays evidence', () => {
    for (const body of [
      '## Lifecycle\n\nThe Provider shall notify the Customer six months before any operating system in the Customer Environment reaches end of life.',
      '## Lifecycle\n\nWhere a vendor discontinues security updates for software, the Provider shall treat it as end-of-life and propose its replacement.',
    ]) assert.equal(bundledStatus(body, 'patching.end-of-life'), 'present', body);
  });
});
