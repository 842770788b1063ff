// Headings that say what their bare items are (`headingLeads`), the other party's failure named
// before a requirement's words (`partyFailures`) and a later clause that points back and excludes
// (`laterExclusions`) read their words from the lexicon (clauses/<pack>/lexicon.yaml). A pack copy
// that adds a word reads a text the bundled pack reads otherwise; a lexicon without the keys still
// compiles. Sentences of our own.
import { strict as assert } from 'node:assert';
import { parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { itReadsWithPack, packCopyStatus } from './house-pack';

const backup = (lexicon: string, body: string): string => packCopyStatus(lexicon, body, 'backup.contracted-service');
/** One bare item under the heading `title`, in a schedule the provider is bound to. */
const under = (title: string): string => `The Provider shall provide the services in this Schedule.\n\n## ${title}\n\n- Nightly backup of every Customer server\n`;
const RESTORE = 'The Provider shall restore any data lost ';
const BACKS_UP = 'The Provider backs up every Customer server nightly; ';

describe('headings, failures and later exclusions are lexicon data', () => {
  it('the bundled words: an exclusions heading, an assumptions heading, a customer heading, a failure, a later exclusion', () => {
    assert.equal(backup('hedges: []\n', under('Services not included')), 'negated');
    assert.equal(backup('hedges: []\n', under('Key assumptions')), 'missing');
    assert.equal(backup('hedges: []\n', under('Customer responsibilities')), 'wrong-party');
    assert.equal(backup('hedges: []\n', `${RESTORE}through the Customer's failure to back up its servers.`), 'missing');
    assert.equal(backup('hedges: []\n', `${BACKS_UP}it is not part of the Services.`), 'negated');
  });

  it('schema-checked: the three keys take their own lists, and an unknown one is refused', () => {
    assert.deepEqual(parseLexicon('headingLeads:\n  items: [tooling]\npartyFailures:\n  failureVerbs: [declines]\nlaterExclusions:\n  tiers: [bundle]\n', 'lexicon.yaml').problems, []);
    assert.ok(parseLexicon('headingLeads:\n  item: [tooling]\n', 'lexicon.yaml').problems.length > 0);
    assert.ok(parseLexicon('laterExclusions:\n  tier: [bundle]\n', 'lexicon.yaml').problems.length > 0);
  });

  it('a lexicon without the keys compiles: no heading leads, no failure, no later exclusion', () => {
    const bare = compileLexicon({});
    assert.equal(bare.headingLeads.exclusionTitle.test('Exclusions'), false);
    assert.equal(bare.headingLeads.keyword.test('Customer responsibilities'), false);
    assert.equal(bare.partyFailures.namesFailure.test("the Customer's failure to back up"), false);
    assert.equal(bare.laterExclusions.test('it is not part of the Services'), false);
  });

  itReadsWithPack(
    [
      { name: 'what an exclusion heading names', pack: 'headingLeads:\n  items: [tooling]\n', body: under('Tooling not included'), bundled: 'weak', withPack: 'negated' },
      { name: 'a whole exclusion title', pack: 'headingLeads:\n  exclusionTitles: [omissions]\n', body: under('Omissions'), bundled: 'weak', withPack: 'negated' },
      { name: 'an exclusion before the items', pack: 'headingLeads:\n  exclusionsBeforeItems: [unsupported]\n', body: under('Unsupported services'), bundled: 'weak', withPack: 'negated' },
      { name: 'an exclusion after the items', pack: 'headingLeads:\n  exclusionsAfterItems: [not provided]\n', body: under('Services not provided'), bundled: 'weak', withPack: 'negated' },
      { name: 'an exclusion asked', pack: 'headingLeads:\n  exclusionQuestions: [what is excluded]\n', body: under('What is excluded'), bundled: 'weak', withPack: 'negated' },
      { name: 'a qualifier of assumptions', pack: 'headingLeads:\n  assumptionQualifiers: [technical]\n', body: under('Technical assumptions'), bundled: 'weak', withPack: 'missing' },
      { name: 'the noun of assumptions', pack: 'headingLeads:\n  assumptionNouns: [premises]\n', body: under('Premises'), bundled: 'weak', withPack: 'missing' },
      { name: "the duties of a holder's heading", pack: 'headingLeads:\n  duties: [commitments]\n', body: under('Customer commitments'), bundled: 'weak', withPack: 'wrong-party' },
      { name: 'a modifier of those duties', pack: 'headingLeads:\n  dutyModifiers: [residual]\n', body: under('Customer residual responsibilities'), bundled: 'weak', withPack: 'wrong-party' },
      { name: 'a noun of failing', pack: 'partyFailures:\n  failureNouns: [inability]\n', body: `${RESTORE}through the Customer's inability to back up its servers.`, bundled: 'present', withPack: 'missing' },
      { name: 'a verb of failing', pack: 'partyFailures:\n  failureVerbs: [declines]\n', body: `${RESTORE}where the Customer declines to back up its servers.`, bundled: 'present', withPack: 'missing' },
      { name: 'a pointer back', pack: 'laterExclusions:\n  pointers: [that]\n', body: `${BACKS_UP}that is not part of the Services.`, bundled: 'weak', withPack: 'negated' },
      { name: 'words of not being part', pack: 'laterExclusions:\n  notPartOf: [within]\n', body: `${BACKS_UP}it is not within the Services.`, bundled: 'weak', withPack: 'negated' },
      { name: 'what is offered', pack: 'laterExclusions:\n  offerings: [contract]\n', body: `${BACKS_UP}it is not part of the contract.`, bundled: 'weak', withPack: 'negated' },
      { name: 'a tier', pack: 'laterExclusions:\n  tiers: [bundle]\n', body: `${BACKS_UP}it is not part of the Standard bundle.`, bundled: 'weak', withPack: 'negated' },
    ],
    backup,
  );
});
