// The words of asides about a noun are lexicon data (clauses/<pack>/lexicon.yaml, `asides`): a
// versioning phrase ("as amended from time to time"), another act after the concept ("… and made
// available on request", "storage that the Customer can search") and the permission words of a
// relative clause about a noun's holders. Their modals and hedges are not the duty's.
// A workspace pack that adds a word is read with it; one that omits the key still loads.
// Sentences of our own.
import { strict as assert } from 'node:assert';
import { asideSpans, qualifiesAnotherAct } from '../../server/src/engine/asides';
import { bundledLexicon, parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { itReadsWithPack } from './house-pack';

describe('aside words are lexicon data', () => {
  it('the bundled lexicon reads versioning phrases, other acts and permission words', () => {
    const text = 'The Operator shall encrypt the archive under the Key Policy, as supplemented from time to time.';
    assert.deepEqual(asideSpans(text).map((a) => text.slice(a.start, a.end)), ['as supplemented from time to time']);
    const later = 'The Operator shall encrypt the archive and shall send it to the Bank on request.';
    assert.ok(qualifiesAnotherAct(later, { start: later.indexOf('on request'), end: later.length }, later.indexOf('archive')));
    assert.ok(bundledLexicon().asides.permittedTerm.test('are authorised to'));
  });

  it('schema-checked: asides takes its own lists, and an unknown one is refused', () => {
    assert.deepEqual(parseLexicon('asides:\n  versionVerbs: [restated]\n  givingVerbs: [furnished]\n', 'lexicon.yaml').problems, []);
    assert.ok(parseLexicon('asides:\n  verbz: [restated]\n', 'lexicon.yaml').problems.length > 0);
  });

  it('a lexicon without the key compiles: no versioning phrase is an aside, relative clauses still are', () => {
    const bare = compileLexicon({}).asides;
    const text = 'The Operator shall encrypt the archive (which may change) under the Key Policy, as amended from time to time.';
    assert.deepEqual(asideSpans(text, bare).map((a) => text.slice(a.start, a.end)), ['(which may change)']);
  });

  // Each case: a sentence the bundled lexicon reads as hedged, and a pack adding one word as present.
  const cases = [
    { name: 'a versioning verb', pack: 'asides:\n  versionVerbs: [restated]\n', body: 'The Provider shall back up every Customer server nightly under the Backup Policy, as may be restated from time to time.\n' },
    { name: 'a giving verb', pack: 'asides:\n  givingVerbs: [furnished]\n', body: 'The Provider shall back up every Customer server nightly and keep the copies for a year, and furnished on request.\n' },
    { name: 'an offered word', pack: 'asides:\n  offeredWords: [accessible]\n', body: 'The Provider shall back up every Customer server nightly to storage accessible to the Customer on request.\n' },
    { name: 'a party modal', pack: 'asides:\n  partyModals: [might]\n', body: 'The Provider shall back up every Customer server nightly to storage that the Customer might search on request.\n' },
  ];
  itReadsWithPack(cases.map((c) => ({ ...c, name: `${c.name} puts the request in another act than the duty`, bundled: 'weak', withPack: 'present' })));
});
