// The sentence shapes that oblige no one, or oblige to something other than the measure, read
// their words from the lexicon (clauses/<pack>/lexicon.yaml, `sentenceKinds`): a pointer to another
// document, what counts as what, a payment, relief from service credits, a savings clause, a right
// of one party over the other, and the words that make a routing statement bind after all. A pack
// copy that adds a word reads a sentence the bundled pack reads otherwise; a lexicon without the key
// still compiles. Sentences of our own.
import { strict as assert } from 'node:assert';
import { parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { itReadsWithPack, packCopyStatus } from './house-pack';

const backup = (lexicon: string, body: string): string => packCopyStatus(lexicon, body, 'backup.contracted-service');

describe('sentence kinds are lexicon data', () => {
  it('the bundled words: a pointer, a payment and relief from credits are no backup duty; an audit right is', () => {
    assert.equal(backup('hedges: []\n', 'For more information on how the Provider backs up all Customer Data, see the Security Handbook.'), 'missing');
    assert.equal(backup('hedges: []\n', 'The Provider shall pay the invoices for the offsite storage that holds the daily backups of Customer Data.'), 'missing');
    assert.equal(backup('hedges: []\n', 'Service Credits shall not apply where a daily backup of Customer Data fails because the Customer’s network was down.'), 'missing');
    assert.equal(backup('hedges: []\n', 'The Customer may audit the daily backups of the Customer Data that the Provider keeps.'), 'present');
  });

  it('schema-checked: sentenceKinds takes its own lists, and an unknown one is refused', () => {
    assert.deepEqual(parseLexicon('sentenceKinds:\n  crossReferences: [consult]\n  oversightActs: [sample]\n', 'lexicon.yaml').problems, []);
    assert.ok(parseLexicon('sentenceKinds:\n  crossReference: [consult]\n', 'lexicon.yaml').problems.length > 0);
  });

  it('a lexicon without the key compiles: no sentence is of any of these kinds', () => {
    const bare = compileLexicon({}).sentenceKinds;
    assert.equal(bare.crossReference.test('Please refer to the Security Handbook.'), false);
    assert.equal(bare.payment.test('pay the backup fees'), false);
    assert.equal(bare.oversight.test('audit the Provider'), false);
    assert.equal(bare.binding.test('The Provider shall back up the data.'), false);
  });

  itReadsWithPack(
    [
      { name: 'a word that opens a pointer to another document', pack: 'sentenceKinds:\n  crossReferences: [consult]\n', body: 'Consult the Security Handbook for how the Provider backs up all Customer Data every day.', bundled: 'weak', withPack: 'missing' },
      { name: 'a phrase of what counts as what', pack: 'sentenceKinds:\n  countsAs: [qualify as]\n', body: 'A snapshot kept on the same disk will not qualify as a backup of the Customer Data.', bundled: 'present', withPack: 'missing' },
      { name: 'a verb of paying for the thing', pack: 'sentenceKinds:\n  paymentVerbs: [settle]\n', body: 'The Provider shall settle the invoices for the offsite storage that holds the daily backups of Customer Data.', bundled: 'present', withPack: 'missing' },
      { name: 'a right of the other party over the provider', pack: 'sentenceKinds:\n  oversightActs: [sample]\n', body: 'The Customer may sample the daily backups of the Customer Data that the Provider keeps.', bundled: 'missing', withPack: 'present' },
      { name: 'a noun of service-credit relief', pack: 'sentenceKinds:\n  creditNouns: [rebate]\n', body: 'No rebate applies where a daily backup of Customer Data fails because the Customer’s network was down.', bundled: 'weak', withPack: 'missing' },
      { name: 'a verb of a savings clause', pack: 'sentenceKinds:\n  savingVerbs: [dilute]\n', body: 'This clause does not dilute the Customer’s own duty to back up the data on its laptops.', bundled: 'weak', withPack: 'missing' },
      { name: 'a binding word makes a routing statement bind', pack: 'sentenceKinds:\n  bindingWords: [commits to]\n', body: 'Backup failures are handled under clause 8 and the Provider commits to back up all Customer Data every day.', bundled: 'missing', withPack: 'present' },
    ],
    backup,
  );
});
