/**
 * Schedules numbered by part letter and section ("C.4 Retention of logs" over "C.4.1 …"): the
 * caption line is a title that heads its sub-clauses, not a sentence. Left behind when its
 * clauses are deleted, it obliges no one, as an empty heading does. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/engine/parse';
import { bundledStatus } from './matching-helpers';

const NEXT = '**D.3 Staff vetting**\n\nD.3.1 The Provider shall vet each engineer before the engineer starts work on the Services.\n';

describe('lettered section captions', () => {
  it('read "C.4" and "C.4.1" as enumerators and the bold line as a title without sentences', () => {
    const doc = parseDocument('# Schedule D\n\n**D.2 Backup**\n\nD.2.1 The Provider shall back up the Customer Data every night.\n');
    const caption = doc.units.find((u) => u.enumerator === 'D.2');
    assert.equal(caption?.caption?.text, 'Backup');
    assert.deepEqual(caption?.sentences, []);
    assert.equal(doc.units.find((u) => u.enumerator === 'D.2.1')?.sentences[0]?.text, 'The Provider shall back up the Customer Data every night.');
  });

  for (const [id, caption] of [
    ['backup.contracted-service', 'Backup of Customer Data'],
    ['logging.retention', 'Retention of security logs'],
    ['patching.ongoing-service', 'Security patching'],
    ['network.segregation', 'Segregation of customer environments'],
  ] as const) {
    it(`a caption left without its clauses ("${caption}") is no evidence`, () => {
      assert.equal(bundledStatus(`## Schedule D\n\n**D.2 ${caption}**\n\n${NEXT}`, id), 'missing');
    });
  }

  it('must not: the caption still heads the sub-clause under it', () => {
    const body = '## Schedule D\n\n**D.2 Multi-factor authentication**\n\nD.2.1 The Provider shall require this for every remote login by its staff to the Customer systems.\n';
    assert.equal(bundledStatus(body, 'mfa.provider-access'), 'present');
  });
});
