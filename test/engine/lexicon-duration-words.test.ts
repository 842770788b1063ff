// The words that make a stated period a minimum or a maximum are lexicon data
// (clauses/<pack>/lexicon.yaml, `durationQualifiers`): "at least six months" meets a six-month
// threshold, "up to twelve months" promises none. A workspace pack that adds a word is read with
// it; one that omits the key still loads. Sentences of our own.
import { strict as assert } from 'node:assert';
import { parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { findDurations } from '../../server/src/engine/durations';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { itReadsWithPack, packCopyStatus } from './house-pack';

const qualifiers = (text: string, words?: Parameters<typeof findDurations>[2]): string[] => findDurations(text, 0, words).map((d) => `${d.text.trim()}:${d.qualifier}`);

describe('duration qualifier words are lexicon data', () => {
  it('the bundled lexicon reads minimums and maximums before and after the period', () => {
    assert.deepEqual(qualifiers('Archives are kept for no fewer than 400 days and purged within 2 years.'), ['400 days:min', '2 years:max']);
    assert.deepEqual(qualifiers('a minimum archive retention period of nine months'), ['nine months:min']);
    assert.deepEqual(qualifiers('eighteen months or longer, and 30 days at a maximum'), ['eighteen months:min', '30 days:max']);
    assert.deepEqual(qualifiers('no more than 3 weeks'), ['3 weeks:max']);
  });

  it('schema-checked: durationQualifiers takes its own lists, and an unknown one is refused', () => {
    assert.deepEqual(parseLexicon('durationQualifiers:\n  atMost: [capped at]\n  atLeastAfter: [or upwards]\n', 'lexicon.yaml').problems, []);
    assert.ok(parseLexicon('durationQualifiers:\n  atMostz: [capped at]\n', 'lexicon.yaml').problems.length > 0);
  });

  it('a lexicon without the key compiles: every period is exact', () => {
    assert.deepEqual(qualifiers('no fewer than 400 days, within 2 years', compileLexicon({}).durationQualifiers), ['400 days:exact', '2 years:exact']);
  });

  // A period the bundled lexicon reads as exact (and so meeting the six-month threshold) and a copy of the bundled pack reads as a maximum.
  itReadsWithPack(
    [
      { name: 'a cap before the period', pack: 'durationQualifiers:\n  atMost: [capped at]\n', body: 'The Provider shall retain the security logs for a period capped at twelve months.' },
      { name: 'a cap after the period', pack: 'durationQualifiers:\n  atMostAfter: [at the outside]\n', body: 'The Provider shall retain the security logs for twelve months at the outside.' },
    ].map((c) => ({ ...c, name: `${c.name} makes the period a maximum, not a minimum`, bundled: 'present', withPack: 'below-threshold' })),
    (lexicon, body) => packCopyStatus(lexicon, body, 'logging.retention'),
  );
});
