/**
 * Words a document's title or a price list lends are no description of which security services
 * the customer buys: a sentence that sorts features into tiers, a document's statement of its own
 * subject, and a first sentence that "points back" to a section heading that states nothing of the
 * duty (the topic words being only in the document's title). Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const ID = 'transparency.service-scope';
const PARTIES = 'This Agreement is between Northwind Managed IT Ltd. (the "Provider") and Harbor Bank plc (the "Customer").\n\n';

describe('tiers, titles and a document\'s own subject (set 6, cause 5)', () => {
  it('a sentence that only sorts features into tiers is no scope statement', () => {
    const body = `## 2. Security services description\n\nEvery feature in Part 3 is included in both the Basic tier and the Advanced tier unless it is marked "Advanced only".\n`;
    assert.equal(bundledStatus(body, ID), 'missing');
    // Naming the security services bought and not bought stays evidence, tiers or not.
    assert.equal(bundledStatus('## 2. Services\n\nSchedule 2 lists the security services included in the Basic tier and the security services the Customer has not purchased.\n', ID), 'present');
  });

  it('a first sentence points back only to a heading that states part of the duty', () => {
    const title = `# Managed Security Service — Service Description\n\n${PARTIES}`;
    assert.equal(bundledStatus('## 3. Incident response\n\nThe Service includes incident response: the Provider contains it and reports on it.\n', ID, title), 'missing');
    // Under a heading that names the topic, the sentence that points back binds.
    assert.equal(bundledStatus('## 3. Security services description\n\nThe Provider shall keep this description current and give the Customer a copy each year.\n', ID), 'present');
  });

  it('"this Agreement" and the "IT" of a name point to no heading\'s duty', () => {
    const title = `# Managed Security Service — Service Description\n\n`;
    assert.equal(bundledStatus('This Agreement is between Northwind Managed IT Ltd. (the "Provider") and Harbor Bank plc (the "Customer").\n', ID, title), 'missing');
    assert.equal(bundledStatus('## 4. Security services description\n\nThe following are not part of this SOW:\n\n- printer support.\n', ID), 'missing');
  });

  it("a document's statement of its own subject is no description of the services bought", () => {
    assert.equal(bundledStatus('## 1. About\n\nThis document describes the managed security services of the Provider.\n', ID), 'missing');
    assert.equal(bundledStatus('## 1. About\n\nThis document describes the managed security services of the Provider and those the Customer has not purchased.\n', ID), 'weak');
  });
});
