/**
 * A named provider's act in the present indicative, with no modal, binds it where the provider does
 * not speak as "we": civil-law technical clauses (a French CCTP, a Belgian cahier des charges, a
 * Québec devis) state duties this way ("The Holder applies the patches within ten days"), and the
 * contract makes the annex a contract document. Its trade and standing stay descriptions, and a
 * provider writing "we apply" still reports its practice.
 */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

const CIVIL_LAW = '# Public Contract for IT Operations\n\nThis contract is between the Town of Belmare (the "Purchaser") and Cartwell Systems SARL (the "Holder").\n\n'
  + '1.1 The Holder is bound to perform the services set out in the technical annex, which is a contract document.\n\n1.2 The Holder undertakes to keep the Purchaser informed of their progress.\n\n';
/** The same parties with nothing that binds them: a note or a description. */
const NO_BINDING = '# Public Contract for IT Operations\n\nThis contract is between the Town of Belmare (the "Purchaser") and Cartwell Systems SARL (the "Holder").\n\n';
const WE_PROVIDER = '# Managed Services Terms\n\nThese terms are between Cartwell Systems Ltd ("we", "us") and the customer named in the order ("you").\n\n';

describe("a named provider's present-tense act", () => {
  const positives: [string, string][] = [
    ['4.2. The Holder installs the security updates of the operating systems within ten (10) days of their publication.', 'patching.ongoing-service'],
    ['5.1 The Holder performs a full backup of the file servers every night and keeps three weeks of copies.', 'backup.contracted-service'],
    ['4.3 The Holder installs the vendor security patches on the managed servers each month.', 'patching.ongoing-service'],
  ];
  for (const [sentence, id] of positives) {
    it(`reads as present: ${sentence}`, () => {
      assert.equal(bundledStatus(sentence, id, CIVIL_LAW), 'present');
    });
  }

  it('in a draft that binds no one in words of its own (a note, a description), the present describes', () => {
    assert.equal(bundledStatus('The Holder installs the security updates of the operating systems within ten days of their publication.', 'patching.ongoing-service', NO_BINDING), 'weak');
  });

  it('the same act said by a provider that speaks as "we" stays a description', () => {
    assert.equal(bundledStatus('We install the security updates of the operating systems within ten days of their publication.', 'patching.ongoing-service', WE_PROVIDER), 'weak');
  });

  it('in a draft that writes its duties with "shall", the present describes', () => {
    const shallDraft = `${CIVIL_LAW}1.1 The Holder shall keep the service desk open on working days.\n\n1.2 The Holder shall report monthly.\n\n1.3 The Purchaser shall pay within thirty days.\n\n`;
    assert.equal(bundledStatus('The Holder installs the security updates of the operating systems within ten days of their publication.', 'patching.ongoing-service', shallDraft), 'weak');
  });

  it("the provider's trade is no duty", () => {
    assert.notEqual(bundledStatus('The Holder offers backup services to small municipalities across the region.', 'backup.contracted-service', CIVIL_LAW), 'present');
    assert.notEqual(bundledStatus('The Provider specialises in patch management for regional banks.', 'patching.ongoing-service'), 'present');
  });

  it("the purchaser's own present-tense act is not the provider's", () => {
    assert.notEqual(bundledStatus('The Purchaser installs the security updates of its workstations itself.', 'patching.ongoing-service', CIVIL_LAW), 'present');
  });
});
