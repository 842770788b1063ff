import { strict as assert } from 'node:assert';
import type { MarkupContent } from 'vscode-languageserver-protocol/node';
import type { TestClient } from './lsp-client';
import { byCode, docUri, editorClient, positionOf, read } from './editor-setup';

const sample = read('examples/msp-master-services-agreement.md');
const CITATION = 'https://www.cisa.gov/news-events/cybersecurity-advisories/aa22-131a';

describe('hover over LSP', () => {
  let client: TestClient;
  const uri = docUri('hover.md');
  before(async () => {
    client = await editorClient();
    await client.open(uri, sample);
  });
  after(async () => {
    if (client) assert.equal(await client.shutdown(), 0);
  });

  const markdown = (h: { contents: unknown } | null): string => {
    assert.ok(h, 'a hover');
    const c = h.contents as MarkupContent;
    assert.equal(c.kind, 'markdown');
    return c.value;
  };

  it('on a diagnostic range: requirement, what was found and why it falls short, rationale, citation link', async () => {
    const d = byCode(client.latest.get(uri)!.diagnostics, 't.monitoring');
    const h = await client.hover(uri, d.range.start);
    assert.deepEqual(h?.range, d.range);
    const text = markdown(h);
    assert.match(text, /\*\*Security monitoring of the customer environment\*\* — hedged \(error\) · `t\.monitoring`/);
    assert.match(text, /Found \(line 203\): “The Provider shall, where possible, monitor the Customer Environment/);
    assert.match(text, /Why it falls short: the obligation is qualified/);
    assert.match(text, /Why it matters: The advisory asks that the provider run security event management/);
    assert.ok(text.includes(`Source: [AA22-131A · Enable/improve monitoring and logging processes](${CITATION})`));
    assert.ok(text.includes('Also: NIST SP 800-53 AU-6, SI-4; ASD ISM ISM-1228'), 'the controls the requirement maps to');
    assert.equal(d.codeDescription?.href, CITATION);
  });

  it('on evidence text of a clause that is present', async () => {
    const at = sample.indexOf('by telephone and by');
    const text = markdown(await client.hover(uri, positionOf(sample, at)));
    assert.match(text, /\*\*Notice of security incidents\*\* — present/);
    assert.doesNotMatch(text, /Why it falls short/);
  });

  it('on the heading where missing clauses belong: lists them with their citations, an unverified one as a paraphrase', async () => {
    const line = sample.split('\n').indexOf('## 7. Information Security');
    const text = markdown(await client.hover(uri, { line, character: 5 }));
    assert.match(text, /clauselint: 2 missing clauses/);
    assert.match(text, /Backups of critical data and configurations\*\* \(warning, `t\.backup`\) — \[paraphrased from AA22-131A §Backup systems and data; not a quotation\]/);
    assert.match(text, /MFA on provider accounts\*\* \(error, `t\.mfa`\) — \[AA22-131A · Enforce multifactor authentication/);
    assert.equal(await client.hover(uri, { line: 0, character: 5 }), null, 'nothing left on the title');
  });

  it('says nothing on text no finding is about', async () => {
    assert.equal(await client.hover(uri, positionOf(sample, sample.indexOf('Governing law'))), null);
  });

  it('escapes document text: no link or markup from the draft is rendered', async () => {
    const u = docUri('hover-escape.md');
    const text = sample.replace(
      'The Provider shall, where possible, monitor the Customer Environment',
      'The Provider shall, where possible, monitor [the *Customer* Environment](javascript:alert(1)) <img src=x>',
    );
    const diagnostics = await client.open(u, text);
    const value = markdown(await client.hover(u, byCode(diagnostics, 't.monitoring').range.start));
    assert.ok(!value.includes('](javascript'), value);
    assert.ok(!value.includes('<img'), value);
    const found = value.split('\n').find((l) => l.startsWith('Found'))!;
    assert.ok(!/(^|[^\\])[[\]()*_<>]/.test(found.replace(/^Found \(line \d+\)/, '')), found);
    await client.close(u);
  });

  it('a conflict: a diagnostic on the disclaimer with both clauses as related information; the hover says which sentence decided', async () => {
    const u = docUri('hover-conflict.md');
    const text = sample.replace(/\n## /, '\n## Backup\n\nThe Provider shall back up all servers daily. The Provider is not required to back up end-user devices.\n\n## ');
    const diagnostics = await client.open(u, text);
    const conflict = diagnostics.find((d) => d.code === 't.backup.conflict');
    assert.ok(conflict, JSON.stringify(diagnostics.map((d) => d.code)));
    assert.match(String(conflict.message), /Conflicting clauses/);
    assert.deepEqual(conflict.relatedInformation?.map((r) => r.location.uri), [u, u]);
    assert.match(conflict.relatedInformation![0]!.message, /the binding clause/);
    const hover = markdown(await client.hover(u, conflict.range.start));
    assert.match(hover, /Decided by this sentence: an express disclaimer of the duty overrides the binding clause at line \d+/);
    assert.match(hover, /How it was read: party: read “Provider” as the provider/);
    assert.match(hover, /\*\*Conflict:\*\*/);
    await client.close(u);
  });
});
