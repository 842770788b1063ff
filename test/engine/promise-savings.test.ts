// "Without limitation to the generality of clause 5, the Provider shall …" is a savings phrase: it
// keeps another provision whole and introduces a duty as firm as any. The provider view does not
// read its "without limitation" as an unlimited commitment, as it does not after "including"
// (lexicon `promiseSavings`, what follows the words; `enumerationLeads`, what comes before). A
// liability "without limitation" is still one. Sentences of our own.
import { strict as assert } from 'node:assert';
import { parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { packCopyAnalysis } from './house-pack';

const MFA = 'mfa.provider-access';
const providerView = (lexicon: string, body: string) => packCopyAnalysis(lexicon, body, MFA, { perspective: 'provider' }).findings[0]!;
const customerView = (body: string) => packCopyAnalysis('hedges: []\n', body, MFA, { perspective: 'customer' }).findings[0]!;
const duty = 'the Provider shall require multi-factor authentication on every account its engineers use to reach the Customer’s network.';

describe('savings phrases introduce a firm duty', () => {
  for (const lead of ['Without limitation to the generality of clause 7', 'Without limitation of the foregoing', 'Without prejudice to the generality of the foregoing', 'Without limiting the generality of Section 4']) {
    it(`"${lead}, …" is present in both views, with no over-commitment`, () => {
      const body = `${lead}, ${duty}`;
      assert.equal(customerView(body).status, 'present');
      const f = providerView('hedges: []\n', body);
      assert.equal(f.status, 'present');
      assert.ok(!f.overCommits, f.message);
    });
  }

  it('an unlimited commitment is still one: "without limitation as to amount"', () => {
    const f = providerView('hedges: []\n', `The Provider shall require multi-factor authentication on every account its engineers use to reach the Customer’s network, and is liable without limitation for any breach of this clause.`);
    assert.equal(f.status, 'present');
    assert.ok(f.overCommits);
  });

  it('schema-checked, and a lexicon without the key reads no savings phrase', () => {
    assert.deepEqual(parseLexicon('promiseSavings: [to the rights]\n', 'lexicon.yaml').problems, []);
    assert.equal(compileLexicon({}).promiseSaving.test(' to the generality of clause 5'), false);
  });

  it('added by a pack, a word after "without limitation" makes it a savings phrase', () => {
    const body = `Without limitation to the rights in clause 7, ${duty}`;
    assert.ok(providerView('hedges: []\n', body).overCommits);
    assert.ok(!providerView('promiseSavings: [to the rights]\n', body).overCommits);
  });
});
