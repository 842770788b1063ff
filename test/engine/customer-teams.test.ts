/**
 * The customer's own teams and staff as the customer side (co-managed agreements): a defined body
 * of a party's people takes that party's role, and allocation words ("falls to", "rests with",
 * "is owned by") move a duty to the customer side they name. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';
import { parseDocument } from '../../server/src/engine/parse';
import { detectParties } from '../../server/src/engine/parties';
import type { Catalog } from '../../server/src/engine/types';
import { aa22, bundledRequirement, bundledStatus } from './matching-helpers';

const PREAMBLE = [
  '# Co-Managed IT Services Agreement',
  '',
  'This Agreement is between Kestrel Systems Ltd. (the "Provider") and Harbor Mutual plc (the "Client").',
  '',
  '## 1. Definitions',
  '',
  '"Client Personnel" means employees and contractors of the Client.',
  '',
  '"In-House Team" means the Client\'s own information technology staff.',
  '',
  '"Delivery Team" means the Provider\'s engineers assigned to the Services.',
  '',
  '"Authorised User" means any employee of the Client permitted to use the Services.',
  '',
  '## 2. Services',
  '',
].join('\n');

const status = (body: string, id: string): string => bundledStatus(body, id, PREAMBLE);

describe('customer teams: a party\'s defined staff act for it', () => {
  it('reads defined bodies of people as the side their definition names', () => {
    const p = detectParties(parseDocument(PREAMBLE));
    const role = (term: string): string | undefined => p.names.find((n) => n.term === term)?.role;
    assert.equal(role('Client Personnel'), 'customer');
    assert.equal(role('In-House Team'), 'customer');
    // The provider's own team needs no name: a sentence that names no party is the provider's already.
    assert.equal(role('Delivery Team'), undefined);
    // A person the provider serves is not the customer acting: the term names no body of people.
    assert.equal(role('Authorised User'), undefined);
    // The staff term never becomes the name clauses are written with.
    assert.equal(p.customer, 'Client');
    assert.ok(p.assumptions.includes('read “In-House Team” as the customer side: the definitions make it the Client’s staff'));
  });

  for (const sentence of [
    '2.1 The Client employs its own information technology staff (the "Service Desk Team").',
    'Harbor Mutual plc (the "Client") keeps the Client\'s own security staff (the "Service Desk Team") on site.',
  ]) {
    it(`reads a body defined in parentheses as its party's: “${sentence}”`, () => {
      const p = detectParties(parseDocument(`This Agreement is between Kestrel Systems Ltd. (the "Provider") and the Client.\n\n${sentence}\n`));
      assert.equal(p.names.find((n) => n.term === 'Service Desk Team')?.role, 'customer');
    });
  }

  it('does not read the provider\'s parenthesised team as the customer\'s', () => {
    const p = detectParties(parseDocument('This Agreement is between Kestrel Systems Ltd. (the "Provider") and Harbor Mutual plc (the "Client").\n\nThe Provider assigns its own engineers (the "Service Desk Team") to the Client.\n'));
    assert.equal(p.names.find((n) => n.term === 'Service Desk Team'), undefined);
  });

  it('leaves a body that belongs to both sides, or to no party, unread', () => {
    const both = detectParties(parseDocument('This Agreement is between Kestrel Systems Ltd. (the "Provider") and Harbor Mutual plc (the "Client").\n\n"Joint Team" means employees of the Provider and employees of the Client.\n\n"Vendor Team" means staff of any third-party vendor.\n'));
    assert.equal(both.names.find((n) => n.term === 'Joint Team'), undefined);
    assert.equal(both.names.find((n) => n.term === 'Vendor Team'), undefined);
  });

  for (const sentence of [
    'The In-House Team shall apply security patches to all servers.',
    'The In-House Team applies security patches to all servers.',
    'Client Personnel will deploy security patches within 14 days of release.',
  ]) {
    it(`gives the duty to the customer: “${sentence}”`, () => {
      assert.equal(status(sentence, 'patching.ongoing-service'), 'wrong-party');
    });
  }

  it('keeps the provider\'s own defined team on the provider side', () => {
    assert.equal(status('The Delivery Team shall apply security patches to all servers within 14 days of release.', 'patching.ongoing-service'), 'present');
  });

  it('shows the assumption in the hover', () => {
    const catalog: Catalog = { ...aa22(), requirements: [bundledRequirement('patching.ongoing-service')] };
    const finding = analyze(PREAMBLE + 'The In-House Team shall apply security patches to all servers.\n', { catalog, force: true }).findings[0]!;
    const basis = JSON.stringify(finding);
    assert.match(basis, /read “In-House Team” as the customer \(the definitions make it the Client’s staff\)/);
  });
});

describe('customer teams: allocation words give the duty to the holder they name', () => {
  for (const sentence of [
    'Deployment of security patches falls to the In-House Team.',
    'Deployment of security patches rests with the Client.',
    'Deployment of security patches sits with the Client\'s IT department.',
    'Deployment of security patches is owned by the In-House Team.',
    'Deployment of security patches is owned by the Client\'s own infrastructure team.',
    'Deployment of security patches lies with Client Personnel.',
    'Deployment of security patches shall rest with the Client.',
    'Deployment of security patches will fall to the In-House Team.',
  ]) {
    it(`moves it to the customer: “${sentence}”`, () => {
      assert.equal(status(sentence, 'patching.ongoing-service'), 'wrong-party');
    });
  }

  for (const [sentence, id] of [
    ['Deployment of security patches falls to the Delivery Team.', 'patching.ongoing-service'],
    ['Deployment of security patches falls to the Provider\'s security team.', 'patching.ongoing-service'],
    ['Deployment of security patches does not fall to the Client.', 'patching.ongoing-service'],
    ['Deployment of security patches is handled by the Provider on behalf of the Client.', 'patching.ongoing-service'],
    ['Deployment of security patches shall not rest with the Client.', 'patching.ongoing-service'],
    ['The Provider shall ensure that deployment of security patches never falls to the Client.', 'patching.ongoing-service'],
  ] as const) {
    it(`does not move it to the customer: “${sentence}”`, () => {
      assert.notEqual(status(sentence, id), 'wrong-party');
    });
  }

  it('says which allocation moved it', () => {
    const catalog: Catalog = { ...aa22(), requirements: [bundledRequirement('patching.ongoing-service')] };
    const finding = analyze(PREAMBLE + 'Deployment of security patches shall rest with the Client.\n', { catalog, force: true }).findings[0]!;
    assert.match(JSON.stringify(finding), /“rest with the Client”: the allocation gives the act to “Client”, the customer side/);
  });

  it('reads ownership by the party itself as title, not a duty', () => {
    assert.notEqual(status('Backup media used for the Client Data is owned by the Client.', 'backup.contracted-service'), 'wrong-party');
    assert.equal(status('Backups of the Client Data are owned by the In-House Team.', 'backup.contracted-service'), 'wrong-party');
  });
});
