/**
 * The CLI checks files on worker threads (--jobs) with the same report, byte for byte and in the
 * same order, as one thread; a file past --max-check-ms gets the "too complex" notice and the run
 * goes on; and a draft of setext headings that remark alone reads in minutes is checked quickly,
 * with the findings a whole-document parse gives.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeParsed } from '../../server/src/engine/analyze';
import { defaultPackDir, loadCatalog } from '../../server/src/engine/catalog/load';
import { parseWholeDocument } from '../../server/src/engine/parse';
import { generateContract } from '../../bench/generate';
import { cli, cliProcess, jsonReport, SAMPLE, tempDir, write } from './cli-process';

const PREAMBLE = '# Master Services Agreement\n\nNorthwind IT Ltd. (the "Provider") and Contoso Bank plc (the "Customer") agree. The Provider shall act. The Provider must report.\n\n';

describe('CLI: worker threads and the time budget', function () {
  this.timeout(180_000);

  it('--jobs 3 gives the same report, in the same order, as --jobs 1, in json and text (the built bin)', async () => {
    const t = tempDir();
    try {
      // Sizes differ a lot, so workers finish out of order; 300 KB in all, so workers are used.
      const files = [40_000, 4_000, 120_000, 12_000, 90_000, 2_000, 40_000].map((size, i) =>
        write(path.join(t.dir, `draft-${i}.md`), generateContract({ size, seed: 40 + i })),
      );
      files.push(SAMPLE);
      for (const format of ['json', 'text']) {
        const one = await cliProcess(['--format', format, '--jobs', '1', '--max-check-ms', '0', ...files]);
        const three = await cliProcess(['--format', format, '--jobs', '3', '--max-check-ms', '0', ...files]);
        assert.equal(three.code, one.code, format);
        assert.equal(three.stdout, one.stdout, `${format}: same report`);
        assert.equal(three.stderr, one.stderr, `${format}: same messages`);
      }
      const order = jsonReport(await cliProcess(['--format', 'json', '--jobs', '3', ...files])).files.map((f) => path.basename(f.path));
      assert.deepEqual(order, files.map((f) => path.basename(f)));
    } finally {
      t.cleanup();
    }
  });

  it('a file past --max-check-ms is reported as too complex and the next file is still checked', async () => {
    const t = tempDir();
    try {
      // 1 MB of setext headings that remark must read (lines open with inline code; plain underlined
      // lines are read without it) takes seconds on any machine; the sample well under a second.
      const slow = write(path.join(t.dir, 'a-slow.md'), PREAMBLE + '`a`\n=\n`The Provider` shall keep logs.\n---\n'.repeat(27_000));
      const run = await cli(['--format', 'json', '--jobs', '1', '--max-check-ms', '3000', slow, SAMPLE]);
      const report = jsonReport(run);
      assert.equal(report.files.length, 2);
      assert.deepEqual(report.files[0]!.diagnostics.map((d) => d.code), ['document-too-complex']);
      assert.match(report.files[0]!.diagnostics[0]!.message, /too complex to check: .*clauselint\.maxCheckMs \(3000 ms\)/);
      assert.ok(report.files[1]!.diagnostics.length > 5, 'the sample after it was checked');
      assert.match(run.stderr, /a-slow\.md: too complex to check/);
    } finally {
      t.cleanup();
    }
  });

  it('checks 32 KB of setext headings quickly (the built bin), with the findings of a whole-document parse', async () => {
    const t = tempDir();
    try {
      const text = PREAMBLE + 'a\n=\n'.repeat(8_192);
      const file = write(path.join(t.dir, 'setext.md'), text);
      const started = performance.now();
      const run = await cliProcess(['--format', 'json', file]);
      const elapsed = performance.now() - started;
      // Generous: a process start and the catalog load are in it too (remark alone took 110 s).
      assert.ok(elapsed < 10_000, `${Math.round(elapsed)} ms`);
      const report = jsonReport(run);
      const catalog = loadCatalog([defaultPackDir()]);
      const whole = analyzeParsed(parseWholeDocument(text), { catalog, force: true });
      assert.deepEqual(
        report.files[0]!.requirements.map((r) => `${r.id} ${r.status}`),
        whole.findings.map((f) => `${f.requirement.id} ${f.status}`),
      );
      assert.ok(fs.existsSync(file));
    } finally {
      t.cleanup();
    }
  });
});
