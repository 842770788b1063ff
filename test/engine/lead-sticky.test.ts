/**
 * The lead's sticky pattern in lower case without `i`, read on the lower-case text, finds what the
 * pattern with `i` finds on the text (engine/lead-sticky.ts), at every position of texts with
 * mixed case, punctuation and non-ASCII letters; a source whose escapes lower-casing would
 * change keeps `i`.
 */
import { strict as assert } from 'node:assert';
import { random } from './seeded-random';
import { inText, leadSticky } from '../../server/src/engine/lead-sticky';
import { termSource } from '../../server/src/engine/terms';

const ASCII_WORD = '[A-Za-z0-9]';

/** A term's fast pattern source, as term-patterns.ts builds it. */
function fastSource(term: string): string {
  return `(?:${termSource(term).source.split('[\\p{L}\\p{N}]').join(ASCII_WORD)})(?!${ASCII_WORD})`;
}

describe('lead-sticky: the lower-case sticky pattern', () => {
  const terms = ['Back up', 'log*', 'Multi-Factor Authentication', 'e-mail', 'store', 'U.S. persons', 'third-party', 'Patch*', 'SIEM tool', '24/7'];
  const pieces = ['Back', 'UP', 'back-up', 'LOG', 'Logging', 'multi factor', 'Multi-Factor AUTHENTICATION', 'E-Mail', 'storing', 'Store', 'u.s. Persons', 'Third Party', 'PATCHES', 'siem TOOL', '24/7', 'é', 'Ünïcode', '—', ' ', '  ', '\n', ',', '.', 'x', '9'];

  it('finds on the lower-case text what the case-insensitive pattern finds on the text, at every position', () => {
    const next = random(13);
    let compared = 0;
    let found = 0;
    for (const term of terms) {
      const source = fastSource(term);
      const lowerSticky = leadSticky(source, false);
      assert.equal(lowerSticky.ignoreCase, false, `${term}: read in lower case`);
      const reference = new RegExp(source, 'yi');
      for (let n = 0; n < 40; n++) {
        let text = '';
        for (let k = 0; k < 12; k++) text += pieces[Math.floor(next() * pieces.length)]!;
        const lower = text.toLowerCase();
        assert.equal(lower.length, text.length);
        for (let at = 0; at < text.length; at++) {
          reference.lastIndex = at;
          lowerSticky.lastIndex = at;
          const want = reference.exec(text);
          const got = lowerSticky.exec(lower);
          compared++;
          if (!want) {
            assert.equal(got, null, `${term} at ${at} in ${JSON.stringify(text)}`);
            continue;
          }
          found++;
          assert.ok(got, `${term} at ${at} in ${JSON.stringify(text)}`);
          const match = inText(text, got);
          assert.equal(match[0], want[0]);
          assert.equal(match.index, want.index);
        }
      }
    }
    assert.ok(found > 50 && compared > found, `a test that compares matches (${found} of ${compared})`);
  });

  it('keeps `i` for escapes that lower-casing would change, and case-sensitive terms as they are', () => {
    assert.equal(leadSticky('\\S+ups?', false).ignoreCase, true);
    assert.equal(leadSticky('\\x41udit', false).ignoreCase, true);
    assert.equal(leadSticky('\\W', false).ignoreCase, true);
    const safe = leadSticky('U\\.S\\.(?:\\s+|-)?Persons\\b', false);
    assert.equal(safe.ignoreCase, false);
    assert.equal(safe.source, 'u\\.s\\.(?:\\s+|-)?persons\\b');
    const sensitive = leadSticky('SIEM', true);
    assert.equal(sensitive.source, 'SIEM');
    assert.equal(sensitive.ignoreCase, false);
  });
});
