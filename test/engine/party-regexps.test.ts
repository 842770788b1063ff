/** Party-name patterns are compiled once per source and shared only when they keep no state. */
import { strict as assert } from 'node:assert';
import { partyRegExp } from '../../server/src/engine/party-regexps';

describe('party regexps: compiled once per source', () => {
  it('gives the same pattern for the same source and flags, another for other flags', () => {
    const a = partyRegExp('(?:the\\s+)?(?:Acme|Beta)\\s+shall', 'u');
    assert.equal(partyRegExp('(?:the\\s+)?(?:Acme|Beta)\\s+shall', 'u'), a);
    assert.notEqual(partyRegExp('(?:the\\s+)?(?:Acme|Beta)\\s+shall', 'iu'), a);
    assert.equal(a.test('and the Acme shall act'), true);
    assert.equal(a.test('and the acme shall act'), false);
  });
  it('refuses patterns that keep state between calls (g, y)', () => {
    assert.throws(() => partyRegExp('Acme', 'gu'));
    assert.throws(() => partyRegExp('Acme', 'y'));
  });
});
