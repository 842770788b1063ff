/**
 * The words after a term's lead are checked by hand before its pattern runs (lead-continuation.ts):
 * the check may only reject places where the pattern cannot match.
 */
import { strict as assert } from 'node:assert';
import { random } from './seeded-random';
import { continuesAt, DETERMINER_WORDS } from '../../server/src/engine/lead-continuation';
import { defaultPackDir, loadCatalog } from '../../server/src/engine/catalog/load';
import { continuationOf, DETERMINER, leadOf, termSource } from '../../server/src/engine/terms';

describe('the words after a term lead (checked before its pattern runs)', () => {
  it('continuationOf names the plain words after the first, the last without a final "e"', () => {
    assert.deepEqual(continuationOf('responsible for'), ['for']);
    assert.deepEqual(continuationOf('security incident response'), ['incident', 'respons']);
    assert.deepEqual(continuationOf('multi-factor authentication*'), ['factor', 'authentication']);
    assert.deepEqual(continuationOf('backup … manager'), [], 'a gap ends the words');
    assert.deepEqual(continuationOf("provider's staff"), [], 'an apostrophe in the first word');
    assert.deepEqual(continuationOf("keep the customer's logs"), ['the'], 'an apostrophe ends the words');
    assert.deepEqual(continuationOf('SOC-2'), [], 'a term in capitals is one literal');
    assert.deepEqual(continuationOf('SOC 2'), ['2'], 'with a space it is not in capitals only');
    assert.deepEqual(continuationOf('access is logged'), [], 'a passive term reads an auxiliary');
    assert.deepEqual(continuationOf('store'), []);
  });

  it('reads the joints as the pattern does: white space, a hyphen or nothing, then a determiner', () => {
    const at = (text: string, words: string[]): boolean => continuesAt(text, 0, words);
    assert.equal(at(' for', ['for']), true);
    assert.equal(at('\r\n  for', ['for']), true);
    assert.equal(at('-for', ['for']), true);
    assert.equal(at('for', ['for']), true);
    assert.equal(at(' all the for', ['for']), false, 'one determiner at most');
    assert.equal(at(' every\u00a0for', ['for']), true, 'any white space after the determiner');
    assert.equal(at(' to', ['for']), false);
    assert.equal(at(' - for', ['for']), false, 'white space or a hyphen, not both');
    assert.equal(at('-the for', ['for']), true);
    assert.equal(at(' an incident response', ['incident', 'respons']), true);
    assert.equal(at(' incident of response', ['incident', 'respons']), false);
    assert.equal(at(' the the', ['the']), true, 'a word that is a determiner is read either way');
    assert.equal(at(' a', ['an']), false);
  });

  it('DETERMINER_WORDS are the words of the determiner pattern', () => {
    const pattern = new RegExp(`^${DETERMINER}$`);
    for (const w of DETERMINER_WORDS) assert.ok(pattern.test(`${w} `), w);
    const candidates = ['the', 'a', 'an', 'all', 'any', 'its', 'their', 'each', 'every', 'such', 'these', 'this', 'some', 'our', 'his', 'it', 'thee'];
    assert.deepEqual(candidates.filter((w) => pattern.test(`${w} `)).sort(), [...DETERMINER_WORDS].sort());
  });

  it("never rejects a place where a catalog term's pattern matches", () => {
    const catalog = loadCatalog([defaultPackDir()]);
    const terms = [...new Set(catalog.requirements.flatMap((r) => [...r.detect.flat(), ...r.exclude]))].filter((t) => continuationOf(t).length);
    assert.ok(terms.length > 200);
    const next = random(4242);
    const round0 = Math.floor(next() * 4);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const fillers = ['', '', 'the', 'The', 'an', 'a', 'all', 'such', 'thee', 'the the', 'an a', 'for', 'of'];
    const joints = [' ', ' ', '-', '', '  ', '\r\n', ' - ', '\u00a0', '\t'];
    // Every fourth term (compiling each Unicode pattern is what costs here).
    const sample = terms.filter((_, k) => k % 4 === round0);
    const patterns = new Map<string, RegExp>();
    const patternOf = (term: string): RegExp => {
      const { source, caseSensitive } = termSource(term);
      return new RegExp(`(?:${source})(?![\\p{L}\\p{N}])`, caseSensitive ? 'yu' : 'yiu');
    };
    let matched = 0;
    for (let round = 0; round < 4000; round++) {
      const term = pick(sample);
      const lead = leadOf(term);
      const words = term.replace(/\*$/, '').split(/[\s-]+/).slice(1);
      const endings = ['', 's', 'ing', 'ed', 'd'];
      const body = words.map((w) => `${pick(joints)}${pick(fillers)}${pick(fillers) ? pick(joints) : ''}${next() < 0.15 ? w.toUpperCase() : w}`).join('');
      const text = `${lead}${body}${pick(endings)}`;
      const pattern = patterns.get(term) ?? patternOf(term);
      patterns.set(term, pattern);
      const lower = text.toLowerCase();
      if (!pattern.test(text)) continue;
      matched++;
      assert.equal(continuesAt(lower, lead.length, continuationOf(term)), true, `${term} in ${JSON.stringify(text)}`);
    }
    assert.ok(matched > 500, `only ${matched} texts matched`);
  });
});
