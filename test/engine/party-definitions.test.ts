/**
 * Party definitions in parentheses are found from each "(" (parties.ts) and give exactly the
 * matches of the single pattern that tried every position before.
 */
import { strict as assert } from 'node:assert';
import { definitionsInParens } from '../../server/src/engine/parties';

const QUOTE = `["“”'‘’]`;
const OLD = new RegExp(
  `([^()\\n]{0,120}?)\\(\\s*(?:each\\s+a\\s+|together\\s*,?\\s+|collectively\\s*,?\\s+)?(?:hereinafter(?:\\s+(?:referred\\s+to\\s+as|called))?\\s+)?(?:as\\s+)?(?:the\\s+|a\\s+|an\\s+)?${QUOTE}([^"“”'‘’\\n]{1,40})${QUOTE}\\s*\\)`,
  'giu',
);

function old(text: string): { index: number; before: string; name: string }[] {
  return [...text.matchAll(OLD)].map((m) => ({ index: m.index, before: m[1]!, name: m[2]! }));
}

describe('party definitions in parentheses', () => {
  it('match the old whole-sentence pattern on generated sentences', () => {
    let seed = 11;
    const next = (): number => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0), seed / 2 ** 32);
    const pieces = ['Acme Ltd. ', '(the "Provider")', '("MSP")', '(a)', '(hereinafter “Client”)', '(together, "Parties")', ')', '(', '\n', '\r\n', 'between ', 'and ', 'x'.repeat(60), '\u{1F600}'.repeat(30), 'é', '("', '")', ' '];
    for (let round = 0; round < 3000; round++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 10) }, () => pieces[Math.floor(next() * pieces.length)]!).join('');
      assert.deepEqual(definitionsInParens(text), old(text), JSON.stringify(text));
    }
  });

  it('take at most 120 characters of the name before the parenthesis', () => {
    const text = `${'x'.repeat(130)} (the "Provider") and Beta Inc. ("Customer")`;
    assert.deepEqual(definitionsInParens(text), old(text));
    assert.equal(definitionsInParens(text)[0]!.before.length, 120);
  });
});
