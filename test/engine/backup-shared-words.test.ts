/**
 * Sentences that only share the word "backup" with the backup service: backups named among what
 * is kept apart from other customers (segregation's object, not a duty to take them), and deputy
 * staff ("backup staff", "backup technicians"). Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const backup = (body: string): string => bundledStatus(`## 5. Services\n\n${body}\n`, 'backup.contracted-service');
const segregation = (body: string): string => bundledStatus(`## 5. Services\n\n${body}\n`, 'network.segregation');

describe('backups only named as what segregation keeps apart', () => {
  const SEGREGATING = [
    'The Provider shall keep the Customer systems, data and backups logically separated from those of its other customers.',
    'The Customer environment, including its backups and management tools, is logically segregated from the environments of the Provider’s other clients.',
    'The Provider shall hold the Customer Data and its backups in a tenancy segregated from every other customer of the Provider.',
    'The Provider shall ensure that no other tenant can reach the Customer’s servers, databases or backups, and keeps them isolated from other tenants.',
  ];
  for (const sentence of SEGREGATING) {
    it(`no backup duty: ${sentence.slice(0, 60)}…`, () => {
      assert.equal(backup(sentence), 'missing');
      assert.notEqual(segregation(sentence), 'missing');
    });
  }
  it('must still read a backup duty that also keeps the copies apart from other customers', () => {
    assert.equal(backup('The Provider shall back up all Customer Data every day and keep the copies separated from other customers’ data.'), 'present');
    assert.equal(backup('The Provider shall take nightly backups of the Customer systems, held apart from those of its other clients.'), 'present');
  });
});

describe('backup staff are deputies, not copies of data', () => {
  for (const sentence of [
    'The Provider shall arrange backup staff whenever the resident engineer is absent.',
    'The Provider shall provide backup technicians during the assigned technician’s holidays.',
    'Backup personnel shall be named for each site in the contact list.',
  ]) {
    it(`no backup duty: ${sentence.slice(0, 60)}…`, () => assert.equal(backup(sentence), 'missing'));
  }
  it('must still read backups of the staff’s own data', () => {
    assert.equal(backup('The Provider shall back up the mailboxes of all Customer staff every night.'), 'present');
    assert.equal(backup('The Provider shall keep daily backups of staff laptops and personnel files.'), 'present');
  });
});
