/**
 * A responsibility matrix that lists incident response among the functions it allocates is a
 * transparency clause, not incident-plan stakeholder roles (as it is no backup duty either).
 * Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const under = (heading: string, sentence: string, id: string): string => bundledStatus(`## 11. ${heading}\n\n${sentence}\n`, id);

describe('a responsibility matrix that lists incident response among its functions', () => {
  const MATRICES = [
    'The parties shall keep a responsibility matrix that states, for each security function (including patching, monitoring and incident response), which party is responsible for it.',
    'The Provider shall maintain a RACI chart of security roles covering access management, backups and incident response, and shall review it with the Customer every year.',
    'Annex C is a responsibilities matrix that allocates each security activity, from monitoring to incident response, between the parties.',
  ];
  for (const sentence of MATRICES) {
    it(`no incident stakeholder roles: ${sentence.slice(0, 60)}…`, () => {
      assert.equal(under('Roles and responsibilities', sentence, 'ir.stakeholder-roles'), 'missing');
      assert.notEqual(under('Roles and responsibilities', sentence, 'transparency.roles-responsibilities'), 'missing');
    });
  }
  it('must not: an incident response plan whose matrix names the stakeholders', () => {
    assert.equal(under('Incident response', 'The incident response plan shall include a responsibility matrix naming the executives, technical leads and procurement contacts of both parties.', 'ir.stakeholder-roles'), 'present');
    assert.equal(under('Incident response', 'The Provider shall maintain an incident response plan that sets out the roles and responsibilities of executives, technical leads and procurement officers.', 'ir.stakeholder-roles'), 'present');
  });
});
