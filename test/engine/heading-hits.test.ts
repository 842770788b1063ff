/**
 * HeadingHits keeps which concept groups a unit's headings hit as bits: each answer must be the
 * group's own test of the heading text, asked in any order and again, beyond 31 groups too.
 */
import { strict as assert } from 'node:assert';
import { HeadingHits } from '../../server/src/engine/heading-hits';
import { TextScan } from '../../server/src/engine/text-scan';
import { TermSet } from '../../server/src/engine/terms';

describe('heading hits', () => {
  const words = ['backup', 'logging', 'patching', 'incident', 'access'];
  const groups = Array.from({ length: 40 }, (_, g) => new TermSet([words[g % words.length]! + (g % 3 === 0 ? '' : ` plan ${g}`)]));
  for (const set of groups) set.register();

  it('answers each group as its own test of the heading text, in any order, asked twice', () => {
    for (const heading of ['7. Backup and Logging', 'Incident plan 4', '', 'Access plan 9 and patching plan 37']) {
      const hits = new HeadingHits(groups, heading, new TextScan(heading.toLowerCase()));
      const order = [...groups.keys()].sort((a, b) => ((a * 7) % 40) - ((b * 7) % 40));
      for (const g of [...order, ...order]) assert.equal(hits.hits(g), heading !== '' && groups[g]!.test(heading), `group ${g} in "${heading}"`);
    }
  });
});
