import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TestClient } from './lsp-client';

const root = path.resolve(__dirname, '../..');
const samplePath = path.join(root, 'examples/msp-master-services-agreement.md');
const sampleUri = `file://${samplePath}`;

describe('language server over stdio', function () {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    const init = await client.initialize(root);
    assert.equal(init.serverInfo?.name, 'clauselint');
  });
  after(async () => {
    if (client) assert.equal(await client.shutdown(), 0);
  });

  it('publishes diagnostics for the sample draft and follows edits', async () => {
    const text = fs.readFileSync(samplePath, 'utf8');
    const diagnostics = await client.open(sampleUri, text);
    const mfa = diagnostics.find((d) => d.code === 'mfa.provider-access');
    assert.ok(mfa, 'missing MFA diagnostic');
    assert.equal(mfa.source, 'clauselint');
    assert.match(String(mfa.message), /Missing clause/);
    assert.equal(mfa.codeDescription?.href, 'https://www.cisa.gov/news-events/cybersecurity-advisories/aa22-131a');

    // Add an MFA clause at the end: the diagnostic goes away in the next publication.
    const lines = text.split('\n');
    const clause = '\nThe Provider shall ensure that every Provider Account requires multi-factor authentication at every login.\n';
    const after = await client.change(sampleUri, [{ range: { start: { line: lines.length - 1, character: 0 }, end: { line: lines.length - 1, character: 0 } }, text: clause }]);
    assert.equal(after.find((d) => d.code === 'mfa.provider-access'), undefined);
  });

  it('publishes no diagnostics for a README that is not a contract', async () => {
    const readme = path.join(root, 'test/fixtures/not-a-contract/README.md');
    const diagnostics = await client.open(`file://${readme}`, fs.readFileSync(readme, 'utf8'));
    assert.deepEqual(diagnostics, []);
  });
});
