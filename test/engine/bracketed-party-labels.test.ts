/**
 * Neutral party labels cast by a role word in brackets: "**Party A (the Client):** …" /
 * "Party B (the Service Provider)", as translated civil-law contracts write them. Lines of our own.
 */
import { strict as assert } from 'node:assert';
import { detectParties } from '../../server/src/engine/parties';
import { parseDocument } from '../../server/src/engine/parse';
import { bracketedLabels } from '../../server/src/engine/party-labels';
import { bundledStatus } from './matching-helpers';

const LABELS = ['Party A', 'Party B', 'First Party', 'Second Party'];

const PARTIES_BLOCK = [
  '# Network Maintenance Service Contract',
  '',
  '**Party A (the Client):** Weston Harbour Logistics Co., Ltd.',
  'Registered Address: 4 Quay Street',
  '',
  '**Party B (the Service Provider):** Brightline Systems Engineering Co., Ltd.',
  'Registered Address: 9 Mill Road',
  '',
  'Party A entrusts the maintenance of its network to Party B.',
  '',
].join('\n');

describe('neutral party labels cast by a bracketed role word', () => {
  it('reads the label, the role word and the legal name after the colon', () => {
    const found = bracketedLabels(PARTIES_BLOCK, LABELS);
    assert.deepEqual(found.map((b) => [b.label, b.roleWord, b.legalName]), [
      ['Party A', 'Client', 'Weston Harbour Logistics Co., Ltd.'],
      ['Party B', 'Service Provider', 'Brightline Systems Engineering Co., Ltd.'],
    ]);
    assert.deepEqual(bracketedLabels('This agreement binds the First Party (the Supplier) and the Second Party (the Buyer).', LABELS).map((b) => [b.label, b.roleWord]), [
      ['First Party', 'Supplier'],
      ['Second Party', 'Buyer'],
    ]);
  });

  it('gives each label the side its bracket names', () => {
    const p = detectParties(parseDocument(PARTIES_BLOCK));
    assert.equal(p.names.find((n) => n.term === 'Party A')?.role, 'customer');
    assert.equal(p.names.find((n) => n.term === 'Party B')?.role, 'provider');
    assert.equal(p.provider, 'Party B');
  });

  it('casts no one when the bracket holds no role word or the name is no party label', () => {
    const lookAlikes = [
      '**Party A (the Disclosing Party):** Weston Harbour Logistics Co., Ltd.',
      'Party B (see clause 3) may appoint an agent.',
      '**Schedule A (the Client Systems):** servers and switches.',
      '**Party B:** Brightline Systems Engineering Co., Ltd.',
    ].join('\n\n');
    const p = detectParties(parseDocument(lookAlikes));
    assert.equal(p.names.some((n) => /^(?:Party [AB]|Schedule A)$/.test(n.term)), false);
  });

  it('reads a duty moved to the client label as the customer\'s, and the provider label\'s as binding', () => {
    const moved = `${PARTIES_BLOCK}\n## Article 5 Security\n\n5.1 Party A shall enable multi-factor authentication for all remote administrative access to its network.\n`;
    assert.notEqual(bundledStatus(moved, 'mfa.provider-access', ''), 'present');
    const kept = `${PARTIES_BLOCK}\n## Article 5 Security\n\n5.1 Party B shall enable multi-factor authentication for all remote administrative access to Party A's network.\n`;
    assert.equal(bundledStatus(kept, 'mfa.provider-access', ''), 'present');
  });
});
