/**
 * "The Provider shall provide the Services" and, elsewhere, "The Services include patch management
 * …" (or "The Services comprise: (a) … (b) …"): the agreement defines what it obliges the provider
 * to provide, so each thing the Services are said to include is owed. Without such a duty, or where
 * the list is only possible ("may include") or denied, it stays a description. Only the
 * defined term (with a capital) counts; the provider's own present-tense statements are not bound
 * by it (lexicon `serviceDescriptions.supplyDuties`). Sentences written for this test.
 */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';
import { itReadsWithPack, packCopyStatus } from './house-pack';

const DUTY = '## 2. Services\n\nThe Provider shall provide the Services.\n\n## 6. Scope of Services\n\n';

describe('what the Services include, once the provider owes the Services', () => {
  for (const [body, id] of [
    [`${DUTY}The Services include patch management for all servers and workstations.`, 'patching.ongoing-service'],
    [`${DUTY}The Services comprise:\n\n(a) service desk support;\n\n(b) patch management for servers and workstations;\n\n(c) daily backup of the Customer Data.`, 'patching.ongoing-service'],
    [`${DUTY}The Services comprise:\n\n(a) service desk support;\n\n(b) patch management for servers and workstations;\n\n(c) daily backup of the Customer Data.`, 'backup.contracted-service'],
    ['## 6. Scope of Services\n\nThe Services will include nightly backup of the Customer Data to a second site.\n\n## 9. Performance\n\nThe Provider will perform the Services with reasonable skill and care.', 'backup.contracted-service'],
  ] as const) {
    it(`is owed: ${body.split('\n').filter(Boolean).pop()}`, () => assert.equal(bundledStatus(body, id), 'present'));
  }

  it('without a duty to provide the Services, the list describes the service', () =>
    assert.equal(bundledStatus('## 2. Services\n\nThe Customer shall pay for the Services.\n\nThe Services include daily backup of the Customer Data.', 'backup.contracted-service'), 'weak'));
  it('a list of what the Services may include is no duty', () =>
    assert.equal(bundledStatus(`${DUTY}The Services may include daily backup of the Customer Data.`, 'backup.contracted-service'), 'missing'));
  it('what the Services do not include stays excluded', () =>
    assert.equal(bundledStatus(`${DUTY}The Services do not include backup of the Customer Data.`, 'backup.contracted-service'), 'negated'));
  it('a hedge in the list still weakens it', () =>
    assert.equal(bundledStatus(`${DUTY}The Services include, where practicable, daily backup of the Customer Data.`, 'backup.contracted-service'), 'weak'));
  it("the provider's own present-tense statement is not bound by a duty to provide the Services", () =>
    assert.equal(bundledStatus(`${DUTY}The Provider backs up the Customer Data daily.`, 'backup.contracted-service'), 'weak'));
  it('a lower-case "services" is no defined term', () =>
    assert.equal(bundledStatus('## 2. Services\n\nThe Provider shall provide the Services.\n\nIts managed services include daily backup of the Customer Data.', 'backup.contracted-service'), 'weak'));

  itReadsWithPack(
    [
      { name: 'a supply duty added by a pack binds what the Services include', pack: 'serviceDescriptions:\n  supplyDuties: [shall render]\n', body: '## 2. Services\n\nThe Provider shall render the Services.\n\nThe Services include daily backup of the Customer Data.', bundled: 'weak', withPack: 'present' },
    ],
    (lexicon, body) => packCopyStatus(lexicon, body, 'backup.contracted-service'),
  );
});
