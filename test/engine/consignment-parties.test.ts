/**
 * Translated Japanese, Korean and Chinese outsourcing contracts name the sides by the consignment:
 * the Consignee (Entrustee) is consigned the work and performs it, the Consignor (Entruster)
 * consigns its own work and is the customer. Lines of our own.
 */
import { strict as assert } from 'node:assert';
import { detectParties } from '../../server/src/engine/parties';
import { parseDocument } from '../../server/src/engine/parse';
import { bundledStatus } from './matching-helpers';

const PREAMBLE = [
  '# Service Consignment Agreement',
  '',
  'Hanamura Trading Co., Ltd. (hereinafter "the Consignor") and Sorano Net Works K.K. (hereinafter "the Consignee") enter into this Agreement as follows.',
  '',
  '## Article 1 (Purpose)',
  '',
  'The Consignor consigns to the Consignee the operation of the Consignor\'s network, and the Consignee accepts the consignment.',
  '',
].join('\n');

const ENTRUSTED = PREAMBLE.replace(/Consignor/g, 'Entruster').replace(/Consignee/g, 'Entrustee');

describe('the parties of a consignment agreement', () => {
  it('reads the Consignee as the provider and the Consignor as the customer', () => {
    const p = detectParties(parseDocument(PREAMBLE));
    assert.equal(p.names.find((n) => n.term === 'Consignee')?.role, 'provider');
    assert.equal(p.names.find((n) => n.term === 'Consignor')?.role, 'customer');
  });

  it('reads the Entrustee and the Entruster the same way', () => {
    const p = detectParties(parseDocument(ENTRUSTED));
    assert.equal(p.names.find((n) => n.term === 'Entrustee')?.role, 'provider');
    assert.equal(p.names.find((n) => n.term === 'Entruster')?.role, 'customer');
  });

  it("reads the Consignee's duty as the provider's and the Consignor's as the customer's own", () => {
    const duty = (who: string): string => `${PREAMBLE}\n## Article 6 (Updates)\n\n${who} shall apply the security patches released for the routers and servers of the network within ten days of their release.\n`;
    assert.equal(bundledStatus(duty('The Consignee'), 'patching.ongoing-service', ''), 'present');
    assert.equal(bundledStatus(duty('The Consignor'), 'patching.ongoing-service', ''), 'wrong-party');
  });
});

describe('re-consignment (subcontracting in a translated outsourcing contract)', () => {
  const ARTICLE = [
    '## Article 7 (Re-consignment)',
    '',
    "1. The Consignee shall not re-consign any part of the work to a third party without the Consignor's prior written consent.",
    '',
    '2. Before it re-consigns any work, the Consignee shall evaluate the information security management of the proposed Re-consignee and shall bind the Re-consignee in writing to obligations equal to its own under Article 8.',
  ].join('\n');

  it("reads the evaluation of a Re-consignee's security as supply-chain risk management", () => {
    assert.equal(bundledStatus(`${PREAMBLE}\n${ARTICLE}\n`, 'supply-chain.risk-management', ''), 'present');
    const consignorChecks = ARTICLE.replace('the Consignee shall evaluate', 'the Consignor shall evaluate');
    assert.equal(bundledStatus(`${PREAMBLE}\n${consignorChecks}\n`, 'supply-chain.risk-management', ''), 'wrong-party');
  });

  it('reads consent to re-consign as the subcontracting control, as consent to subcontract is', () => {
    assert.equal(bundledStatus(`${PREAMBLE}\n${ARTICLE.split('\n').slice(0, 3).join('\n')}\n`, 'supply-chain.subcontractors', ''), 'present');
    const plain = "## Article 7 (Subcontracting)\n\n1. The Consignee shall not subcontract any part of the work to a third party without the Consignor's prior written consent.";
    assert.equal(bundledStatus(`${PREAMBLE}\n${plain}\n`, 'supply-chain.subcontractors', ''), 'present');
  });

  it('reads a consignment of goods with no security check of anyone as no supply-chain control', () => {
    const goods = `${PREAMBLE}\n## Article 7 (Delivery)\n\nThe Consignee shall deliver the consigned goods to the address the Consignor names and shall check the security seals of each consignment.\n`;
    assert.equal(bundledStatus(goods, 'supply-chain.risk-management', ''), 'missing');
  });
});

describe('the transliterated labels Party Ko and Party Otsu', () => {
  const block = (ko: string, otsu: string): string => [
    '# Maintenance Consignment Contract',
    '',
    `**Party Ko (${ko}):** Hanamura Trading Co., Ltd.`,
    '',
    `**Party Otsu (${otsu}):** Sorano Net Works K.K.`,
    '',
    'Party Ko consigns the maintenance of its network to Party Otsu.',
    '',
  ].join('\n');

  it('takes the side its bracketed role word names, whichever label carries it', () => {
    const usual = detectParties(parseDocument(block('the Consignor', 'the Consignee')));
    assert.equal(usual.names.find((n) => n.term === 'Party Otsu')?.role, 'provider');
    assert.equal(usual.names.find((n) => n.term === 'Party Ko')?.role, 'customer');
    const reversed = detectParties(parseDocument(block('the Consignee', 'the Consignor')));
    assert.equal(reversed.names.find((n) => n.term === 'Party Ko')?.role, 'provider');
  });
});
