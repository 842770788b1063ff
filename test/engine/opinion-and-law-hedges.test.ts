/**
 * Hedges found by probing plain drafting with sentences of our own (session 14):
 * - the party's own opinion or judgement decides when the duty applies ("save where, in its
 *   opinion, doing so would disrupt the Services");
 * - a duty owed only as far as the law already requires it ("if and to the extent required by
 *   applicable law") adds nothing of the contract's own; "and as required by law" beside a firm
 *   duty adds to it and is left alone;
 * - "where relevant" is the same condition as "where applicable".
 * The quick fix deletes exactly the hedge.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import { applyEdits } from '../../server/src/engine/edits';
import { fixesFor } from '../../server/src/engine/fixes';
import { aa22, bundledStatus } from './matching-helpers';

const CASES: [string, string, string][] = [
  ['patching.ongoing-service', 'The Provider shall apply security patches within 14 days, save where doing so would in its opinion disrupt the Services.', 'weak'],
  ['incident.notification', 'The Provider shall notify the Customer of any Security Incident that, in its reasonable judgement, affects the Customer Data.', 'weak'],
  ['backup.contracted-service', "The Provider shall back up the Customer Data as often as is necessary in the Provider's opinion.", 'weak'],
  ['incident.notification', 'The Provider shall notify the Customer of Security Incidents if and to the extent required by applicable law.', 'weak'],
  ['incident.notification', 'The Provider shall notify the Customer of a Security Incident only where required by law.', 'weak'],
  ['incident.notification', 'The Provider shall notify the Customer of Security Incidents within 24 hours and as required by applicable law.', 'present'],
  ['supply-chain.risk-management', 'The Provider will assess the security of its suppliers where relevant.', 'weak'],
  ['supply-chain.risk-management', 'The Provider shall assess the security of every relevant supplier before engaging it.', 'present'],
];

describe('hedges of opinion, of the law and of relevance', () => {
  for (const [id, text, status] of CASES) {
    it(`${id} ${status}: "${text}"`, () => assert.equal(bundledStatus(text, id), status));
  }
  it('the quick fix deletes the legal condition and nothing else', () => {
    const clause = 'The Provider shall notify the Customer of Security Incidents if and to the extent required by applicable law.';
    const text = `# Managed Services Agreement\n\nNorthwind Ltd. (the "Provider") and Harbor Inc. (the "Customer") agree.\n\n## 1. Incidents\n\n1.1 ${clause}\n`;
    const result = analyze(text, { catalog: aa22(), force: true });
    const finding = result.findings.find((f) => f.requirement.id === 'incident.notification');
    assert.ok(finding);
    const fix = fixesFor(result, finding).find((f) => f.kind === 'remove-hedge');
    assert.ok(fix, 'a remove-hedge fix');
    assert.equal(applyEdits(text, fix.edits), text.replace(' if and to the extent required by applicable law.', '.'));
  });
});
