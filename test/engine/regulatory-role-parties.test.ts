/**
 * Parties named the way regulation and group structures name them (session 17, set17parties):
 * a parenthesis that gives one party two bold names (a role and its abbreviation, or a class in
 * the singular and plural), the DORA role names ("financial entity", "ICT third-party service
 * provider"), group companies named by their side ("Recipient Affiliate"), and a shared-services
 * company named only by its initials, cast as the provider because the document says it provides
 * the services. Sentences written for this test.
 */
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../server/src/engine/parse';
import { detectParties } from '../../server/src/engine/parties';
import { markdownPartyDefinitions } from '../../server/src/engine/markdown-parties';
import { bundledStatus } from './matching-helpers';

const partiesOf = (text: string) => detectParties(parseDocument(text));
const roleOf = (text: string, term: string): string | undefined => partiesOf(text).names.find((n) => n.term === term)?.role;

const DORA =
  '# ICT Services Arrangement\n\nThis arrangement is made between:\n\n' +
  '1. **Morvell Savings Bank AG**, a credit institution, registered office 3 Quay Road, Ostrand (the **Financial Entity**); and\n' +
  '2. **Pelican Compute s.r.o.**, registered office 9 Mill Street, Brenn (the **ICT Third-Party Service Provider** or **Provider TP**).\n\n';

const GROUP =
  '# Group IT Services Agreement\n\n' +
  '(1) **Tamsin Group Technology Limited**, company number 07711234, registered office 4 Dock Street, Harwell (**TGT**); and\n\n' +
  '(2) **each company listed in Schedule 1** (each a **Recipient Affiliate** and together the **Recipient Affiliates**).\n\n' +
  'TGT and each Recipient Affiliate belong to the Tamsin group, whose ultimate parent is Tamsin Holdings plc (the **Group Head**).\n\n' +
  '## Background\n\n(A) TGT provides IT services to the companies of the group.\n\n';

describe('parties named by regulatory role and group side', () => {
  it('reads every bold name of one parenthesis as a name of the same party', () => {
    const defs = markdownPartyDefinitions('**Pelican Compute s.r.o.** (the **ICT Third-Party Service Provider** or **Provider TP**)\n');
    assert.deepEqual(defs.filter((d) => d.sameAs).map((d) => [d.term, d.sameAs]), [['Provider TP', 'ICT Third-Party Service Provider']]);
  });

  it('does not join bold names that other words separate', () => {
    const defs = markdownPartyDefinitions('Each party (the **Seller** which delivers the goods to the **Buyer**) signs below.\n');
    assert.equal(defs.some((d) => d.sameAs), false);
  });

  it('keeps a role word of its own for each of two parties named in one parenthesis', () => {
    const text = '# Agreement\n\nThis agreement is made by Kestrel Foods Ltd and Ibis Networks Ltd (the **Customer** and the **Supplier**, each a **Party**).\n\n';
    assert.equal(roleOf(text, 'Supplier'), 'provider');
    assert.equal(roleOf(text, 'Customer'), 'customer');
  });

  it('casts the DORA financial entity as the customer and the abbreviation of its provider as the provider', () => {
    assert.equal(roleOf(DORA, 'Financial Entity'), 'customer');
    assert.equal(roleOf(DORA, 'Provider TP'), 'provider');
  });

  it('reads the financial entity\'s own duty as the customer\'s, not the provider\'s', () => {
    const body = '## 5. Security\n\n5.1 The Financial Entity shall require multi-factor authentication for all remote access to the systems it manages.\n';
    assert.equal(bundledStatus(body, 'mfa.provider-access', DORA), 'wrong-party');
    const provider = '## 5. Security\n\n5.1 Provider TP shall require multi-factor authentication for all remote access to the systems it manages.\n';
    assert.equal(bundledStatus(provider, 'mfa.provider-access', DORA), 'present');
  });

  it('casts recipient affiliates as the customer and the company that provides the services as the provider', () => {
    const parties = partiesOf(GROUP);
    assert.equal(roleOf(GROUP, 'Recipient Affiliates'), 'customer');
    assert.equal(parties.provider, 'TGT');
    assert.equal(parties.customer, 'Recipient Affiliate');
    // the ultimate parent named in passing is no side of the agreement
    assert.equal(roleOf(GROUP, 'Group Head'), undefined);
  });

  it('casts no provider by name when no preamble party is said to provide the services', () => {
    const text = GROUP.replace('(A) TGT provides IT services to the companies of the group.', '(A) The group wishes to record its arrangements.');
    assert.equal(roleOf(text, 'TGT'), undefined);
  });
});
