import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/engine/analyze';
import { defaultPackDir, loadCatalog } from '../../server/src/engine/catalog/load';

const root = path.resolve(__dirname, '../..');
const catalog = loadCatalog([defaultPackDir()]);
const read = (rel: string): string => fs.readFileSync(path.join(root, rel), 'utf8');

describe('engine on the sample draft', () => {
  const text = read('examples/msp-master-services-agreement.md');
  const result = analyze(text, { catalog });
  const byId = new Map(result.findings.map((f) => [f.requirement.id, f]));

  it('recognises the draft as a contract with Provider and Customer', () => {
    assert.equal(result.isContract, true, result.contractReason);
    assert.equal(result.parties.provider, 'Provider');
    assert.equal(result.parties.customer, 'Customer');
  });

  it('reports the missing MFA clause', () => {
    assert.equal(byId.get('mfa.provider-access')?.status, 'missing');
  });
});

describe('document selection', () => {
  it('leaves a code README silent', () => {
    const result = analyze(read('test/fixtures/not-a-contract/README.md'), { catalog });
    assert.equal(result.isContract, false);
    assert.equal(result.findings.length, 0);
  });
});
