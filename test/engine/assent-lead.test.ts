/**
 * "The Customer acknowledges that the Provider does not back up …": the party that acknowledges,
 * agrees to or accepts a statement is not its actor; with no modal, the "that" clause's party is
 * (lexicon `assentVerbs`, assent-lead.ts). And a negated passive whose subject is the act's noun,
 * "backups of the data are not performed", refuses the act (lexicon `negatedConcept.notDone`).
 * Sentences written for this test.
 */
import { strict as assert } from 'node:assert';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { itReadsWithPack, packCopyStatus } from './house-pack';
import { bundledStatus } from './matching-helpers';

describe('a statement the other party acknowledges', () => {
  for (const [sentence, id] of [
    ['The Customer acknowledges that the Provider does not back up any Customer Data.', 'backup.contracted-service'],
    ['The Customer acknowledges and agrees that the Provider does not back up the Customer Data.', 'backup.contracted-service'],
    ['The Customer hereby accepts that the Provider does not apply security patches to the Customer Systems.', 'patching.ongoing-service'],
    ['The Customer understands that the Provider does not monitor or retain security event logs.', 'logging.retention'],
  ] as const) {
    it(`is the acknowledged party's disclaimer: ${sentence}`, () => assert.equal(bundledStatus(sentence, id), 'negated'));
  }

  it('a statement about the acknowledging party itself stays no duty of the provider', () =>
    assert.notEqual(bundledStatus('The Customer acknowledges that it does not back up the Customer Data.', 'backup.contracted-service'), 'negated'));
  it('an acknowledged practice of the provider is still no promise', () =>
    assert.equal(bundledStatus('The Customer acknowledges that the Provider backs up the Customer Data every day.', 'backup.contracted-service'), 'weak'));
  it('a binding clause after the acknowledgement still binds', () =>
    assert.equal(bundledStatus('The Customer acknowledges that the Provider shall back up the Customer Data every day.', 'backup.contracted-service'), 'present'));
  itReadsWithPack(
    [
      { name: 'an assent verb added by a pack makes the acknowledged refusal the provider\'s', pack: 'assentVerbs: [concedes]\n', body: 'The Customer concedes that the Provider does not back up any Customer Data.', bundled: 'wrong-party', withPack: 'negated' },
    ],
    (lexicon, body) => packCopyStatus(lexicon, body, 'backup.contracted-service'),
  );
  it('a lexicon without the key compiles: no lead is read as assent', () => assert.equal(compileLexicon({}).assentLead.test(' acknowledges that '), false));
});

describe('a negated passive of the act named by a noun', () => {
  for (const sentence of [
    'Backups of the Customer Data are not performed by the Provider.',
    'The Customer understands that backups of the Customer Data are not performed by the Provider.',
    'Backups of the production databases are not taken by the Provider.',
  ]) {
    it(`refuses the act: ${sentence}`, () => assert.equal(bundledStatus(sentence, 'backup.contracted-service'), 'negated'));
  }
  it('a condition after it is a protective rule, not a refusal', () =>
    assert.notEqual(bundledStatus('Backups of the Customer Data are not taken until the Customer approves the backup schedule.', 'backup.contracted-service'), 'negated'));
});
