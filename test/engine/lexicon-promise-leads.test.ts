// A section declared to be promises reads its words from the lexicon (clauses/<pack>/lexicon.yaml,
// `promiseLeads`): the declaration's verbs and subjects, statements named as promises outright, a
// Deliverables heading, the speaker's staff and the words of a denial. A pack copy that adds a word
// reads a section the bundled pack reads otherwise; a lexicon without the key still compiles.
// Sentences of our own.
import { strict as assert } from 'node:assert';
import { parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { itReadsWithPack, packCopyStatus } from './house-pack';

const backup = (lexicon: string, body: string): string => packCopyStatus(lexicon, body, 'backup.contracted-service');
const DUTY = 'The Provider backs up every Customer server nightly.';
/** A section opening with `lead`, then `statement`. */
const section = (lead: string, statement = DUTY): string => `## 4. Service\n\n${lead}\n\n${statement}`;
const DECLARED = 'This section sets out what the Provider promises to do.';

describe('a section declared to be promises is lexicon data', () => {
  it('the bundled words: a declaration binds the statements after it, not a denial', () => {
    assert.equal(backup('hedges: []\n', section(DECLARED)), 'present');
    assert.equal(backup('hedges: []\n', section('These are binding commitments.')), 'present');
    assert.equal(backup('hedges: []\n', section('These are aims, not promises.')), 'weak');
    assert.equal(backup('hedges: []\n', '## 4. Deliverables\n\nBack up every Customer server nightly.'), 'present');
  });

  it('schema-checked: promiseLeads takes its own lists, and an unknown one is refused', () => {
    assert.deepEqual(parseLexicon('promiseLeads:\n  declaringVerbs: [covenants]\n  ownStaff: [specialists]\n', 'lexicon.yaml').problems, []);
    assert.ok(parseLexicon('promiseLeads:\n  declaringVerb: [covenants]\n', 'lexicon.yaml').problems.length > 0);
  });

  it('a lexicon without the key compiles: nothing declares promises or lists deliverables', () => {
    const bare = compileLexicon({}).promiseLeads;
    assert.equal(bare.declares.test(DECLARED), false);
    assert.equal(bare.named.test('These are binding commitments.'), false);
    assert.equal(bare.deliverables.test('Deliverables'), false);
    assert.equal(bare.ourStaffOpening.test('Our engineers back up the servers.'), false);
  });

  it('naming verbs and qualifiers need the binding words too: the binding phrase alone declares nothing', () => {
    assert.equal(backup('binding: [represent firm commitments]\n', section('These represent firm commitments.')), 'weak');
    assert.equal(backup('promiseLeads:\n  namingVerbs: [represent]\nbinding: [represent firm commitments]\n', section('These represent firm commitments.')), 'present');
    assert.equal(backup('binding: [are enforceable promises]\n', section('These are enforceable promises.')), 'weak');
    assert.equal(backup('promiseLeads:\n  promiseQualifiers: [enforceable]\nbinding: [are enforceable promises]\n', section('These are enforceable promises.')), 'present');
  });

  itReadsWithPack(
    [
      { name: 'a declaring verb', pack: 'promiseLeads:\n  declaringVerbs: [covenants]\n', body: section('This section sets out what the Provider covenants to do.'), bundled: 'weak', withPack: 'present' },
      { name: 'a declaring subject', pack: 'promiseLeads:\n  declaringSubjects: [this annex]\n', body: section('This annex sets out what the Provider promises to do.'), bundled: 'weak', withPack: 'present' },
      { name: 'statements named as promises', pack: 'promiseLeads:\n  namedSubjects: [the terms below]\n', body: section('The terms below are binding commitments of the Provider.'), bundled: 'weak', withPack: 'present' },
      { name: 'a noun of promise', pack: 'promiseLeads:\n  promiseNouns: [guarantees]\n', body: section('These are binding guarantees.'), bundled: 'weak', withPack: 'present' },
      { name: 'a heading of deliverables', pack: 'promiseLeads:\n  deliverables: [outputs]\n', body: '## 4. Outputs\n\nBack up every Customer server nightly.', bundled: 'weak', withPack: 'present' },
      { name: 'a word that negates the heading', pack: 'promiseLeads:\n  deliverablesNegators: [without]\n', body: '## 4. Work without deliverables\n\nBack up every Customer server nightly.', bundled: 'present', withPack: 'weak' },
      { name: "a quantifier of the speaker's staff", pack: 'promiseLeads:\n  staffQuantifiers: [most of]\n', body: section(DECLARED, 'Most of our engineers back up every Customer server nightly.'), bundled: 'weak', withPack: 'present' },
      { name: "the speaker's staff", pack: 'promiseLeads:\n  ownStaff: [specialists]\n', body: section(DECLARED, 'Our specialists back up every Customer server nightly.'), bundled: 'weak', withPack: 'present' },
      { name: 'a word of denial', pack: 'promiseLeads:\n  denials: [seldom]\n', body: section(DECLARED, 'The Provider seldom backs up every Customer server nightly.'), bundled: 'present', withPack: 'weak' },
    ],
    backup,
  );
});
