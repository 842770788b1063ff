// A company's short name defined after its incorporation and address: the party reader must still
// find the legal name it abbreviates (server/src/engine/preamble-names.ts).
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../server/src/engine/parse';
import { detectParties } from '../../server/src/engine/parties';
import { distantLegalName } from '../../server/src/engine/preamble-names';

const roles = (text: string): Record<string, string> =>
  Object.fromEntries(detectParties(parseDocument(text)).names.filter((n) => n.definedAt !== undefined).map((n) => [n.term, n.role]));

describe('parties: a short name defined far from the legal name', () => {
  it('reads a short name after a long address (beyond the near window) and gives it the duties', () => {
    const text = 'This Hosting Agreement is made by and between Tarn Valley Systems, Inc., a Delaware corporation, having its principal offices at 1 Mill Lane, Suite 400, Springfield, Illinois 62701, United States of America ("Tarn"), and Brightwater Clinics LLC, an Oregon limited liability company ("Brightwater").\n\nTarn shall host the platform. Tarn will apply security patches. Brightwater shall pay the fees.\n';
    assert.deepEqual(roles(text), { Brightwater: 'customer', Tarn: 'provider' });
    assert.equal(detectParties(parseDocument(text)).names.find((n) => n.term === 'Tarn')?.legalName, 'Tarn Valley Systems');
  });

  it('reads initials as a short name, across a parenthesised company number', () => {
    const text = 'This agreement is between Orbis Data Services Limited, a company incorporated in England and Wales (company number 01234567) whose registered office is at 5 Quay Street, Bristol ("ODS") and Fenwick Borough Council (the "Council").\n\nODS shall keep backups.\n';
    assert.deepEqual(roles(text), { ODS: 'provider', Council: 'customer' });
  });

  it('reads a brand written in lower case when it begins the legal name', () => {
    const text = 'This agreement is entered into by and between Fenwood Dental Group, a Texas corporation (the "Customer"), and e-vault systems, a Texas corporation ("e-vault").\n\ne-vault will maintain the hosted site.\n';
    assert.deepEqual(roles(text), { Customer: 'customer', 'e-vault': 'provider' });
  });

  it('the legal name without the doubled "by and between"', () => {
    const text = 'This agreement is made by and between Fenwood Dental Group, a Texas corporation (the "Customer"), and Quill IT LLC ("Quill").\n';
    assert.equal(detectParties(parseDocument(text)).names.find((n) => n.term === 'Customer')?.legalName, 'Fenwood Dental Group, a Texas corporation');
  });

  it('reads the other party of a numbered parties list as the customer when the provider is defined', () => {
    // A parties block numbers each party and opens with its name; a generic word of the name
    // ("Building Society", "Trust", "Bank") is its short name and carries no role of its own.
    const text = '# Outsourcing Agreement\n\n**Parties**\n\n(1) **Pellow Infrastructure Services Limited**, incorporated in Scotland, of 4 Dock Road, Leith (the "Supplier"); and\n\n(2) **Marrick Valley Building Trust**, a mutual society authorised by the Prudential Regulator, of 9 High Street, Ripon (the "Trust").\n\nThe Supplier shall host the platform. The Trust shall approve each change.\n';
    const parties = detectParties(parseDocument(text));
    assert.deepEqual(roles(text), { Supplier: 'provider', Trust: 'customer' });
    assert.equal(parties.names.find((n) => n.term === 'Trust')?.legalName, 'Marrick Valley Building Trust');
    assert.match(parties.assumptions.join(' '), /read “Trust” as the customer/);
  });

  for (const [why, term, lead] of [
    ['no party is being introduced', 'Nimbus', 'The platform is hosted by and between the data centres of Nimbus Cloud in two regions '],
    ['the short name abbreviates no introduced name', 'Gamma', 'between Acme Holdings Ltd, a company incorporated in Scotland, and Beta Ltd, a company incorporated in Wales '],
    ['a defined term of several words is no short name', 'Effective Date', 'between Acme Holdings Ltd, a Delaware corporation, on the date below '],
    ['initials must be capitals of a proper name', 'ABC', 'between alpha beta cloud services, a Delaware corporation '],
    ['a word of the name is not a proper name there', 'Data', 'Customer data held in the platform, registered in the asset register '],
  ] as const) {
    it(`finds no legal name when ${why}`, () => assert.equal(distantLegalName(term, lead), undefined));
  }
});
