/**
 * Statements of work list what the contractor owes under a "Deliverables" heading, often as bare
 * imperatives ("Provide the monthly scan results"). Such an instruction is a duty of the provider,
 * as under a "The Contractor shall:" lead-in; elsewhere an imperative stays a description.
 * Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus, MSA_PREAMBLE } from './matching-helpers';

const under = (heading: string, body: string): string => `${MSA_PREAMBLE}## 4. Security Services\n\n### ${heading}\n\n#### Patch Report\n\n${body}\n`;
const PATCH = 'Apply critical security patches to all managed servers within 14 days of release and report the patch status each month.';

describe('deliverables: an imperative under a Deliverables heading instructs the provider', () => {
  it('reads an imperative under "Deliverables to be provided monthly" as a duty', () => {
    assert.equal(bundledStatus(under('Deliverables to be provided to the Customer monthly', PATCH), 'patching.ongoing-service', ''), 'present');
  });
  it('reads it under a bold "Deliverables" title too', () => {
    assert.equal(bundledStatus(`${MSA_PREAMBLE}**Deliverables**\n\n${PATCH}\n`, 'patching.ongoing-service', ''), 'present');
  });
  it('leaves the same imperative under another heading a description', () => {
    assert.equal(bundledStatus(under('Questions for offerors', PATCH), 'patching.ongoing-service', ''), 'weak');
  });
  it('does not read a heading that says there are no deliverables', () => {
    assert.equal(bundledStatus(under('No deliverables are due under this task', PATCH), 'patching.ongoing-service', ''), 'weak');
  });
  it('keeps a hedge in the instruction', () => {
    assert.equal(bundledStatus(under('Deliverables', 'Apply security patches to the managed servers where practicable.'), 'patching.ongoing-service', ''), 'weak');
  });
  it('does not read a noun-phrase title under the heading as an instruction', () => {
    assert.equal(bundledStatus(under('Deliverables', 'Security patches: overview of the vendor release cycle.'), 'patching.ongoing-service', ''), 'weak');
  });
});
