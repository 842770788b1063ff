/**
 * A 1.2 MB draft must not block the language server: while it is being checked, requests about
 * other documents are answered, and an edit cancels the check of the older version instead of
 * waiting for it. The tests wait on protocol events (work-done progress, diagnostics), never on
 * timers.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateContract } from '../../bench/generate';
import { SUPERSEDED } from '../../server/src/lsp/check-progress';
import { TestClient } from './lsp-client';

const root = path.resolve(__dirname, '../..');
const samplePath = path.join(root, 'examples/msp-master-services-agreement.md');
const sampleUri = `file://${samplePath}`;
const sampleText = fs.readFileSync(samplePath, 'utf8');

describe('language server with a 1.2 MB draft', function () {
  this.timeout(180_000);
  let client: TestClient;
  const events: string[] = [];

  before(async () => {
    client = new TestClient();
    client.settings = { debounceMs: 0 };
    await client.initialize(root, true, { workDoneProgress: true });
    await client.open(sampleUri, fs.readFileSync(samplePath, 'utf8'));
  });
  after(async () => {
    if (client) assert.equal(await client.shutdown(), 0);
  });

  /** Log every diagnostics publication for `uri` (a waiter that never resolves). */
  function record(uri: string): void {
    void client.waitForDiagnostics(uri, (d) => {
      events.push(`diagnostics ${path.basename(uri)} v${d.version}`);
      return false;
    });
  }

  /** The `begin` of the progress shown while `name` is checked, and its token. */
  function progressBegins(name: string): Promise<string | number> {
    return client.waitForProgress((p) => p.value.kind === 'begin' && (p.value.message ?? '').includes(name)).then((p) => {
      events.push(`progress begin ${name}`);
      return p.token;
    });
  }

  it('answers a hover on another document while the large one is being checked', async () => {
    const uri = 'file:///drafts/large-master-agreement.md';
    record(uri);
    const begun = progressBegins('large-master-agreement.md');
    const checked = client.open(uri, generateContract({ size: 1_200_000, seed: 1 }));
    await begun; // the check has run for a while and is not finished

    // The sample's missing clauses sit on the heading of its security article.
    const hover = await client.hover(sampleUri, { line: sampleText.split('\n').indexOf('## 7. Information Security'), character: 3 });
    events.push('hover answered');
    assert.ok(hover, 'the hover on the sample draft was answered');
    const diagnostics = await checked;
    assert.ok(diagnostics.length > 0, 'the large draft got its diagnostics');
    assert.deepEqual(
      events.filter((e) => e.includes('large-master') || e === 'hover answered'),
      ['progress begin large-master-agreement.md', 'hover answered', 'diagnostics large-master-agreement.md v1'],
    );
  });

  it('cancels the check of an older version when the draft is edited', async () => {
    const uri = 'file:///drafts/edited-master-agreement.md';
    record(uri);
    const text = generateContract({ size: 1_200_000, seed: 2 });
    const begun = progressBegins('edited-master-agreement.md');
    void client.open(uri, text);
    const token = await begun;
    const stopped = client.waitForProgress((p) => p.token === token && p.value.kind === 'report' && p.value.message === SUPERSEDED).then(() => {
      events.push('progress superseded');
    });

    const line = text.slice(0, text.length >> 1).split('\n').length;
    const diagnostics = await client.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }]);
    await stopped;
    assert.ok(diagnostics.length > 0);
    assert.deepEqual(
      events.filter((e) => e.includes('edited-master') || e === 'progress superseded'),
      ['progress begin edited-master-agreement.md', 'progress superseded', 'diagnostics edited-master-agreement.md v2'],
      'version 1 was never published: its check stopped when version 2 arrived',
    );
  });
});
