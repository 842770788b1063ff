import { strict as assert } from 'node:assert';
import type { TestClient } from './lsp-client';
import { docUri, editorClient, positionOf, read } from './editor-setup';
import type { CoverageResponse } from '../../server/src/protocol';

const sample = read('examples/msp-master-services-agreement.md');

describe('suppressions over LSP', () => {
  let client: TestClient;
  before(async () => {
    client = await editorClient();
  });
  after(async () => {
    if (client) assert.equal(await client.shutdown(), 0);
  });

  it('a disable comment with a reason silences the finding; coverage shows it as accepted', async () => {
    const uri = docUri('suppressed.md');
    const text = sample.replace(
      '## 8. Incident Response',
      '<!-- clauselint-disable t.backup -- backups stay with the Customer\'s own DR provider -->\n\n## 8. Incident Response',
    );
    const diagnostics = await client.open(uri, text);
    assert.equal(diagnostics.find((d) => d.code === 't.backup'), undefined);
    assert.equal(diagnostics.find((d) => String(d.code).startsWith('suppression')), undefined);

    const response = await client.request<CoverageResponse>('clauselint/coverage', { uri });
    assert.equal(response.checked, true);
    const item = response.coverage!.groups.flatMap((g) => g.items).find((i) => i.id === 't.backup')!;
    assert.equal(item.status, 'accepted');
    assert.equal(item.statusLabel, 'accepted');
    assert.deepEqual(item.suppression, { reason: "backups stay with the Customer's own DR provider", line: text.slice(0, text.indexOf('<!-- clauselint-disable')).split('\n').length });
    assert.deepEqual(response.coverage!.score, { met: 2, total: 5, percent: 40 });

    const hover = await client.hover(uri, positionOf(text, text.indexOf('clauselint-disable t.backup')));
    assert.match((hover!.contents as { value: string }).value, /accepted because “backups stay with the Customer's own DR provider”/);
    await client.close(uri);
  });

  it('a suppression without a reason gets its own warning, and unknown ids are reported', async () => {
    const uri = docUri('unreasoned.md');
    const text = sample.replace('## 8. Incident Response', '<!-- clauselint-disable t.backup -->\n\n<!-- clauselint-disable t.nothing -- typo -->\n\n## 8. Incident Response');
    const diagnostics = await client.open(uri, text);
    assert.ok(diagnostics.find((d) => d.code === 't.backup'), 'without a reason nothing is accepted: the finding stays');
    const own = diagnostics.filter((d) => String(d.code).startsWith('suppression'));
    assert.deepEqual(own.map((d) => [d.code, d.severity, d.range.start.line]), [
      ['suppression-without-reason', 2, positionOf(text, text.indexOf('<!-- clauselint-disable t.backup')).line],
      ['suppression-unknown-id', 2, positionOf(text, text.indexOf('<!-- clauselint-disable t.nothing')).line],
    ]);
    await client.close(uri);
  });

  it('a located finding is covered only to the end of its section or a matching enable', async () => {
    const uri = docUri('scoped.md');
    const enabled = sample.replace(
      '7.8 **Security Logs.**',
      '<!-- clauselint-disable t.monitoring t.log-retention -- under review with counsel -->\n\n<!-- clauselint-enable t.monitoring -->\n\n7.8 **Security Logs.**',
    );
    const diagnostics = await client.open(uri, enabled);
    assert.ok(diagnostics.find((d) => d.code === 't.monitoring'), 'enable comment ends the monitoring suppression');
    assert.equal(diagnostics.find((d) => d.code === 't.log-retention'), undefined);
    await client.close(uri);
  });

  it('reports coverage as not checked for a document that is not a contract', async () => {
    const uri = docUri('readme.md');
    await client.open(uri, read('test/fixtures/not-a-contract/README.md'));
    const response = await client.request<CoverageResponse>('clauselint/coverage', { uri });
    assert.equal(response.checked, false);
    assert.equal(response.coverage, undefined);
    await client.close(uri);
  });
});
