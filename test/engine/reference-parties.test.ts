/**
 * An interpretation clause reads one party word as another ("a reference to "the Operator" is a
 * reference to the Subcontractor"): clauses reproduced from another contract in its own words then
 * bind the party named, and the hover says so. Sentences written for this test.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import { aa22, bundledStatus, MSA_PREAMBLE } from './matching-helpers';

const SUBCONTRACT =
  '# Network Operations Agreement\n\nThis Subcontract is made between HARROW SYSTEMS LIMITED (the "Main Contractor") and FENWICK NETWORKS LTD (the "Subcontractor").\n\nIn Schedule 2 a reference to "the Operator" is a reference to the Subcontractor and a reference to "the Authority" is a reference to the Main Contractor.\n\n';

describe('parties read through an interpretation clause', () => {
  it('the word read as the Subcontractor carries its duties', () => {
    assert.equal(bundledStatus("The Operator shall back up the Authority's servers daily.", 'backup.contracted-service', SUBCONTRACT), 'present');
    assert.equal(bundledStatus('The Operator shall install security patches on the Authority systems within fourteen days of release.', 'patching.ongoing-service', SUBCONTRACT), 'present');
    const result = analyze(`${SUBCONTRACT}The Operator shall back up the Authority's servers daily.\n`, { catalog: aa22(), force: true });
    const basis = result.findings.find((f) => f.requirement.id === 'backup.contracted-service')!.evidence[0]!.basis!;
    assert.ok(basis.some((b) => b.includes('“Operator” as the provider (the document reads references to it as references to the Subcontractor)')), basis.join('\n'));
  });

  it('the word read as the other side does not', () => {
    const got = bundledStatus("The Authority shall back up its own servers daily.", 'backup.contracted-service', SUBCONTRACT);
    assert.ok(got === 'wrong-party' || got === 'negated', got);
  });

  it('a customer word read as the provider takes the provider\'s role, and the hover says why', () => {
    const preamble = `${MSA_PREAMBLE}References in Schedule 5 to "the Company" are to be read as references to the Provider.\n\n`;
    const result = analyze(`${preamble}The Company shall require multi-factor authentication for all remote access by its engineers.\n`, { catalog: aa22(), force: true });
    const mfa = result.findings.find((f) => f.requirement.id === 'mfa.provider-access')!;
    assert.equal(mfa.status, 'present');
    assert.ok(mfa.evidence[0]!.basis!.some((b) => b.includes('references to it as references to the Provider')), mfa.evidence[0]!.basis!.join('\n'));
  });

  it('a party the document defines keeps its role', () => {
    const preamble = `${MSA_PREAMBLE}In the Annex a reference to "the Customer" is a reference to the Provider.\n\n`;
    const result = analyze(`${preamble}The Customer shall back up its own laptops.\n`, { catalog: aa22(), force: true });
    assert.equal(result.parties.names.find((n) => n.term === 'Customer')!.role, 'customer');
  });
});
