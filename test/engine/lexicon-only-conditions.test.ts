// A bare "only" condition that narrows a duty in a later qualification ("Notwithstanding clause 4,
// … only after business hours") or set off with "but" reads its words from the lexicon
// (clauses/<pack>/lexicon.yaml, `onlyConditions`). A pack copy that adds a word reads a sentence the
// bundled pack reads otherwise, and the reason follows the list the word is in (what the duty covers,
// or when it holds); a lexicon without the key still compiles. Sentences of our own.
import { strict as assert } from 'node:assert';
import { parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { itReadsWithPack, packCopyAnalysis, packCopyStatus } from './house-pack';

const backup = (lexicon: string, body: string): string => packCopyStatus(lexicon, body, 'backup.contracted-service');
const reason = (lexicon: string, body: string): string => packCopyAnalysis(lexicon, body, 'backup.contracted-service').findings[0]!.evidence[0]!.reason;

describe('"only" conditions that narrow a duty are lexicon data', () => {
  it('the bundled words: "only where" limits when, "only for" what; "only to the extent" is read whole, as a condition', () => {
    assert.match(reason('hedges: []\n', 'The Provider shall back up every Customer server nightly, but only where the Customer has paid the fees.'), /when a condition holds \(“only where …”\)/);
    assert.match(reason('hedges: []\n', 'Notwithstanding clause 4, the Provider shall back up the Customer servers only for the finance team.'), /part of what it covers \(“only for …”\)/);
    assert.match(reason('hedges: []\n', 'Notwithstanding clause 4, the Provider shall back up the Customer servers only to the extent that they hold payment data.'), /when a condition holds \(“only to the extent …”\)/);
  });

  it('schema-checked: onlyConditions takes its own lists, and an unknown one is refused', () => {
    assert.deepEqual(parseLexicon('onlyConditions:\n  limits: [after]\n  actOnly: [do no more than]\n', 'lexicon.yaml').problems, []);
    assert.ok(parseLexicon('onlyConditions:\n  limit: [after]\n', 'lexicon.yaml').problems.length > 0);
  });

  it('a lexicon without the key compiles: no "only" narrows', () => {
    const bare = compileLexicon({}).onlyConditions;
    assert.equal(bare.condition.test('only where the system allows'), false);
    assert.equal(bare.butOnly.test('but only where the system allows'), false);
  });

  it('a word added to coverage is read as narrowing what the duty covers', () => {
    const body = 'Notwithstanding clause 4, the Provider shall back up the Customer servers only within the main data centre.';
    assert.equal(reason('hedges: []\n', body), 'a binding obligation');
    assert.match(reason('onlyConditions:\n  coverage: [within]\n', body), /part of what it covers \(“only within …”\)/);
  });

  itReadsWithPack(
    [
      { name: 'a limit on when', pack: 'onlyConditions:\n  limits: [after]\n', body: 'Notwithstanding clause 4, the Provider shall back up every Customer server only after business hours.', bundled: 'present', withPack: 'weak' },
      { name: 'a condition, read after "but only"', pack: 'onlyConditions:\n  conditions: [so long as]\n', body: 'The Provider shall back up every Customer server nightly, but only so long as the Customer keeps the servers switched on.', bundled: 'present', withPack: 'weak' },
      { name: 'a word read after "but only"', pack: 'onlyConditions:\n  afterBut: [within]\n', body: 'The Provider shall back up every Customer server nightly, but only within the main data centre.', bundled: 'present', withPack: 'weak' },
      { name: 'words that limit the act itself', pack: 'onlyConditions:\n  actOnly: [do no more than]\n', body: 'Notwithstanding clause 4, the Provider shall do no more than back up the Customer servers that hold payment data.', bundled: 'present', withPack: 'weak' },
    ],
    backup,
  );
});
