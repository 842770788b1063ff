/**
 * A document too complex to check in clauselint.maxCheckMs gets one notice, and the server keeps
 * serving other documents while it reads it. The test waits on protocol events (work-done
 * progress, diagnostics), never on timers; the budget is set low so a pathological document
 * (thousands of setext headings, which remark reads slowly) goes past it on any machine.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TestClient } from './lsp-client';

const root = path.resolve(__dirname, '../..');
const samplePath = path.join(root, 'examples/msp-master-services-agreement.md');
const sampleUri = `file://${samplePath}`;

/**
 * A contract whose body is 1 MB of setext headings and "---" underlined clauses (seconds of
 * reading on any machine). Each line opens with inline code, so remark reads them all: plain
 * underlined lines (emphasis included) are read without it (block-reader.ts) and take well under a second.
 */
function pathological(): string {
  const body = '`a`\n=\n`The Provider` shall keep logs.\n---\n'.repeat(Math.ceil((1024 * 1024) / 40));
  return `# Master Services Agreement\n\nAcme Ltd. (the "Provider") and Beta Inc. (the "Customer") agree. The Provider shall act.\n\n${body}`;
}

describe('language server time budget (clauselint.maxCheckMs)', function () {
  this.timeout(180_000);
  let client: TestClient;
  /** Where the sample has a diagnostic, so a hover there has something to say. */
  let onFinding = { line: 0, character: 0 };

  before(async () => {
    client = new TestClient();
    // The low budget only for the pathological draft: a loaded CI machine may take longer than that on the sample.
    client.settingsFor = (scopeUri) => (/setext-storm|list-storm/.test(scopeUri ?? '') ? { debounceMs: 0, maxCheckMs: 1500, include: ['**/*.md'] } : { debounceMs: 0 });
    await client.initialize(root, true, { workDoneProgress: true });
    const diagnostics = await client.open(sampleUri, fs.readFileSync(samplePath, 'utf8'));
    onFinding = diagnostics[0]!.range.start;
  });
  after(async () => {
    if (client) assert.equal(await client.shutdown(), 0);
  });

  it('answers a hover on another document while a pathological one is checked, then reports it as too complex', async () => {
    const uri = 'file:///drafts/setext-storm.md';
    const events: string[] = [];
    const begun = client.waitForProgress((p) => p.value.kind === 'begin' && (p.value.message ?? '').includes('setext-storm.md')).then(() => events.push('progress begin'));
    const checked = client.open(uri, pathological()).then((d) => {
      events.push('diagnostics');
      return d;
    });
    await begun; // the check has run for a while and is not finished

    const hover = await client.hover(sampleUri, onFinding);
    events.push('hover answered');
    assert.ok(hover, 'the hover on the sample draft was answered');

    const diagnostics = await checked;
    assert.deepEqual(events, ['progress begin', 'hover answered', 'diagnostics']);
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics.map((d) => d.code)));
    assert.equal(diagnostics[0]!.code, 'document-too-complex');
    assert.match(String(diagnostics[0]!.message), /too complex to check: .*clauselint\.maxCheckMs \(1500 ms\)/);
    assert.equal(diagnostics[0]!.range.start.line, 0);
  });

  it('a list remark must read in one call (512 KB, seconds) is read on a worker thread: hovers are answered, then the budget stops it', async () => {
    // One list without a blank line cannot be cut into pieces; on the server's own thread this
    // single remark call would hold every other request until it returned.
    const uri = 'file:///drafts/list-storm.md';
    const list = '- a\n  - b\n    - `c`\n'.repeat(Math.ceil((512 * 1024) / 20)); // inline code: not a list the block reader reads itself
    const text = `# Master Services Agreement\n\nAcme Ltd. (the "Provider") and Beta Inc. (the "Customer") agree. The Provider shall act.\n\n${list}`;
    const events: string[] = [];
    const begun = client.waitForProgress((p) => p.value.kind === 'begin' && (p.value.message ?? '').includes('list-storm.md')).then(() => events.push('progress begin'));
    const checked = client.open(uri, text).then((d) => {
      events.push('diagnostics');
      return d;
    });
    await begun;
    const hover = await client.hover(sampleUri, onFinding);
    events.push('hover answered');
    assert.ok(hover, 'the hover on the sample draft was answered');
    const diagnostics = await checked;
    assert.deepEqual(events, ['progress begin', 'hover answered', 'diagnostics']);
    assert.deepEqual(diagnostics.map((d) => d.code), ['document-too-complex']);
  });

  it('checks the document again after an edit (and reports it again while it stays too complex)', async () => {
    const uri = 'file:///drafts/setext-storm.md';
    const diagnostics = await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    assert.deepEqual(diagnostics.map((d) => d.code), ['document-too-complex']);
  });
});
