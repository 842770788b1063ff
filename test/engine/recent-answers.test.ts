/**
 * verbsIn and partyMentions keep their last answers (classification asks about one sentence's
 * ranges several times, and for several requirements). A kept answer must be the one a fresh
 * reading gives, for that text, range, requirement or parties only; and since callers share it,
 * nobody may change it. Sentences of our own.
 */
import { strict as assert } from 'node:assert';
import { verbsIn } from '../../server/src/engine/clause-verbs';
import { parseDocument } from '../../server/src/engine/parse';
import { detectParties } from '../../server/src/engine/parties';
import { partyMentions } from '../../server/src/engine/subjects';
import { BACKUP, MFA } from './matching-helpers';

const SENTENCE = 'The Provider shall enforce MFA, the Customer may not disable it, and the Provider is not required to back up laptops.';

function partiesOf(preamble: string): ReturnType<typeof detectParties> {
  return detectParties(parseDocument(`# Agreement\n\n${preamble}\n`));
}

const plain = (xs: readonly { start: number; end: number }[]): string[] => xs.map((x) => `${x.start}-${x.end}`);

describe('answers kept by verbsIn and partyMentions', () => {
  it('verbsIn: the same answer again for the same text, range and requirement; another for another range', () => {
    const whole = verbsIn(SENTENCE, 0, SENTENCE.length, MFA);
    assert.ok(whole.length >= 3, 'shall, may not, is not required to');
    assert.equal(verbsIn(SENTENCE, 0, SENTENCE.length, MFA), whole, 'kept');
    const firstClause = SENTENCE.indexOf(',');
    const head = verbsIn(SENTENCE, 0, firstClause, MFA);
    assert.deepEqual(plain(head), plain(whole.filter((v) => v.end <= firstClause)));
    // The same words read for another requirement are another answer (its own concept words filter cues).
    assert.notEqual(verbsIn(SENTENCE, 0, SENTENCE.length, BACKUP), whole);
    // Another text with the same range is read afresh.
    const other = SENTENCE.replace('shall enforce', 'will enforce');
    const otherVerbs = verbsIn(other, 0, other.length, MFA);
    assert.equal(otherVerbs[0]!.term, 'will');
    assert.deepEqual(otherVerbs.slice(1).map((v) => v.term), whole.slice(1).map((v) => v.term));
  });

  it('partyMentions: kept per parties, text and range, and read afresh for other parties', () => {
    const acme = partiesOf('Acme Ltd. (the "Provider") and Beta Inc. (the "Customer") agree.');
    const supplier = partiesOf('Acme Ltd. (the "Supplier") and Beta Inc. (the "Client") agree.');
    const text = 'The Provider and the Supplier shall tell the Customer and the Client.';
    const mine = partyMentions(text, acme, 0, text.length);
    assert.equal(partyMentions(text, acme, 0, text.length), mine, 'kept');
    assert.deepEqual(partyMentions(text, acme, 0, 20), mine.filter((m) => m.start < 20));
    const theirs = partyMentions(text, supplier, 0, text.length);
    assert.deepEqual(theirs.map((m) => m.role), mine.map((m) => m.role));
    assert.ok(theirs.some((m) => text.slice(m.start, m.end).includes('Supplier')), 'the other parties read their own names');
  });

  it('hands out answers nobody can change', () => {
    const verbs = verbsIn(SENTENCE, 0, SENTENCE.length, MFA);
    assert.throws(() => (verbs as unknown[]).push({}), TypeError);
    const mentions = partyMentions(SENTENCE, partiesOf('Acme Ltd. (the "Provider") and Beta Inc. (the "Customer") agree.'), 0, SENTENCE.length);
    assert.throws(() => (mentions as unknown[]).pop(), TypeError);
  });
});
