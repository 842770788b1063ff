/**
 * A sweep runs a document set through the engine and through the real language server (stdio)
 * and checks that nothing crashes and nothing is out of place: every document is checked as a
 * contract (an include glob forces it), every offset and LSP range is inside its document, every
 * offered quick fix applies cleanly, and the server publishes exactly what the engine computes.
 */
import { strict as assert } from 'node:assert';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { toDiagnostics } from '../../server/src/lsp/diagnostics';
import { applyEdits } from '../../server/src/engine/edits';
import { fixAll, fixesFor } from '../../server/src/engine/fixes';
import { AnalysisService } from '../../server/src/host/service';
import { normalizeSettings } from '../../server/src/host/settings';
import { assertBoundary, assertLspRanges, assertWellFormed } from '../property/invariants';
import { TestClient } from '../protocol/lsp-client';
import type { SweepDocument } from './documents';

/** Documents are opened in batches, so a slow one never hides behind a queue of thousands. */
const BATCH = 24;

export function sweep(title: string, documents: () => SweepDocument[]): void {
  describe(title, function () {
    this.timeout(600_000); // the whole corpus or spec through engine and server; slow on a loaded shared machine
    // The documents are not on disk: the client sends their text, as an editor does.
    const folder = path.join(os.tmpdir(), 'clauselint-sweep', title.replace(/\W+/g, '-'));
    const rawSettings = { include: ['**/*.md'], debounceMs: 0 };
    const settings = normalizeSettings(rawSettings).settings;
    const uri = (d: SweepDocument): string => `file://${path.join(folder, d.name)}`;
    const expected = new Map<string, Diagnostic[]>();
    let docs: SweepDocument[] = [];

    before(function () {
      docs = documents();
      if (docs.length === 0) this.skip();
    });

    it('the engine checks every document: offsets inside it, LSP ranges valid, fixes apply cleanly', () => {
      const service = new AnalysisService([folder]);
      let fixes = 0;
      for (const d of docs) {
        const result = service.check(uri(d), d.text, settings);
        assert.ok(result.checked && result.analysis, `${d.name}: not checked (${result.reason})`);
        const analysis = result.analysis;
        assertWellFormed(d.text, analysis);
        const diagnostics = toDiagnostics(result, settings, uri(d));
        assertLspRanges(d.text, diagnostics);
        expected.set(uri(d), diagnostics);
        // Missing clauses are planned all at once by fix-all below (one plan per clause is slow).
        for (const f of result.problems.filter((p) => p.status !== 'missing')) {
          for (const fix of fixesFor(analysis, f)) {
            for (const e of fix.edits) {
              assertBoundary(d.text, e.start, `${d.name} ${fix.kind} start`);
              assertBoundary(d.text, e.end, `${d.name} ${fix.kind} end`);
            }
            applyEdits(d.text, fix.edits);
            fixes++;
          }
        }
        const all = fixAll(analysis).edits;
        for (const e of all) assertBoundary(d.text, e.start, `${d.name} fix-all`);
        applyEdits(d.text, all);
        fixes += all.length;
      }
      assert.ok(fixes > 0, 'quick fixes were offered');
    });

    it('the language server publishes the same diagnostics for every document and stays up', async () => {
      assert.equal(expected.size, docs.length, 'the engine sweep ran first');
      const client = new TestClient();
      const errors: string[] = [];
      client.connection.onNotification('window/logMessage', (p: { type: number; message: string }) => {
        if (p.type === 1) errors.push(p.message);
      });
      client.settings = rawSettings;
      await client.initialize(folder);
      try {
        for (let i = 0; i < docs.length; i += BATCH) {
          const batch = docs.slice(i, i + BATCH);
          const published = await Promise.all(batch.map((d) => client.open(uri(d), d.text)));
          batch.forEach((d, j) => assert.deepEqual(published[j], expected.get(uri(d)), `${d.name}: server and engine differ`));
          await Promise.all(batch.map((d) => client.close(uri(d))));
        }
        assert.deepEqual(errors, [], 'the server logged errors');
        assert.equal(client.process.exitCode, null, 'the server is still running');
      } finally {
        assert.equal(await client.shutdown(), 0);
      }
    });
  });
}
