// What a stated period is for (`periodContexts`: a notice period, one tier's period) and which
// words make a promise absolute (`absolutePromises`, the provider view's over-commitment) are
// lexicon data (clauses/<pack>/lexicon.yaml). A pack copy that adds a word reads a sentence the
// bundled pack reads otherwise; a lexicon without the keys still compiles. Sentences of our own.
import { strict as assert } from 'node:assert';
import { parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { itReadsWithPack, packCopyAnalysis, packCopyStatus } from './house-pack';

/** Does the provider view report the clause as promising more than the advisory asks? */
const overCommits = (lexicon: string, body: string): string => String(packCopyAnalysis(lexicon, body, 'backup.contracted-service', { perspective: 'provider' }).findings[0]!.overCommits ?? false);

describe('period context and absolute-promise words are lexicon data', () => {
  it('the bundled words: a notice period is no period of keeping, periods differ by tier, an outcome guaranteed is absolute', () => {
    const retention = (body: string): string => packCopyStatus('hedges: []\n', body, 'logging.retention');
    assert.equal(retention('The Provider shall retain the security logs, and may erase them on ninety days’ advance written notice.'), 'weak');
    assert.equal(retention('The Provider shall retain the security logs for thirty days under the Basic plan and two years under the Gold plan.'), 'below-threshold');
    assert.equal(overCommits('hedges: []\n', 'The Provider shall back up all Customer Data every day and guarantees that no Customer Data is ever lost.'), 'true');
    assert.equal(overCommits('hedges: []\n', 'The Provider shall back up all Customer Data every day.'), 'false');
  });

  it('schema-checked: periodContexts takes its own lists, absolutePromises is a list', () => {
    assert.deepEqual(parseLexicon('periodContexts:\n  notices: [warning]\n  tiers: [bundle]\nabsolutePromises: [without fail]\n', 'lexicon.yaml').problems, []);
    assert.ok(parseLexicon('periodContexts:\n  noticez: [warning]\n', 'lexicon.yaml').problems.length > 0);
    assert.ok(parseLexicon('absolutePromises: without fail\n', 'lexicon.yaml').problems.length > 0);
  });

  it('a lexicon without the keys compiles: no notice period, no tier, no absolute promise', () => {
    const bare = compileLexicon({});
    assert.equal(bare.periodContexts.noticeAfter.test("' prior written notice"), false);
    assert.equal(bare.periodContexts.tierAfter.test(' on the Premium tier'), false);
    assert.equal(bare.absolutePromises.test('unlimited liability'), false);
  });

  itReadsWithPack(
    [
      { name: 'a notice word makes the period a notice period', pack: 'periodContexts:\n  notices: [warning]\n', body: 'The Provider shall retain the security logs, and may erase them after giving ninety days’ warning.' },
      { name: 'a word before the notice word is read through', pack: 'periodContexts:\n  noticeModifiers: [formal]\n', body: 'The Provider shall retain the security logs, and may erase them on ninety days’ formal notice.' },
    ].map((c) => ({ ...c, bundled: 'below-threshold', withPack: 'weak' })),
    (lexicon, body) => packCopyStatus(lexicon, body, 'logging.retention'),
  );

  itReadsWithPack(
    [
      { name: 'a tier noun makes the short period one tier’s', pack: 'periodContexts:\n  tiers: [bundle]\n', body: 'The Provider shall retain the security logs for thirty days on the Basic bundle and thirteen months on the Premium bundle.' },
      { name: 'a tier preposition does too', pack: 'periodContexts:\n  tierPrepositions: [at]\n', body: 'The Provider shall retain the security logs for thirty days at the Basic tier and thirteen months at the Premium tier.' },
    ].map((c) => ({ ...c, bundled: 'present', withPack: 'below-threshold' })),
    (lexicon, body) => packCopyStatus(lexicon, body, 'logging.retention'),
  );

  itReadsWithPack(
    [{ name: 'an absolute promise is an over-commitment in the provider view', pack: 'absolutePromises: [without fail]\n', body: 'The Provider shall back up all Customer Data every day without fail.', bundled: 'false', withPack: 'true' }],
    overCommits,
  );
});
