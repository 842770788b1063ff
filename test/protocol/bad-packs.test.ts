/**
 * Broken clause packs and bad settings never stop checking. A workspace holds a deliberately
 * broken pack (malformed YAML, a wrong type, an unknown key, a duplicate id, an empty template,
 * a regular expression as a term) and a pack whose pack.yaml lists a missing file. The server
 * shows each problem on its pack file at its line, says once that everything else is still
 * checked, checks the draft with the valid requirements, and picks up a repaired pack file.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DidChangeWatchedFilesNotification, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { TestClient } from './lsp-client';

const root = path.resolve(__dirname, '../..');
const sample = fs.readFileSync(path.join(root, 'examples/msp-master-services-agreement.md'), 'utf8');
const BROKEN_FIXTURE = path.join(root, 'test/fixtures/packs/broken');

interface Message {
  type: number;
  message: string;
}

/** Records the messages the server shows the user, and resolves waiters on a matching one. */
function recordMessages(client: TestClient): { messages: Message[]; next: (test: (m: Message) => boolean) => Promise<Message> } {
  const messages: Message[] = [];
  let waiters: { test: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  const record = (m: Message): void => {
    messages.push(m);
    waiters = waiters.filter((w) => !(w.test(m) && (w.resolve(m), true)));
  };
  // vscode-languageserver sends showWarningMessage as a request (it could carry actions).
  client.connection.onRequest('window/showMessageRequest', (m: Message) => {
    record(m);
    return null;
  });
  client.connection.onNotification('window/showMessage', record);
  return {
    messages,
    next: (test) => {
      const seen = messages.find(test);
      return seen ? Promise.resolve(seen) : new Promise((resolve) => waiters.push({ test, resolve }));
    },
  };
}

describe('broken clause packs in the workspace (server)', function () {
  this.timeout(60_000);
  let workspace: string;
  let packs: string;
  let client: TestClient;
  let messages: ReturnType<typeof recordMessages>;
  const draftUri = (): string => `file://${path.join(workspace, 'agreement.md')}`;
  const packFileUri = (...parts: string[]): string => `file://${path.join(packs, ...parts)}`;

  /** Resolves when diagnostics for a pack file satisfy `test` (already received or the next ones). */
  function packFile(uri: string, test: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    const seen = client.latest.get(uri);
    if (seen && test(seen.diagnostics)) return Promise.resolve(seen.diagnostics);
    return client.waitForDiagnostics(uri, (p) => test(p.diagnostics)).then((p) => p.diagnostics);
  }

  before(async () => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'clauselint-bad-packs-'));
    packs = path.join(workspace, '.clauselint', 'packs');
    fs.cpSync(BROKEN_FIXTURE, path.join(packs, 'broken'), { recursive: true });
    const listed = path.join(packs, 'listed');
    fs.mkdirSync(listed, { recursive: true });
    fs.writeFileSync(
      path.join(listed, 'pack.yaml'),
      'id: listed\ntitle: A pack that lists a missing file\nversion: "1"\nsource: { title: T, url: "https://example.com" }\nlicense: CC0-1.0\nrequirements:\n  - present.md\n  - missing.md\n',
    );
    fs.writeFileSync(path.join(listed, 'present.md'), fs.readFileSync(path.join(BROKEN_FIXTURE, 'fixture.good.md'), 'utf8').replace('id: fixture.good', 'id: listed.present'));

    client = new TestClient();
    messages = recordMessages(client);
    client.settings = { packs: ['aa22-131a', 'broken-fixture', 'listed', 'no-such-pack'], debounceMs: 0 };
    await client.initialize(workspace);
  });

  after(async () => {
    if (client) assert.equal(await client.shutdown(), 0);
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('checks the draft with the bundled pack and every valid workspace requirement', async () => {
    const diagnostics = await client.open(draftUri(), sample);
    const codes = new Set(diagnostics.map((d) => String(d.code)));
    assert.ok(codes.has('mfa.provider-access'), 'the bundled pack still works');
    assert.ok(codes.has('fixture.good'), 'the valid requirement of the broken pack is checked');
    assert.ok(codes.has('listed.present'), 'the listed file that exists is checked');
    for (const broken of ['fixture.bad-severity', 'fixture.unknown-key', 'fixture.empty-template']) assert.ok(!codes.has(broken), `${broken} is skipped`);
  });

  it('shows each problem on its pack file, at its line, with a readable message', async () => {
    const expectations: [file: string[], line: number, text: string][] = [
      [['broken', 'bad-severity.md'], 5, 'severity: must be one of error, warning, info (got "critical")'],
      [['broken', 'unknown-key.md'], 15, 'wekaen: unknown key. Did you mean "weaken"?'],
      [['broken', 'empty-template.md'], 15, 'empty template'],
      [['broken', 'regex-term.md'], 14, 'terms are plain words, not regular expressions'],
      [['broken', 'z-duplicate.md'], 2, 'duplicate id "fixture.good"'],
      [['broken', 'z-cross-pack-duplicate.md'], 2, 'duplicate id "mfa.provider-access"'],
      [['listed', 'pack.yaml'], 8, 'requirements[1]: file "missing.md" not found'],
    ];
    for (const [file, line, text] of expectations) {
      const diagnostics = await packFile(packFileUri(...file), (ds) => ds.some((d) => String(d.message).includes(text)));
      const d = diagnostics.find((x) => String(x.message).includes(text))!;
      assert.equal(d.range.start.line, line - 1, `${file.join('/')}: line`);
      assert.equal(d.source, 'clauselint');
      assert.equal(d.severity, 1);
    }
    const yaml = await packFile(packFileUri('broken', 'bad-yaml.md'), (ds) => ds.length > 0);
    assert.match(String(yaml[0]!.message), /^YAML/);
  });

  it('keeps a pack file\'s problems when that file is opened in the editor, and after it is closed', async () => {
    const file = path.join(packs, 'broken', 'unknown-key.md');
    const uri = `file://${file}`;
    const opened = await client.open(uri, fs.readFileSync(file, 'utf8'));
    assert.ok(opened.some((d) => String(d.message).includes('wekaen: unknown key')), JSON.stringify(opened));
    const closed = client.waitForDiagnostics(uri);
    await client.close(uri);
    assert.ok((await closed).diagnostics.some((d) => String(d.message).includes('wekaen: unknown key')));
  });

  it('says once that the other clauses are still checked, naming unknown pack ids', async () => {
    const warning = await messages.next((m) => m.message.includes('problems in the clause packs'));
    assert.equal(warning.type, 2);
    assert.match(warning.message, /everything else is still checked/);
    assert.match(warning.message, /no clause pack with id "no-such-pack"/);
    assert.equal(messages.messages.filter((m) => m.message.includes('problems in the clause packs')).length, 1);
  });

  it('loads a repaired pack file again when it changes on disk', async () => {
    const file = path.join(packs, 'broken', 'bad-severity.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('severity: critical', 'severity: warning'));
    const cleared = packFile(packFileUri('broken', 'bad-severity.md'), (ds) => ds.length === 0);
    const rechecked = client.waitForDiagnostics(draftUri(), (p) => p.diagnostics.some((d) => d.code === 'fixture.bad-severity'));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: `file://${file}`, type: 2 }] });
    await cleared;
    const diagnostics = (await rechecked).diagnostics;
    assert.ok(diagnostics.some((d) => d.code === 'mfa.provider-access'));
    const still = await packFile(packFileUri('broken', 'unknown-key.md'), (ds) => ds.length > 0);
    assert.match(String(still[0]!.message), /wekaen/, 'the other problems are reported again');
  });
});

describe('bad settings (server)', function () {
  this.timeout(60_000);

  it('reports each wrong value once and checks with the defaults', async () => {
    const client = new TestClient();
    const messages = recordMessages(client);
    client.settings = { enable: 'yes', perspective: 'lawyer', debounceMs: -5, maxFileSizeKB: 'big', packs: 'aa22-131a', severity: { 'mfa.provider-access': 'fatal' }, unknownKey: 1 };
    await client.initialize(root);
    try {
      const diagnostics = await client.open(`file://${path.join(root, 'examples/msp-master-services-agreement.md')}`, sample);
      assert.ok(diagnostics.some((d) => d.code === 'mfa.provider-access'), 'checked with the default pack');
      assert.equal(diagnostics.find((d) => d.code === 'mfa.provider-access')?.severity, 1, 'the bad severity override is ignored');
      for (const key of ['enable', 'perspective', 'debounceMs', 'maxFileSizeKB', 'packs', 'severity.mfa.provider-access']) {
        const m = await messages.next((x) => x.message.includes(`clauselint.${key}:`));
        assert.equal(m.type, 2, key);
      }
      const keys = messages.messages.map((m) => m.message);
      assert.equal(new Set(keys).size, keys.length, 'each problem is reported once');
    } finally {
      assert.equal(await client.shutdown(), 0);
    }
  });
});
