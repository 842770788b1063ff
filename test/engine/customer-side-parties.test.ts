/**
 * The customer or a partner body as the doer: the preamble must cast each party before "The
 * Company shall …" or "The Member Council shall …" can be read as the customer's own duty.
 * Two general forms, tried on four requirements with preambles and clauses written for this test:
 * - the Commonwealth definition that says who else the name covers before its parenthesis closes
 *   (`(hereinafter referred to as "the Company", which expression shall … include its successors)`);
 * - two public bodies named by one kind of body and a word that says their side ("Host Authority"
 *   and "Partner Authority", "Lead Council" and "Participating Council").
 */
import assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/engine/parse';
import { detectParties } from '../../server/src/engine/parties';
import { bundledStatus } from './matching-helpers';

const COMMONWEALTH =
  '# Master Services Agreement\n\nThis Agreement is made BY AND BETWEEN\n\n' +
  '**Kaveri Textiles Limited**, a company incorporated under the Companies Act, 1956, having its registered office at 12 Mill Road, Coimbatore (hereinafter referred to as "the **Company**", which expression shall, unless repugnant to the context or meaning thereof, be deemed to include its successors and permitted assigns) of the ONE PART;\n\nAND\n\n' +
  '**Nilgiri Systems Private Limited**, a company incorporated under the Companies Act, 2013, having its registered office at 4 Hill Street, Ooty (hereinafter referred to as the "**Service Provider**", which expression shall include its successors and permitted assigns) of the OTHER PART.\n\n';

const BODIES: Record<string, string> = {
  'Host/Partner': '# Shared ICT Services Agreement\n\nbetween\n\n**Elmsford County Council** (the "**Host Authority**")\n\nand\n\n**Brackley Town Council** (the "**Partner Authority**")\n\n',
  'Lead/Participating': '# Joint Services Agreement\n\nThis agreement is made between Rowan Borough Council (the "Lead Council") and Ashby District Council (the "Participating Council").\n\n',
};

/** The doer words of each preamble: [provider, customer]. */
const SIDES: Record<string, [string, string]> = {
  Commonwealth: ['Service Provider', 'Company'],
  'Host/Partner': ['Host Authority', 'Partner Authority'],
  'Lead/Participating': ['Lead Council', 'Participating Council'],
};

const PREAMBLES: Record<string, string> = { Commonwealth: COMMONWEALTH, ...BODIES };

const DUTIES: Record<string, string> = {
  'mfa.services-delivered': 'configure and enforce multi-factor authentication for every login to its e-mail and VPN',
  'patching.ongoing-service': 'apply vendor security patches to its servers within fourteen days of release',
  'accounts.deprovisioning': 'disable the accounts of departing staff within one working day',
  'backup.contracted-service': 'back up its data every night to a second site',
};

function wrong(preamble: string, clause: (duty: string) => string, expected: string[]): string[] {
  return Object.entries(DUTIES)
    .map(([id, duty]) => [id, bundledStatus(`## 9. Security\n\n9.1 ${clause(duty)}\n`, id, preamble)] as const)
    .filter(([, got]) => !expected.includes(got))
    .map(([id, got]) => `${id}=${got}`);
}

describe('customer-side parties cast by the preamble', () => {
  for (const [name, [provider, customer]] of Object.entries(SIDES)) {
    const preamble = PREAMBLES[name]!;
    it(`${name}: "The ${customer} shall itself …" is the customer's duty, not the provider's`, () => {
      assert.deepEqual(wrong(preamble, (d) => `The ${customer} shall itself ${d}; the ${provider} shall have no responsibility in this regard.`, ['wrong-party', 'negated']), []);
    });
    it(`${name} must not: "The ${provider} shall …" stays the provider's binding duty`, () => {
      assert.deepEqual(wrong(preamble, (d) => `The ${provider} shall ${d.replace(/\bits\b/g, `the ${customer}'s`)}.`, ['present']), []);
    });
  }

  it('reads the roles of a Commonwealth preamble and keeps an address out of the legal name', () => {
    const parties = detectParties(parseDocument(COMMONWEALTH));
    const company = parties.names.find((n) => n.term === 'Company');
    assert.equal(company?.role, 'customer');
    assert.equal(parties.names.find((n) => n.term === 'Service Provider')?.role, 'provider');
    assert.equal(company?.legalName, undefined, 'an address that starts "having its registered office" is no name');
  });

  it('reads a definition that names successors after a comma ("Purchaser", including its successors)', () => {
    const parties = detectParties(parseDocument('This Agreement is between Harbor Bank plc (the "Purchaser", including its successors and permitted assigns) and Acme Ltd. (the "Supplier").\n'));
    const purchaser = parties.names.find((n) => n.term === 'Purchaser');
    assert.equal(purchaser?.role, 'customer');
    assert.equal(purchaser?.legalName, 'Harbor Bank plc');
  });

  for (const [term, role] of [
    ['Host Authority', 'provider'],
    ['Lead Council', 'provider'],
    ['Partner Authority', 'customer'],
    ['Participating Councils', 'customer'],
    ['Receiving Trust', 'customer'],
    ['Member Organisation', 'customer'],
  ] as const) {
    it(`reads "${term}" as the ${role} side`, () => {
      const parties = detectParties(parseDocument(`This agreement is between Alder Council (the "${term}") and Birch Council.\n`));
      assert.equal(parties.names.find((n) => n.term === term)?.role, role);
    });
  }

  for (const term of ['Receiving Party', 'Disclosing Party', 'Staff Member', 'Local Authority']) {
    it(`must not: "${term}" is no side of the service`, () => {
      const parties = detectParties(parseDocument(`"${term}" means the person named in clause 2.\n`));
      assert.equal(parties.names.find((n) => n.term === term), undefined);
    });
  }
});
