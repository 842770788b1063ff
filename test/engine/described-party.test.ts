// A party defined by what it is, not by a word of its name (preamble-names.ts describedPartyName):
// `(2) Elm Lane Dental Partnership, a partnership … (the "Surgery")` is the other side of the
// defined provider; it never takes a role by counting duties.
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../server/src/engine/parse';
import { detectParties } from '../../server/src/engine/parties';
import { describedPartyName } from '../../server/src/engine/preamble-names';
import { bundledStatus } from './matching-helpers';

const PREAMBLE = (second: string): string =>
  `# Support Agreement\n\n(1) **Brightwater Systems Ltd**, a company incorporated in Scotland (the **"Provider"**); and\n\n(2) ${second}\n\n`;

describe('a party defined by what it is', () => {
  it('reads the proper name an entry opens with', () => {
    assert.equal(describedPartyName('Surgery', '(2) Elm Lane Dental Partnership, a general dental partnership carrying on business at 4 Mill Street '), 'Elm Lane Dental Partnership');
    assert.equal(describedPartyName('Firm', 'and Hale & Moss LLP, a limited liability partnership '), 'Hale & Moss LLP');
  });

  it('must not fire: no party is introduced, or the term is not a short title', () => {
    assert.equal(describedPartyName('Surgery', 'The building at 4 Mill Street '), undefined);
    assert.equal(describedPartyName('surgery premises', '(2) Elm Lane Dental Partnership, a partnership '), undefined);
  });

  it('is the customer when the other party is the defined provider', () => {
    const doc = parseDocument(PREAMBLE('**Elm Lane Dental Partnership**, a general dental partnership carrying on business at 4 Mill Street, Oban (the **"Surgery"**).'));
    const parties = detectParties(doc);
    assert.equal(parties.customer, 'Surgery');
    assert.ok(parties.assumptions.some((a) => a.includes('Surgery')));
  });

  it('its duties are the customer’s, not the provider’s', () => {
    const preamble = PREAMBLE('**Elm Lane Dental Partnership**, a general dental partnership carrying on business at 4 Mill Street, Oban (the **"Surgery"**).');
    assert.equal(bundledStatus('The Surgery shall back up all of its servers every day.', 'backup.contracted-service', preamble), 'wrong-party');
  });

  it('must not fire: without a defined provider it takes no role', () => {
    const doc = parseDocument('# Agreement\n\n(1) **Elm Lane Dental Partnership**, a general dental partnership carrying on business at 4 Mill Street (the **"Surgery"**); and\n\n(2) **Hale & Moss LLP**, a limited liability partnership (the **"Firm"**).\n');
    assert.ok(!detectParties(doc).names.some((n) => n.term === 'Surgery'));
  });
});
