/**
 * "It is the duty of X to …", "it shall be the obligation of X to …": statutory and Commonwealth
 * drafting states a duty with a dummy subject and names its holder after "of" (lexicon
 * `soleResponsibility`). The holder owes the act: the provider's duty binds, the customer's moves
 * the duty to the customer. Sentences written for this test.
 */
import { strict as assert } from 'node:assert';
import { detectParties } from '../../server/src/engine/parties';
import { parseDocument } from '../../server/src/engine/parse';
import { bundledStatus } from './matching-helpers';

describe('a duty stated as "it is the duty of X to …"', () => {
  for (const sentence of [
    'It is the duty of the Provider to back up the Customer Data every day.',
    'It shall be the duty of the Provider to back up the Customer Data every day.',
    'It is the obligation of the Provider to back up the Customer Data every day.',
    'It will be the obligation of the Provider, through its service desk, to back up the Customer Data every day.',
  ]) {
    it(`binds the provider: ${sentence}`, () => assert.equal(bundledStatus(sentence, 'backup.contracted-service'), 'present'));
  }

  for (const sentence of [
    'The Provider shall host the platform. It is the duty of the Customer to back up the Customer Data every day.',
    'The Provider shall host the platform. It is the duty of the Customer, through its IT team, to back up the Customer Data every day.',
    'The Provider shall host the platform. Backing up the Customer Data is the duty of the Customer.',
  ]) {
    it(`moves the duty to the customer: ${sentence}`, () => assert.equal(bundledStatus(sentence, 'backup.contracted-service'), 'negated'));
  }

  it('a duty of the customer about something else leaves the provider\'s duty whole', () =>
    assert.equal(bundledStatus('The Provider shall back up the Customer Data every day. It is the duty of the Customer to pay the fees on time.', 'backup.contracted-service'), 'present'));
  for (const sentence of ['It is not the duty of the Provider to back up the Customer Data.', 'It shall not be the obligation of the Provider to back up the Customer Data.']) {
    it(`disclaims the duty: ${sentence}`, () => assert.equal(bundledStatus(sentence, 'backup.contracted-service'), 'negated'));
  }
  it('a duty the provider is said not to have about something else leaves its duty whole', () =>
    assert.equal(bundledStatus('The Provider shall back up the Customer Data daily. It is not the duty of the Provider to pay for the Customer\'s backup licences.', 'backup.contracted-service'), 'present'));
  it('a hedge still weakens the duty', () =>
    assert.equal(bundledStatus('It is the duty of the Provider to install security patches within fourteen days of release where practicable.', 'patching.ongoing-service'), 'weak'));
});

describe('"the Procuring Entity": public procurement\'s name for the buyer', () => {
  const TENDER = '# Contract for Network Services\n\nIn this Contract, "the Procuring Agency" means the Ministry of Roads; "the Contractor" means the successful tenderer.\n\n';
  it('is read as the customer side', () => {
    const p = detectParties(parseDocument(TENDER));
    assert.equal(p.names.find((n) => n.term === 'Procuring Agency')?.role, 'customer');
    assert.equal(p.provider, 'Contractor');
  });
  it('takes a duty stated as its own', () => {
    assert.equal(bundledStatus('The Contractor shall run the network. It is the duty of the Procuring Agency to back up the ministry servers every day.\n', 'backup.contracted-service', TENDER), 'negated');
    assert.equal(bundledStatus('It is the duty of the Contractor to back up the ministry servers every day.\n', 'backup.contracted-service', TENDER), 'present');
  });
});
