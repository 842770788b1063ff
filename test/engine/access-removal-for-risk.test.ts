/**
 * Access withdrawn from a person who poses a risk (NIST SP 800-53 AC-2(13), "Disable Accounts for
 * High-risk Individuals") is deprovisioning evidence. Sentences written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import type { Catalog } from '../../server/src/engine/types';
import { aa22, bundledRequirement } from './matching-helpers';

const PREAMBLE = '# Managed Services Agreement\n\nThis Agreement is between Northwind Managed IT Ltd. (the "Provider") and Harbor Bank plc (the "Customer").\n\n';

function status(body: string): string {
  const catalog: Catalog = { ...aa22(), requirements: [bundledRequirement('accounts.deprovisioning')] };
  return analyze(PREAMBLE + body + '\n', { catalog, force: true }).findings[0]!.status;
}

describe('access removal for a person who poses a risk', () => {
  it('a duty to withdraw the access of staff who pose a security risk is deprovisioning', () => {
    assert.equal(status('The Provider shall revoke within one day the system access of any engineer who poses a security risk to the Customer.'), 'present');
    assert.equal(status('The Provider shall disable the accounts of high-risk individuals within four hours of discovery of significant risks.'), 'present');
  });

  it('risk in general, or access without a risky person, is not', () => {
    assert.equal(status('The Provider shall assess the security risks of remote access to the Customer network every year.'), 'missing');
    assert.equal(status('The Provider shall grant each engineer access to the systems he supports.'), 'missing');
  });
});
