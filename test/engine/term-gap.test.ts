/**
 * The term gap "…": "backup … manager" reads every title of a deputy with up to three words in
 * between, never across punctuation or further; used by the backup requirement so that a deputy
 * person is no backup evidence whatever the title. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { anchorOf, termSet } from '../../server/src/engine/terms';
import { bundledStatus } from './matching-helpers';

describe('term gap: "…" stands for up to three words', () => {
  const set = termSet(['backup … manager']);
  const found = (text: string): string[] => set.find(text).map((h) => text.slice(h.start, h.end));
  it('matches with none to three words between', () => {
    assert.deepEqual(found('The backup manager acts.'), ['backup manager']);
    assert.deepEqual(found('a backup relationship manager'), ['backup relationship manager']);
    assert.deepEqual(found('the backup service delivery manager'), ['backup service delivery manager']);
  });
  it('does not reach across punctuation or past three words', () => {
    assert.deepEqual(found('backup copies, sent to the manager'), []);
    assert.deepEqual(found('backup reports go to the manager'), []);
  });
  it('the anchor is a real word of the term, not the gap', () => {
    assert.equal(anchorOf('backup … manager'), 'manager');
  });
});

describe('backup: a deputy person under any title is no backup evidence', () => {
  const BACKUP = 'backup.contracted-service';
  it('deputies named by role titles read missing', () => {
    for (const s of [
      'The Provider will appoint a backup account manager to cover absences.',
      'The Provider shall name a backup relationship manager for the Customer.',
      'The Provider shall provide a backup engineer when the named engineer is on leave.',
      'The Provider shall nominate a backup technical point of contact.',
    ]) assert.equal(bundledStatus(s, BACKUP), 'missing', s);
  });
  it('a backup duty in the same sentence still counts', () => {
    assert.equal(bundledStatus('The Provider shall back up the Customer Data daily and name a backup contact for restores.', BACKUP), 'present');
    assert.equal(bundledStatus('The Provider shall provide backup services, and a backup service delivery lead.', BACKUP), 'present');
  });
});
