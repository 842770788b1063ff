/**
 * Plain drafting of three measures that read "missing" when probed with sentences of our own
 * (session 14), and a near-miss of the new allocation words. Each is ordinary contract wording:
 * - an allocation clause that says "which party performs each security function" (the wording of
 *   a responsibility matrix, ISM-1569's shared responsibility model) is the transparency measure;
 *   who bears a cost is not;
 * - "shall have in place an incident response plan" is a duty to keep a plan (IR-8);
 * - "at the end of the Term" is the end of the contract, when the provider's accounts must go.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

/** [requirement, text, status]. */
const CASES: [string, string, string][] = [
  ['transparency.roles-responsibilities', 'Schedule 3 sets out which party performs each security function.', 'present'],
  ['transparency.roles-responsibilities', 'The Service Description states, for every security function, which party is responsible for it and how it is reported.', 'present'],
  ['transparency.roles-responsibilities', 'Annex B allocates each security function to the Provider or the Customer, and each party shall carry out the functions allocated to it.', 'present'],
  ['transparency.roles-responsibilities', 'The parties shall agree which party is responsible for the costs of investigating a Security Incident.', 'missing'],
  ['transparency.roles-responsibilities', 'Each party shall bear its own costs; the Provider is responsible for paying its security subcontractors.', 'missing'],
  ['transparency.roles-responsibilities', 'The parties shall agree which party performs each security function and shall record it in Schedule 3.', 'present'],
  ['ir.plan-contracted', 'The Provider shall have in place an incident response plan that names the persons responsible for each step.', 'present'],
  ['ir.plan-contracted', 'The Provider shall put in place, and test each year, a written incident response plan for the Services.', 'present'],
  ['ir.plan-contracted', 'The Provider shall have in place a process for handling complaints about the Services.', 'missing'],
  ['accounts.exit-revocation', 'Within five Business Days after the end of the Term the Provider shall return all credentials and delete every account it holds on the Customer Systems.', 'present'],
  ['accounts.exit-revocation', 'At the end of the Initial Term the Provider shall remove its remote management agents from the Customer Systems.', 'present'],
  ['accounts.exit-revocation', 'At the end of the Term the Provider shall invoice the Customer for all Services delivered.', 'missing'],
];

describe('plain drafting probed in session 14', () => {
  for (const [id, text, status] of CASES) {
    it(`${id} ${status}: "${text}"`, () => assert.equal(bundledStatus(text, id), status));
  }
});
