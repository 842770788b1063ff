/**
 * Parties named in a header field ("**Agency:** Name (ABBR)") rather than in a preamble, as
 * statements of work and order forms do. Lines of our own.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import { parseDocument } from '../../server/src/engine/parse';
import { detectParties } from '../../server/src/engine/parties';
import { labelledParty } from '../../server/src/engine/party-labels';
import { aa22 } from './matching-helpers';

describe('parties named in a labelled header line', () => {
  it('reads the label, the name and the parenthesised short name', () => {
    assert.deepEqual(labelledParty('**Agency:** Bureau of Coastal Surveys (BCS)'), { label: 'Agency', legalName: 'Bureau of Coastal Surveys', shortName: 'BCS' });
    assert.deepEqual(labelledParty('Supplier: Lakeside Hosting Ltd ("Lakeside")'), { label: 'Supplier', legalName: 'Lakeside Hosting Ltd', shortName: 'Lakeside' });
    assert.equal(labelledParty('Period of Performance: one base year (2026)'), undefined);
    assert.equal(labelledParty('The Agency: it shall consult the Bureau (BCS) first.'), undefined);
  });

  it('gives the short name the role its label names; a label that is no role word defines nothing', () => {
    const p = detectParties(parseDocument('# Statement of Work\n\n**Agency:** Bureau of Coastal Surveys (BCS)\n\n**Contract Type:** Firm-Fixed-Price (FFP)\n\n1.1 The Contractor shall operate the network.\n'));
    assert.equal(p.names.find((n) => n.term === 'BCS')?.role, 'customer');
    assert.equal(p.names.find((n) => n.term === 'BCS')?.legalName, 'Bureau of Coastal Surveys');
    assert.equal(p.names.some((n) => n.term === 'FFP'), false);
  });

  it('reads a unit of the labelled party as that party: its duty is not the provider\'s', () => {
    const body = '# Statement of Work\n\n**Agency:** Bureau of Coastal Surveys (BCS)\n\n## 4. Tasks\n\n4.1 The BCS Security Operations Center will detect, handle and report all cybersecurity incidents affecting the network.\n';
    const f = analyze(body, { catalog: aa22(), force: true }).findings.find((x) => x.requirement.id === 'incident.notification')!;
    assert.notEqual(f.status, 'present');
  });
});

describe('the names used in messages of a we/you agreement', () => {
  it('are role words, never a possessive ("No clause requires the our …")', () => {
    const p = detectParties(parseDocument('These terms are an agreement between Fellside Support Ltd ("we", "us", "our") and the business that signs the order ("you", "your").\n'));
    assert.equal(p.provider, 'Provider');
    assert.equal(p.customer, 'Customer');
  });
});
