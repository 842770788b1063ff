// The words that open a carve-out or condition inside a clause are lexicon data
// (clauses/<pack>/lexicon.yaml, `carveOuts`): inside one, a negation qualifies the duty instead of
// disclaiming it; "where"/"when" are conditions only at the clause's start; after an exclusion
// word, some words make it a condition rather than an excluded object. The quick fix that removes
// a trailing carve-out takes the same opening words with it. Sentences of our own.
import { strict as assert } from 'node:assert';
import { parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { carveOuts } from '../../server/src/engine/clauses';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { itReadsWithPack, packCopyStatus } from './house-pack';

const backup = (lexicon: string, body: string): string => packCopyStatus(lexicon, body, 'backup.contracted-service');
const whole = (text: string): { start: number; end: number } => ({ start: 0, end: text.length });

describe('carve-out words are lexicon data', () => {
  it('the bundled words: a negation inside “unless …” is a condition; an inner “where” is relative', () => {
    assert.equal(backup('hedges: []\n', 'The Provider shall back up all Customer Data every day, unless the Customer is not required to keep it.'), 'weak');
    const lex = compileLexicon({ carveOuts: { openers: ['where', 'unless'], leadingOnly: ['where'] } });
    const text = 'back up the systems where data is kept, unless agreed';
    assert.deepEqual(carveOuts(text, whole(text), lex).map((c) => c.word), ['unless']);
  });

  it('after an exclusion word, the pack’s condition words make it a condition, not an excluded object', () => {
    const text = 'provide all services except during the backup window';
    const read = (conditionsAfter: string[]): boolean[] => carveOuts(text, whole(text), compileLexicon({ exclusions: ['except'], carveOuts: { openers: ['except'], conditionsAfter } })).map((c) => c.excludes);
    assert.deepEqual(read([]), [true]);
    assert.deepEqual(read(['during']), [false]);
  });

  it('the fix takes a carve-out opener with a trailing carve-out, as it does a connector', () => {
    const connector = (openers: string[]): string | undefined => compileLexicon({ quickFixes: { connectors: ['but'] }, carveOuts: { openers } }).quickFixes.connectorBefore.exec('all servers, barring; ')?.[0];
    assert.equal(connector([]), '; ');
    assert.equal(connector(['barring']), ', barring; ');
  });

  it('schema-checked, and a lexicon without the key reads no carve-out', () => {
    assert.deepEqual(parseLexicon('carveOuts:\n  openers: [barring]\n  leadingOnly: [while]\n  conditionsAfter: [during]\n', 'lexicon.yaml').problems, []);
    assert.ok(parseLexicon('carveOuts:\n  opener: [barring]\n', 'lexicon.yaml').problems.length > 0);
    const text = 'back up the data except backups, unless agreed';
    assert.deepEqual(carveOuts(text, whole(text), compileLexicon({})), []);
  });

  itReadsWithPack(
    [
      { name: 'an opener makes a negation inside it a condition on the duty', pack: 'carveOuts:\n  openers: [barring]\n', body: 'The Provider shall back up all Customer Data every day, barring days on which the Provider is not required to be open.', bundled: 'negated', withPack: 'weak' },
      { name: 'a word that is a condition only at the clause’s start is read as relative inside it', pack: 'carveOuts:\n  leadingOnly: [unless]\n', body: 'The Provider shall back up all Customer Data every day unless the Customer is not required to keep it.', bundled: 'weak', withPack: 'negated' },
    ],
    backup,
  );
});
