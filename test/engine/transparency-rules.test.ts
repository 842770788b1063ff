/**
 * Transparency: a named holder of security responsibility is a security role; a review of code or
 * a search for vulnerabilities is not a re-evaluation of the security terms. Sentences written for
 * the test.
 */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

const status = (body: string, id: string): string => bundledStatus(body, id);

describe('transparency drafting rules', () => {
  it('assigning responsibility for security to a named role allocates a security role', () => {
    const id = 'transparency.roles-responsibilities';
    assert.equal(status('The Provider shall assign responsibility for security to a named senior engineer, who shall be the Customer\'s point of contact.', id), 'present');
    assert.equal(status('The Provider shall assign responsibility for information security to its operations manager.', id), 'present');
    // Responsibility for something else is no security role.
    assert.equal(status('The Provider shall assign responsibility for billing to a named account manager.', id), 'missing');
  });

  it('a code review or a search for vulnerabilities is not a re-evaluation of the security terms', () => {
    const id = 'governance.periodic-review';
    assert.equal(status('All code shall be reviewed by a second engineer against the security requirements before release.', id), 'missing');
    assert.equal(status('Each review shall cover the security requirements and look for common vulnerabilities.', id), 'missing');
    assert.equal(status('The Parties shall review the security requirements of this Agreement every year.', id), 'present');
    assert.equal(status('The Provider shall have an independent auditor review its security controls and source code every year.', id), 'present');
  });

  it('subcontractor staff signing a non-disclosure agreement flows down secrecy, not the security obligations', () => {
    const id = 'supply-chain.subcontractors';
    assert.equal(status('Every subcontractor of the Provider with access to Customer Data shall sign a non-disclosure agreement before starting work.', id), 'weak');
    assert.equal(status('Every subcontractor of the Provider shall sign a confidentiality agreement and shall comply with the security requirements of this Agreement.', id), 'present');
  });
});
