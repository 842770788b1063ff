/** Defined terms read as what they stand for: a document's own name for its subcontractors. */
import { strict as assert } from 'node:assert';
import { definedTerms, topicAliases } from '../../server/src/engine/defined-terms';
import { parseDocument } from '../../server/src/engine/parse';
import { bundledRequirement, findingOf, req, run } from './matching-helpers';

const SUBS = bundledRequirement('supply-chain.subcontractors');

describe('defined terms as topic words', () => {
  it('reads the genus of each definition', () => {
    const doc = parseDocument('(a) "Delivery Partner" means any subcontractor appointed by the Supplier.\n\n“Services” means the managed services in Schedule 1, including subcontracted backup.\n');
    assert.deepEqual(definedTerms(doc), [
      { term: 'Delivery Partner', head: 'subcontractor appointed by the' },
      { term: 'Services', head: 'managed services in Schedule' },
    ]);
  });

  it('a term defined as a subcontractor stands for one, with the definition in the hover', () => {
    const body = '"Delivery Partner" means any third party engaged by the Provider to perform part of the Services.\n\nThe Provider shall ensure that each Delivery Partner is bound by written obligations no less protective than this Agreement.';
    const f = findingOf(run(body, [SUBS]), SUBS.id);
    assert.equal(f.status, 'present');
    assert.match(f.evidence[0]!.basis!.join(' '), /“Delivery Partner” \(defined as “third party engaged by”/);
  });

  it('a definition that names the topic only in passing makes no alias', () => {
    const body = '"Services" means the hosting services set out in Schedule 1, which may be performed by subcontractors.\n\nThe Provider shall ensure the Services are bound by written obligations no less protective than this Agreement.';
    assert.equal(findingOf(run(body, [SUBS]), SUBS.id).status, 'missing');
  });

  it('a class of people of which subcontractors are one member is no alias for them', () => {
    const body = '"Supplier Staff" means the employees, agents and subcontractors of the Supplier.\n\nThe Supplier shall not change its account manager without the Customer\'s consent, and Supplier Staff shall wear badges on site.';
    assert.equal(findingOf(run(body, [SUBS]), SUBS.id).status, 'missing');
  });

  it('only requirements that ask for aliases read them', () => {
    const plain = req({ id: 't.subs', heading: 'supply-chain', detect: [['subcontractor*'], ['bound by']] });
    const terms = definedTerms(parseDocument('"Delivery Partner" means any subcontractor of the Provider.\n'));
    assert.deepEqual(topicAliases({ ...plain, aliases: true }, terms), ['Delivery Partner']);
    const body = '"Delivery Partner" means any subcontractor of the Provider.\n\nEach Delivery Partner shall be bound by this Agreement.';
    assert.equal(findingOf(run(body, [plain]), 't.subs').status, 'missing');
    assert.notEqual(findingOf(run(body, [{ ...plain, aliases: true }]), 't.subs').status, 'missing');
  });
});
