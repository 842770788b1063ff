import { strict as assert } from 'node:assert';
import type { CompletionItem, CompletionList, MarkupContent, TextEdit } from 'vscode-languageserver-protocol/node';
import type { TestClient } from './lsp-client';
import { docUri, editorClient, positionOf, read } from './editor-setup';

const supplier = read('test/fixtures/contracts/supplier-client.md');
// An empty paragraph at the end of the Security article, ready for a new clause.
const marker = 'within five (5) Working Days after\nthis contract ends.\n\n';
const text = supplier.replace(marker, `${marker}\n\n`);
const emptyLine = positionOf(text, text.indexOf(marker) + marker.length);

function items(result: CompletionList | CompletionItem[] | null): CompletionItem[] {
  assert.ok(result, 'a completion result');
  return Array.isArray(result) ? result : result.items;
}

describe('clause completion over LSP', () => {
  let client: TestClient;
  const uri = docUri('completion.md');
  before(async () => {
    client = await editorClient();
    await client.open(uri, text);
  });
  after(async () => {
    if (client) assert.equal(await client.shutdown(), 0);
  });

  it('offers a snippet per requirement at the start of a paragraph, unmet ones first, with party names', async () => {
    const list = items(await client.completion(uri, emptyLine));
    assert.equal(list.length, 5);
    // Missing first, then negated, below threshold, present.
    assert.deepEqual(list.map((i) => i.label), [
      'Backups of critical data and configurations',
      'Security monitoring of the customer environment',
      'MFA on provider accounts',
      'Security logs kept at least six months',
      'Notice of security incidents',
    ]);
    const backup = list.find((i) => i.label === 'Backups of critical data and configurations')!;
    assert.equal(backup.insertTextFormat, 2);
    assert.equal(backup.kind, 15);
    const edit = backup.textEdit as TextEdit;
    assert.deepEqual(edit.range, { start: emptyLine, end: emptyLine });
    assert.equal(
      edit.newText,
      "The Supplier shall back up the Client's critical data and system configurations automatically at least ${1:[daily]}, keep one copy offline, and test restoration from Backups at least ${2:[quarterly]}.$0",
    );
    const doc = backup.documentation as MarkupContent;
    assert.equal(doc.kind, 'markdown');
    assert.match(doc.value, /^\*\*Backups of critical data and configurations\*\* — missing in this draft/);
    assert.match(doc.value, /> The Supplier shall back up the Client's critical data/);
    // t.backup's citation is unverified: shown as a paraphrase, not as the advisory's words.
    assert.match(doc.value, /Source: \[paraphrased from AA22-131A §Backup systems and data; not a quotation\]\(https:\/\/www\.cisa\.gov\//);
    const present = list.find((i) => i.label === 'Notice of security incidents')!;
    assert.equal(present.labelDetails?.description, 'present · t.incident-notice');
    assert.ok(list.indexOf(present) > list.indexOf(backup), 'present clauses sort after missing ones');
  });

  it('replaces the word "clause" typed mid-paragraph', async () => {
    const u = docUri('completion-keyword.md');
    const typed = text.replace('2.2 The Supplier shall respond', '2.2 See clause The Supplier shall respond');
    await client.open(u, typed);
    const at = typed.indexOf('clause The Supplier') + 'clause'.length;
    const list = items(await client.completion(u, positionOf(typed, at)));
    const edit = list[0]!.textEdit as TextEdit;
    assert.deepEqual(edit.range, { start: positionOf(typed, at - 'clause'.length), end: positionOf(typed, at) });
    await client.close(u);
  });

  it('stays quiet inside a sentence and in fenced code', async () => {
    const mid = text.indexOf('respond to urgent faults') + 'respond to'.length;
    assert.equal(await client.completion(uri, positionOf(text, mid)), null);
    const u = docUri('completion-fence.md');
    const fenced = text.replace(marker, `${marker}\`\`\`text\n\n\`\`\`\n`);
    await client.open(u, fenced);
    const inside = positionOf(fenced, fenced.indexOf('```text\n') + '```text\n'.length);
    assert.equal(await client.completion(u, inside), null);
    await client.close(u);
  });

  it('sends plain text to a client without snippet support', async () => {
    const plain = await editorClient({ snippetSupport: false });
    try {
      await plain.open(uri, text);
      const backup = items(await plain.completion(uri, emptyLine)).find((i) => i.label === 'Backups of critical data and configurations')!;
      assert.equal(backup.insertTextFormat, 1);
      assert.match((backup.textEdit as TextEdit).newText, /at least \[daily\], keep one copy/);
    } finally {
      assert.equal(await plain.shutdown(), 0);
    }
  });
});
