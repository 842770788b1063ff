import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { TestClient } from './lsp-client';
import { editorWorkspace, read, root } from './editor-setup';

const sample = read('examples/msp-master-services-agreement.md');

/** Two workspace folders with different settings, read per document (multi-root). */
describe('settings over LSP', () => {
  let client: TestClient;
  const examples = path.join(root, 'examples');
  const uriA = `file://${path.join(editorWorkspace, 'a.md')}`;
  const uriB = `file://${path.join(examples, 'msp-master-services-agreement.md')}`;
  const perFolder: Record<string, Record<string, unknown>> = {
    [editorWorkspace]: { packs: ['editor-test'], severity: { 't.mfa': 'off', 't.backup': 'info' } },
    [examples]: { severity: { 'mfa.provider-access': 'info' } },
  };
  const scopesAsked: string[] = [];

  before(async () => {
    client = new TestClient();
    client.settingsFor = (scopeUri) => {
      scopesAsked.push(scopeUri ?? '');
      const folder = Object.keys(perFolder).find((f) => scopeUri?.startsWith(`file://${f}/`));
      return folder ? perFolder[folder]! : {};
    };
    await client.initialize(root, true, { folders: [editorWorkspace, examples] });
  });
  after(async () => {
    if (client) assert.equal(await client.shutdown(), 0);
  });

  it('reads settings per document: packs and severities differ between folders', async () => {
    const a = await client.open(uriA, sample);
    assert.ok(scopesAsked.includes(uriA));
    assert.equal(a.find((d) => d.code === 't.mfa'), undefined, 'severity off');
    assert.equal(a.find((d) => d.code === 't.backup')?.severity, 3, 'severity info');
    assert.equal(a.find((d) => d.code === 'mfa.provider-access'), undefined, 'the bundled pack is not enabled here');

    const b = await client.open(uriB, sample);
    assert.ok(scopesAsked.includes(uriB));
    assert.equal(b.find((d) => d.code === 'mfa.provider-access')?.severity, 3);
    assert.equal(b.find((d) => String(d.code).startsWith('t.')), undefined);
  });

  it('re-checks every open document when the settings change', async () => {
    perFolder[editorWorkspace] = { packs: ['editor-test'], severity: { 't.mfa': 'warning' } };
    perFolder[examples] = { exclude: ['**/*.md'] };
    const nextA = client.waitForDiagnostics(uriA, (d) => d.diagnostics.some((x) => x.code === 't.mfa'));
    const nextB = client.waitForDiagnostics(uriB, (d) => d.diagnostics.length === 0);
    await client.changeConfiguration();
    const [a, b] = await Promise.all([nextA, nextB]);
    assert.equal(a.diagnostics.find((d) => d.code === 't.mfa')?.severity, 2);
    assert.deepEqual(b.diagnostics, [], 'excluded by glob');
  });

  it('words findings for the side the user drafts for (perspective)', async () => {
    perFolder[editorWorkspace] = { packs: ['editor-test'], perspective: 'provider' };
    const next = client.waitForDiagnostics(uriA, (d) => d.diagnostics.some((x) => x.code === 't.mfa' && String(x.message).startsWith('Not promised')));
    await client.changeConfiguration();
    const a = await next;
    const mfa = a.diagnostics.find((d) => d.code === 't.mfa')!;
    assert.match(String(mfa.message), /^Not promised: MFA on provider accounts\. .*customers following AA22-131A will ask for/);
    assert.equal(mfa.severity, 3, 'a gap is information for the provider');
  });
});
