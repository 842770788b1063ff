import { strict as assert } from 'node:assert';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol/node';
import { TestClient } from './lsp-client';
import { actionEdits, applyChecked, byCode, docUri, editorClient, isAction, positionOf, read, root } from './editor-setup';

const sample = read('examples/msp-master-services-agreement.md');
const crlf = read('test/fixtures/contracts/crlf-emoji.md');
const supplier = read('test/fixtures/contracts/supplier-client.md');

function rangeOf(text: string, needle: string, from = 0): { start: { line: number; character: number }; end: { line: number; character: number } } {
  const at = text.indexOf(needle, from);
  assert.ok(at >= 0, `"${needle}" not in the text`);
  return { start: positionOf(text, at), end: positionOf(text, at + needle.length) };
}

function pointAfter(text: string, needle: string): { start: { line: number; character: number }; end: { line: number; character: number } } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not in the text`);
  const p = positionOf(text, at + needle.length);
  return { start: p, end: p };
}

describe('code actions over LSP', function () {
  let client: TestClient;
  before(async () => {
    client = await editorClient();
  });
  after(async () => {
    if (client) assert.equal(await client.shutdown(), 0);
  });

  async function actionsFor(uri: string, d: Diagnostic): Promise<CodeAction[]> {
    const actions = (await client.codeActions(uri, d.range, [d])).filter(isAction);
    for (const a of actions) assert.equal(a.kind, 'quickfix');
    return actions;
  }

  function titled(actions: CodeAction[], re: RegExp): CodeAction {
    const found = actions.filter((a) => re.test(a.title));
    assert.equal(found.length, 1, `one action matching ${re} in: ${actions.map((a) => a.title).join(' | ')}`);
    return found[0]!;
  }

  it('inserts a missing clause under the right article, versioned, with exact text', async () => {
    const uri = docUri('insert.md');
    const diagnostics = await client.open(uri, sample);
    const actions = await actionsFor(uri, byCode(diagnostics, 't.mfa'));
    const insert = titled(actions, /^Insert MFA on provider accounts \(AA22-131A · Enforce multifactor authentication \(MFA\)\)$/);
    assert.equal(insert.isPreferred, true);
    assert.deepEqual(insert.diagnostics?.map((d) => d.code), ['t.mfa']);
    assert.deepEqual(actionEdits(insert, uri, 1), [
      {
        range: pointAfter(sample, 'remediation plan within thirty (30) days of receiving the report.'),
        newText:
          '\n\n7.12 **MFA on provider accounts.** The Provider shall ensure that every Provider Account able to\n' +
          'access the Customer Environment requires multi-factor authentication at every login, without\n' +
          'exception unless the Customer approves it in writing.',
      },
    ]);

    // Applied, the diagnostic goes; asked again with the stale diagnostic, nothing is inserted twice.
    const stale = byCode(diagnostics, 't.mfa');
    const text = applyChecked(sample, actionEdits(insert, uri));
    const after = await client.replace(uri, text);
    assert.equal(after.find((d) => d.code === 't.mfa'), undefined);
    const again = (await client.codeActions(uri, stale.range, [stale])).filter(isAction);
    assert.equal(again.filter((a) => /^Insert/.test(a.title)).length, 0);
    await client.close(uri);
  });

  it('reports a missing clause on the heading of the article its insert extends', async () => {
    const uri = docUri('anchors.md');
    const diagnostics = await client.open(uri, sample);
    const security = rangeOf(sample, '## 7. Information Security');
    for (const code of ['t.mfa', 't.backup']) assert.deepEqual(byCode(diagnostics, code).range, security, code);
    await client.close(uri);
  });

  it('with several missing clauses under the cursor: the first diagnostic\'s own insert first, then all in one edit, then the suppressions', async () => {
    const uri = docUri('several.md');
    const diagnostics = await client.open(uri, sample);
    for (const first of ['t.mfa', 't.backup']) {
      const missing = diagnostics.filter((d) => d.code === 't.mfa' || d.code === 't.backup').sort((a) => (a.code === first ? -1 : 1));
      const actions = (await client.codeActions(uri, missing[0]!.range, missing)).filter(isAction);
      const other = first === 't.mfa' ? 'Insert Backups of critical data and configurations' : 'Insert MFA on provider accounts';
      const own = first === 't.mfa' ? 'Insert MFA on provider accounts' : 'Insert Backups of critical data and configurations';
      assert.deepEqual(actions.map((a) => a.title.replace(/ \(.*$/, '').replace(/:.*$/, '')), [
        own,
        other,
        'Insert all 2 missing clauses',
        'Accept without this clause',
        'Accept without this clause',
      ]);
      assert.deepEqual(actions[4]!.diagnostics?.map((d) => d.code), [missing[1]!.code]);
      const all = actions.find((a) => a.title === 'Insert all 2 missing clauses')!;
      const [edit] = actionEdits(all, uri, 1);
      const titles = [own, other].map((t) => t.replace(/^Insert /, ''));
      assert.ok(edit!.newText.startsWith(`\n\n7.12 **${titles[0]}.**`) && edit!.newText.includes(`\n\n7.13 **${titles[1]}.**`), edit!.newText);
    }
    await client.close(uri);
  });

  it('removes a hedge, raises a period, and offers the template instead: edits of exactly the evidence', async () => {
    const uri = docUri('weak.md');
    const diagnostics = await client.open(uri, sample);
    const hedge = titled(await actionsFor(uri, byCode(diagnostics, 't.monitoring')), /^Replace ‘where possible’ with an unconditional obligation$/);
    assert.equal(hedge.isPreferred, true);
    assert.deepEqual(actionEdits(hedge, uri, 1), [{ range: rangeOf(sample, ', where possible, '), newText: ' ' }]);

    const retention = await actionsFor(uri, byCode(diagnostics, 't.log-retention'));
    const raise = titled(retention, /^Change ‘ninety \(90\) days’ to ‘six \(6\) months’/);
    assert.deepEqual(actionEdits(raise, uri, 1), [{ range: rangeOf(sample, 'ninety (90) days'), newText: 'six (6) months' }]);
    const instead = titled(retention, /^Insert the template clause instead/);
    assert.deepEqual(actionEdits(instead, uri, 1), [
      {
        range: rangeOf(sample, 'The Provider shall retain Security Logs for ninety (90) days.'),
        newText: 'The Provider shall retain Security Logs for at least six (6) months and shall give the\nCustomer a copy of them within [five (5)] Business Days of a request.',
      },
    ]);

    const fixed = applyChecked(applyChecked(sample, actionEdits(hedge, uri)), []);
    const after = await client.replace(uri, fixed);
    assert.equal(after.find((d) => d.code === 't.monitoring'), undefined);
    await client.close(uri);
  });

  it('makes a permissive modal binding ("may" → "shall")', async () => {
    const uri = docUri('may.md');
    const text = sample.replace('The Provider shall, where possible, monitor', 'The Provider may monitor');
    const diagnostics = await client.open(uri, text);
    const may = titled(await actionsFor(uri, byCode(diagnostics, 't.monitoring')), /^Replace ‘may’ with ‘shall’$/);
    assert.deepEqual(actionEdits(may, uri, 1), [{ range: rangeOf(text, 'may', text.indexOf('The Provider may monitor')), newText: 'shall' }]);
    await client.close(uri);
  });

  it('removes an exclusion ("is not required to" → "shall")', async () => {
    const uri = docUri('supplier.md');
    const diagnostics = await client.open(uri, supplier);
    const remove = titled(await actionsFor(uri, byCode(diagnostics, 't.mfa')), /^Remove the exclusion/);
    assert.deepEqual(actionEdits(remove, uri, 1), [{ range: rangeOf(supplier, 'is not required to'), newText: 'shall' }]);
    await client.close(uri);
  });

  it('keeps CRLF and counts UTF-16 units after emoji and CJK text', async () => {
    const uri = docUri('crlf.md');
    const text = crlf.replace(
      '## 4. Fees',
      '3.4 🔐 **Monitoring.** 监控 The Provider shall, where possible, monitor the Customer Environment for Security Events.\r\n\r\n## 4. Fees',
    );
    const diagnostics = await client.open(uri, text);
    const hedgeDiagnostic = byCode(diagnostics, 't.monitoring');
    const cueAt = text.indexOf('where possible');
    const lineStart = text.lastIndexOf('\n', cueAt) + 1;
    assert.equal(hedgeDiagnostic.range.start.character, cueAt - lineStart);
    assert.notEqual(hedgeDiagnostic.range.start.character, [...text.slice(lineStart, cueAt)].length, 'UTF-16 units, not code points');
    const hedge = titled(await actionsFor(uri, hedgeDiagnostic), /^Replace ‘where possible’/);
    assert.deepEqual(actionEdits(hedge, uri, 1), [{ range: rangeOf(text, ', where possible, '), newText: ' ' }]);

    const insert = titled(await actionsFor(uri, byCode(diagnostics, 't.backup')), /^Insert Backups of critical data and configurations/);
    const [edit] = actionEdits(insert, uri, 1);
    assert.deepEqual(edit!.range, pointAfter(text, 'for Security Events.'));
    assert.equal(
      edit!.newText,
      "\r\n\r\n3.5 **Backups of critical data and configurations.** The Provider shall back up the Customer's\r\n" +
        'critical data and system configurations automatically at least [daily], keep one copy offline, and\r\n' +
        'test restoration from Backups at least [quarterly].',
    );
    const out = applyChecked(text, [edit!, ...actionEdits(hedge, uri)]);
    assert.ok(!/[^\r]\n/.test(out), 'still CRLF throughout');
    const after = await client.replace(uri, out);
    assert.deepEqual(after.filter((d) => d.code === 't.backup' || d.code === 't.monitoring'), []);
    await client.close(uri);
  });

  it('writes a suppression comment; without a reason it is flagged until one is written', async () => {
    const uri = docUri('suppress.md');
    const diagnostics = await client.open(uri, sample);
    const suppress = titled(await actionsFor(uri, byCode(diagnostics, 't.monitoring')), /^Accept as drafted: add <!-- clauselint-disable t\.monitoring -- reason -->$/);
    assert.deepEqual(actionEdits(suppress, uri, 1), [
      { range: rangeOfLineStart(sample, '7.9 **Monitoring.**'), newText: '<!-- clauselint-disable t.monitoring -- [reason] -->\n\n' },
    ]);
    const text = applyChecked(sample, actionEdits(suppress, uri));
    const after = await client.replace(uri, text);
    // Without a reason nothing is accepted: the finding stays, beside the warning asking for one.
    assert.ok(after.find((d) => d.code === 't.monitoring'));
    const noReason = byCode(after, 'suppression-without-reason');
    assert.equal(noReason.severity, 2);
    assert.deepEqual(noReason.range, rangeOf(text, '<!-- clauselint-disable t.monitoring -- [reason] -->'));
    const reasoned = await client.replace(uri, text.replace('[reason]', 'monitoring is bought from a SOC under SOW 4'));
    assert.equal(reasoned.find((d) => d.code === 'suppression-without-reason' || d.code === 't.monitoring'), undefined);
    await client.close(uri);
  });

  it('flags bracketed placeholders of an inserted clause and confirms them', async () => {
    const uri = docUri('placeholder.md');
    const diagnostics = await client.open(uri, sample);
    const insert = titled(await actionsFor(uri, byCode(diagnostics, 't.backup')), /^Insert/);
    const text = applyChecked(sample, actionEdits(insert, uri));
    const after = await client.replace(uri, text);
    const placeholders = after.filter((d) => d.code === 'placeholder');
    assert.deepEqual(placeholders.map((d) => [d.severity, d.range]), [
      [3, rangeOf(text, '[daily]')],
      [3, rangeOf(text, '[quarterly]')],
    ]);
    const confirm = titled(await actionsFor(uri, placeholders[0]!), /^Confirm ‘daily’ \(remove the brackets\)$/);
    assert.deepEqual(actionEdits(confirm, uri, 2), [{ range: rangeOf(text, '[daily]'), newText: 'daily' }]);
    await client.close(uri);
  });

  it('offers fix-all as source.fixAll.clauselint, never on save through a generic source.fixAll', async () => {
    const uri = docUri('fixall.md');
    const diagnostics = await client.open(uri, sample);
    const range = diagnostics[0]!.range;
    const exact = (await client.codeActions(uri, range, [], ['source.fixAll.clauselint'], 2)).filter(isAction);
    assert.deepEqual(exact.map((a) => a.kind), ['source.fixAll.clauselint']);
    assert.deepEqual((await client.codeActions(uri, range, [], ['source.fixAll'], 2)).filter(isAction), [], 'automatic, generic kind: no');
    assert.deepEqual((await client.codeActions(uri, range, [], ['source.fixAll'], 1)).filter(isAction).map((a) => a.kind), ['source.fixAll.clauselint']);
    assert.deepEqual((await client.codeActions(uri, range, [], ['quickfix'], 1)).filter((a) => isAction(a) && a.kind !== 'quickfix'), []);

    const edits = actionEdits(exact[0]!, uri, 1);
    const replaced = edits.filter((e) => e.range.start.line !== e.range.end.line || e.range.start.character !== e.range.end.character);
    assert.deepEqual(replaced.map((e) => e.newText).sort(), [' ', 'six (6) months']);
    const text = applyChecked(sample, edits);
    const after = await client.replace(uri, text);
    assert.deepEqual(after.filter((d) => d.severity === 1), []);
    assert.deepEqual(after.filter((d) => d.code !== 'placeholder'), []);
    await client.close(uri);
  });

  it('"Insert all missing clauses" applies one edit through workspace/applyEdit', async () => {
    const uri = docUri('insert-all.md');
    await client.open(uri, sample);
    const before = client.appliedEdits.length;
    const result = (await client.executeCommand('clauselint.server.insertAllMissing', [uri])) as { applied: boolean; inserted: number };
    assert.deepEqual(result, { applied: true, inserted: 2 });
    const request = client.appliedEdits[before]!;
    assert.equal(request.label, 'Insert all missing clauses');
    const edits = actionEdits({ title: '', edit: request.edit }, uri, 1);
    assert.ok(edits.every((e) => e.range.start.line === e.range.end.line && e.range.start.character === e.range.end.character), 'insertions only');
    const after = await client.replace(uri, applyChecked(sample, edits));
    assert.deepEqual(after.filter((d) => d.code === 't.backup' || d.code === 't.mfa'), []);
    await client.close(uri);
  });

  it('uses `changes` when the client cannot take versioned documentChanges', async () => {
    const plain = await editorClient({ documentChanges: false });
    try {
      const uri = docUri('plain.md');
      const diagnostics = await plain.open(uri, sample);
      const d = byCode(diagnostics, 't.log-retention');
      const [action] = (await plain.codeActions(uri, d.range, [d])).filter(isAction);
      assert.equal(action!.edit?.documentChanges, undefined);
      assert.deepEqual(action!.edit?.changes?.[uri], [{ range: rangeOf(sample, 'ninety (90) days'), newText: 'six (6) months' }]);
    } finally {
      assert.equal(await plain.shutdown(), 0);
    }
  });
});

function rangeOfLineStart(text: string, needle: string): { start: { line: number; character: number }; end: { line: number; character: number } } {
  const p = positionOf(text, text.indexOf(needle));
  return { start: p, end: p };
}

describe('every offered fix on the sample draft (bundled AA22-131A pack)', function () {
  this.timeout(300000);
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize(root);
  });
  after(async () => {
    if (client) assert.equal(await client.shutdown(), 0);
  });

  it('each fix changes nothing outside its edits; applying the preferred fixes leaves no error', async () => {
    const uri = `file://${root}/examples/msp-master-services-agreement.md`;
    const diagnostics = await client.open(uri, sample);
    assert.ok(diagnostics.some((d) => d.severity === 1), 'the sample starts with errors');

    // Every action for every diagnostic applies cleanly to the draft as it is.
    let offered = 0;
    for (const d of diagnostics) {
      for (const action of (await client.codeActions(uri, d.range, [d])).filter(isAction)) {
        applyChecked(sample, actionEdits(action, uri, 1));
        offered++;
      }
    }
    assert.ok(offered >= diagnostics.length, `${offered} fixes for ${diagnostics.length} diagnostics`);

    // Then the preferred fix of each error, one at a time, as a drafter would.
    let text = sample;
    let current = diagnostics;
    let rounds = 0;
    for (; rounds < 80; rounds++) {
      const error = current.find((d) => d.severity === 1);
      if (!error) break;
      const actions = (await client.codeActions(uri, error.range, [error])).filter(isAction);
      const preferred = actions.find((a) => a.isPreferred);
      assert.ok(preferred, `a preferred fix for ${error.code}: ${error.message}`);
      text = applyChecked(text, actionEdits(preferred, uri, client.version(uri)));
      current = await client.replace(uri, text);
    }
    assert.deepEqual(current.filter((d) => d.severity === 1).map((d) => `${d.code}: ${d.message}`), []);
    assert.ok(rounds >= 2, `fixed ${rounds} errors`);
    // The draft's own text is all still there: fixes insert clauses and touch only cue words.
    assert.ok(text.length > sample.length);
  });
});
