/**
 * "Backup" in two other senses that drafts of every kind use: staff who cover for others during
 * leave ("backup cover for the ICT officers", "back-up staff"), and a standby power supply ("a
 * back-up generator", "DG set back-up", "battery back-up"). Neither is a backup of data, unless
 * the sentence also backs data up. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const AREA = ['backup.contracted-service', 'backup.offline-encrypted', 'backup.testing'];

function statuses(sentence: string): string[] {
  return AREA.map((id) => bundledStatus(`## 4. Premises and staffing\n\n${sentence}\n`, id));
}

describe('backup as staff cover or standby power', () => {
  for (const sentence of [
    'The Provider will arrange backup cover for the Customer’s IT officers during their annual leave.',
    'The Provider shall make back-up staff available when the named engineer is absent.',
    'The Customer shall provide desks, power and DG set back-up in its server rooms.',
    'The Provider shall keep a back-up generator and battery back-up at each data centre.',
    'Backup power for the server room is the Customer’s responsibility.',
  ]) {
    it(`is no evidence: "${sentence}"`, () => assert.deepEqual(statuses(sentence), ['missing', 'missing', 'missing']));
  }

  it('must not: a sentence that also backs data up stays evidence', () => {
    assert.equal(bundledStatus('## 4. Security\n\nThe Provider shall back up the Customer Data every night to a site with its own standby generator.\n', 'backup.contracted-service'), 'present');
    assert.equal(bundledStatus('## 4. Security\n\nBackup cover staff shall restore the Customer Data from the nightly backups within four hours of a request.\n', 'backup.contracted-service'), 'present');
  });
});
