/** Flow-down sentences (lexicon `flowDown`): passing a clause on to subcontractors is not the clause's act. */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

const PREAMBLE = '# Security Clause\n\nThis Agreement is between Northwind Managed IT Ltd. (the "Contractor") and Harbor County (the "Agency").\n\n';

const status = (body: string, id: string): string => bundledStatus(body, id, PREAMBLE);

describe('flow-down sentences', () => {
  const flowDowns = [
    'The Contractor shall include the substance of this clause, including this paragraph (d), in all subcontracts for services that involve cyber incident reporting.',
    'The Contractor shall insert this clause in each subcontract under which the subcontractor will report security incidents to the Contractor.',
  ];

  it('are no evidence for the topic words that only say which subcontracts', () => {
    for (const text of flowDowns) assert.equal(status(text, 'incident.notification'), 'missing', text);
  });

  it('are evidence for the flow-down requirement itself', () => {
    for (const text of flowDowns) assert.equal(status(text, 'supply-chain.subcontractors'), 'present', text);
  });

  it('a duty stated before the flow-down in the same sentence still counts', () => {
    const text = 'The Contractor shall report every cyber incident to the Agency within 72 hours and shall include this clause in all subcontracts.';
    assert.equal(status(text, 'incident.notification'), 'present');
  });

});
