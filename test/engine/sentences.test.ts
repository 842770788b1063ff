import { strict as assert } from 'node:assert';
import { splitSentences } from '../../server/src/engine/sentences';

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('sentence splitting', () => {
  it('splits at full stops followed by a capital, a digit, a quote or an enumerator', () => {
    assert.deepEqual(split('The Provider shall back up data. The Customer shall pay.'), ['The Provider shall back up data.', 'The Customer shall pay.']);
    assert.deepEqual(split('Logs are kept. 24 hours later they move.'), ['Logs are kept.', '24 hours later they move.']);
    assert.deepEqual(split('It is agreed. "Services" means the work.'), ['It is agreed.', '"Services" means the work.']);
    assert.deepEqual(split('as set out above. (b) The Contractor shall report.'), ['as set out above.', '(b) The Contractor shall report.']);
  });

  for (const abbreviation of ['e.g.', 'i.e.', 'Sec.', 'No.', 'Inc.', 'Ltd.', 'U.S.', 'Art.', 'cf.', 'approx.', 'Corp.']) {
    it(`does not end a sentence at "${abbreviation}"`, () => {
      const text = `The Provider, see ${abbreviation} Reference 5 Below, shall keep logs. Next sentence.`;
      assert.equal(split(text).length, 2, JSON.stringify(split(text)));
    });
  }

  it('keeps initials, list letters and dotted acronyms inside the sentence', () => {
    assert.equal(split('Signed by J. Smith for Acme. Done.').length, 2);
    assert.equal(split('a. Periodic Tests shall run. Then stop.').length, 2);
    assert.equal(split('Under 18 U.S.C. Section 1030 it is a crime. Next.').length, 2);
  });

  it('reads the word before a full stop by its letters, ASCII or not, and stops at digits and punctuation', () => {
    // Non-ASCII letters belong to the word: "Société Générale S.A." ends in the abbreviation "s.a".
    assert.equal(split('Société Générale S.A. Paris shall keep logs. Next.').length, 2);
    // A non-ASCII initial is an initial too.
    assert.equal(split('Signed by Ö. Åkesson for Acme. Done.').length, 2);
    // A digit is no letter: "2no." ends in the abbreviation "no"; "Sec2." is none.
    assert.equal(split('See item 2no. 5 Below for details. Next.').length, 2);
    assert.deepEqual(split('See Sec2. The Provider shall act.'), ['See Sec2.', 'The Provider shall act.']);
    // Other ASCII characters end the word too: "x-no." and "x@no." read "no".
    assert.equal(split('See list x-no. 5 Below for details. Next.').length, 2);
    assert.equal(split('See list x@no. 5 Below for details. Next.').length, 2);
  });

  it('keeps a run-in numbered list in one sentence, but not a list of clause numbers', () => {
    // Control catalogs (and the contracts that copy them) number items inside one sentence.
    assert.equal(split('When a person leaves: 01. Disable their access, 02. Revoke their tokens, and 03. Collect their badge. Next.').length, 2);
    assert.equal(split('The Supplier shall notify the Client within: 1. one day of a breach; 2. five days of a loss. Next.').length, 2);
    // "3, 4 and 5." numbers no list (no item 4 ended with a full stop): the sentence ends there.
    assert.equal(split('The Provider shall comply with clauses 3, 4 and 5. The Customer shall pay.').length, 2);
    assert.equal(split('The fee is due on day 1. The Customer shall pay.').length, 2);
  });

  it('does not split an ellipsis or before a lower-case word', () => {
    assert.equal(split('The list includes backups... and logs. Next one.').length, 2);
    assert.equal(split('Backups, logs... Reports are kept.').length, 1);
    assert.equal(split('The service (i.e. backups) is included. e.g. logs.').length, 1);
  });

  it('ends a sentence at a blank line and at the end of text, trimming space', () => {
    assert.deepEqual(split('  First part\n\nSecond part.  '), ['First part\n\nSecond part.']);
    assert.deepEqual(split('Ends here!  Is it? Yes.'), ['Ends here!', 'Is it?', 'Yes.']);
  });

  it('returns offsets into the text', () => {
    const text = 'One. Two.';
    assert.deepEqual(splitSentences(text), [{ start: 0, end: 4 }, { start: 5, end: 9 }]);
  });
});
