import { strict as assert } from 'node:assert';
import { parseDocument } from '../../server/src/engine/parse';
import { detectParties } from '../../server/src/engine/parties';

const defined = (text: string): [string, string][] =>
  detectParties(parseDocument(text))
    .names.filter((n) => n.definedAt !== undefined)
    .map((n) => [n.term, n.role]);

describe('parties: definitions', () => {
  it('reads a preamble with legal names and defined roles', () => {
    const p = detectParties(parseDocument('This Agreement is between ABC Ltd. (the "Supplier") and Harbor Bank plc (the “Client”).\n'));
    assert.equal(p.provider, 'Supplier');
    assert.equal(p.customer, 'Client');
    assert.equal(p.defined, true);
    assert.equal(p.names.find((n) => n.term === 'Supplier')?.legalName, 'ABC Ltd.');
  });

  for (const [text, term, role] of [
    ['"MSP" means Northwind Managed IT Ltd.', 'MSP', 'provider'],
    ['Northwind Ltd. (hereinafter "Contractor") agrees.', 'Contractor', 'provider'],
    ['Harbor Inc. (hereinafter referred to as "Buyer") agrees.', 'Buyer', 'customer'],
    ['“Data Processor” shall mean the party that processes data.', 'Data Processor', 'provider'],
    ['Acme (each a "Subscriber") agrees.', 'Subscriber', 'customer'],
    ['The county (the "Agency") agrees.', 'Agency', 'customer'],
  ] as const) {
    it(`maps "${term}" to the ${role}`, () => assert.deepEqual(defined(text), [[term, role]]));
  }

  it('gives every name in a quoted list the role one of them is known to have', () => {
    assert.deepEqual(defined('GitHub, Inc. ("GitHub," "We," or "Us") and you agree.'), [
      ['GitHub', 'provider'],
      ['We', 'provider'],
      ['Us', 'provider'],
    ]);
  });

  it('reads the recipient of the services as the customer', () => {
    assert.deepEqual(defined('These Supplier Security Requirements apply to Supplier when it provides services to Dropbox.'), [['Dropbox', 'customer']]);
  });

  it('reads the recipient of services described in a few words as the customer ("managed IT services to Harbor")', () => {
    assert.deepEqual(defined('Northwind provides managed IT services to Harbor under this Agreement.'), [['Harbor', 'customer']]);
    assert.deepEqual(defined('Opsway supplies cloud hosting services to Meridian College.'), [['Meridian College', 'customer']]);
    assert.deepEqual(defined('The Provider provides support to the Customer.'), []);
  });

  it('ignores defined terms that are not parties', () => {
    assert.deepEqual(defined('Multi-factor authentication ("MFA") is used. "Services" means the services.'), []);
  });

  it('reads "we" as the provider and "you" as the customer when the document addresses its reader', () => {
    const tos = 'You agree to these terms. You must keep your password safe. We provide the service to you. Your account is yours. You may cancel. We may update. You and your users. You again.';
    const p = detectParties(parseDocument(tos));
    assert.equal(p.names.find((n) => n.term === 'you')?.role, 'customer');
    assert.equal(p.names.find((n) => n.term === 'We')?.role, 'provider');
    const contract = detectParties(parseDocument('The Provider shall keep logs. We note this.'));
    assert.equal(contract.names.find((n) => n.term === 'We'), undefined);
  });

  it('falls back to conventional names', () => {
    const p = detectParties(parseDocument('The Provider shall keep logs.'));
    assert.equal(p.provider, 'Provider');
    assert.equal(p.customer, 'Customer');
    assert.equal(p.defined, false);
  });
});

describe('parties: who is bound when the document does not say "Provider"', () => {
  const roles = (text: string): Record<string, string> =>
    Object.fromEntries(detectParties(parseDocument(text)).names.filter((n) => n.definedAt !== undefined).map((n) => [n.term, n.role]));

  it('a company short name takes the role opposite the one defined party', () => {
    const p = detectParties(parseDocument('This Agreement is between Kestrel Systems Inc. ("Kestrel") and Harbor Bank plc (the "Customer").\n'));
    assert.equal(p.names.find((n) => n.term === 'Kestrel')?.role, 'provider');
    assert.match(p.assumptions.join(' '), /read “Kestrel” as the provider/);
  });

  it('of two short names, the one that carries the duties is the provider', () => {
    const text = 'This Agreement is made between Harbor Bank plc ("Harbor") and Kestrel Systems Inc. ("Kestrel").\n\nKestrel shall host the platform. Kestrel will keep backups. Harbor shall pay the fees.\n';
    assert.deepEqual(roles(text), { Harbor: 'customer', Kestrel: 'provider' });
  });

  it('a defined provider word that carries no duties does not make the signing company the customer', () => {
    const text = 'This Addendum is between Kestrel Systems GmbH ("Kestrel") and the customer.\n\nKestrel may engage third parties (each a "Sub-processor"). Kestrel shall notify the customer of incidents. Kestrel will keep records.\n';
    assert.equal(detectParties(parseDocument(text)).names.find((n) => n.term === 'Kestrel')?.role, 'provider');
  });

  it('a public body named in the preamble without a legal form is the other party', () => {
    // Councils, agencies and credit unions have no "Ltd" or "Inc." in their names.
    const p = detectParties(parseDocument('This contract is made between Fenwick Borough Council (the "Council") and Orla Networks Ltd (the "Supplier").\n\nThe Council shall pay the charges.\n'));
    const council = p.names.find((n) => n.term === 'Council');
    assert.equal(council?.role, 'customer');
    assert.equal(council?.legalName, 'Fenwick Borough Council');
  });

  it('a professional corporation is read by its short name too', () => {
    const text = 'This Agreement is between Larchmont Eye Care, P.C. ("Larchmont") and Quill IT LLC ("Quill").\n\nQuill shall patch the servers. Quill will monitor the network. Larchmont shall pay the fees.\n';
    assert.deepEqual(roles(text), { Larchmont: 'customer', Quill: 'provider' });
  });

  it('a defined provider of a named company stays the provider though the other party is named in more duties', () => {
    // Schedules write the provider's duties in the passive voice and the customer's by name.
    const text = 'This Schedule forms part of the contract between Harrow County Council (the "Council") and Brindle Hosting plc (the "Service Provider").\n\nBackups shall be taken daily. The Council shall name a contact. The Council shall pay on time.\n';
    assert.deepEqual(roles(text), { Council: 'customer', 'Service Provider': 'provider' });
  });

  it('a parenthesised defined term that is no company name is not a party', () => {
    assert.deepEqual(roles('This Master Agreement (the "Agreement") sets out the terms.\n'), {});
  });

  it('regulation style: a customer-side word that carries every duty is the party checked', () => {
    const text = '"Covered Entity" means any person operating under a licence.\n\nEach Covered Entity shall maintain a cybersecurity program. Each Covered Entity shall limit access privileges.\n';
    const p = detectParties(parseDocument(text));
    assert.equal(p.names.find((n) => n.term === 'Covered Entity')?.role, 'provider');
    assert.match(p.assumptions.join(' '), /Covered Entity/);
  });

  it('a defined customer with a conventional provider that carries duties stays the customer', () => {
    const text = '"Agency" means the ordering agency.\n\nThe Contractor shall patch all systems. The Agency shall review reports.\n';
    assert.equal(detectParties(parseDocument(text)).names.find((n) => n.term === 'Agency')?.role, 'customer');
  });

  it('provider role words from the lexicon: Offeror, Processor and Licensor bind undefined', () => {
    const names = detectParties(parseDocument('The Offeror shall comply.\n')).names;
    for (const term of ['Offeror', 'Processor', 'Licensor', 'Outsourcer']) assert.equal(names.find((n) => n.term === term)?.role, 'provider', term);
    for (const term of ['Government', 'Licensee', 'Controller']) assert.equal(names.find((n) => n.term === term)?.role, 'customer', term);
  });
});
