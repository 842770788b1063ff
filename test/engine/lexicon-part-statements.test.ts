// A contract's statements about its own parts read their words from the lexicon
// (clauses/<pack>/lexicon.yaml, `partStatements`): a matter routed to another clause's process and
// a clause's statement of its own scope oblige no one; what a part of the agreement states is a term
// of it. A pack copy that adds a word reads a sentence the bundled pack reads otherwise; a lexicon
// without the key still compiles. Sentences of our own.
import { strict as assert } from 'node:assert';
import { parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { itReadsWithPack, packCopyStatus } from './house-pack';

const backup = (lexicon: string, body: string): string => packCopyStatus(lexicon, body, 'backup.contracted-service');

describe('statements about the contract’s parts are lexicon data', () => {
  it('the bundled words: a routing and a scope statement oblige no one; a schedule’s list is a term', () => {
    assert.equal(backup('hedges: []\n', 'Failed backups of Customer Data are dealt with under clause 8.'), 'missing');
    assert.equal(backup('hedges: []\n', '(a) This clause applies only to the daily backups of all Customer Data.'), 'missing');
    assert.equal(backup('hedges: []\n', 'Schedule 3 (Backup) sets out the daily backups of all Customer Data that the Provider keeps.'), 'present');
  });

  it('schema-checked: partStatements takes its own lists, and an unknown one is refused', () => {
    assert.deepEqual(parseLexicon('partStatements:\n  routingVerbs: [resolved]\n  contentVerbs: [records]\n', 'lexicon.yaml').problems, []);
    assert.ok(parseLexicon('partStatements:\n  routingVerb: [resolved]\n', 'lexicon.yaml').problems.length > 0);
  });

  it('a lexicon without the key compiles: no sentence is a statement about a part', () => {
    const bare = compileLexicon({}).partStatements;
    assert.equal(bare.routedToClause.test('Tickets are handled under Section 3.3.'), false);
    assert.equal(bare.ownScope.test('This clause applies to the logs.'), false);
    assert.equal(bare.contractPartStates.test('Schedule 2 lists the services.'), false);
  });

  itReadsWithPack(
    [
      { name: 'a verb of routing to a clause', pack: 'partStatements:\n  routingVerbs: [resolved]\n', body: 'Failed backups of Customer Data are resolved under clause 8.', bundled: 'present', withPack: 'missing' },
      { name: 'a link between the routing and the clause', pack: 'partStatements:\n  routingLinks: [through]\n', body: 'Failed backups of Customer Data are handled through clause 8.', bundled: 'present', withPack: 'missing' },
      { name: 'a verb of a clause’s own scope', pack: 'partStatements:\n  scopeVerbs: [extends]\n', body: 'This clause extends to the daily backups of all Customer Data that the Provider keeps.', bundled: 'weak', withPack: 'missing' },
      { name: 'a part whose scope is stated', pack: 'partStatements:\n  scopedParts: [rider]\n', body: 'This rider applies to the daily backups of all Customer Data that the Provider keeps.', bundled: 'weak', withPack: 'missing' },
      { name: 'a verb by which a part states its content', pack: 'partStatements:\n  contentVerbs: [records]\n', body: 'Schedule 3 records the daily backups of all Customer Data that the Provider keeps.', bundled: 'weak', withPack: 'present' },
      { name: 'a part attached to the agreement', pack: 'partStatements:\n  attachedParts: [rider]\n', body: 'Rider 2 lists the daily backups of all Customer Data that the Provider keeps.', bundled: 'weak', withPack: 'present' },
    ],
    backup,
  );
});
