/**
 * One status name for a requirement accepted on purpose: "accepted" in every format, only when the
 * suppression comment gives a reason.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as Sarif from 'sarif';
import { cli, SAMPLE, tempDir, write } from './cli-process';

const FORMATS = ['json', 'csv', 'markdown', 'html', 'sarif'] as const;

describe('accepted requirements in the reports', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => {
    ({ dir, cleanup } = tempDir());
    const sample = fs.readFileSync(SAMPLE, 'utf8');
    write(path.join(dir, 'reasoned.md'), `${sample}\n<!-- clauselint-disable backup.testing -- restore tests are run by the Customer's own team -->\n`);
    write(path.join(dir, 'unreasoned.md'), `${sample}\n<!-- clauselint-disable backup.testing -->\n`);
  });

  after(() => cleanup());

  it('every format calls it "accepted" and shows the reason; none says "suppressed"', async () => {
    for (const format of FORMATS) {
      const run = await cli(['--format', format, '--fail-on', 'none', path.join(dir, 'reasoned.md')]);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /accepted/i, format);
      assert.doesNotMatch(run.stdout, /suppressed/i, format);
      if (format !== 'csv') assert.match(run.stdout, /restore tests are run by the Customer(?:'|&#39;|\\')s own team/, format);
    }
  });

  it('a suppression without a reason accepts nothing in any format, and SARIF marks reasoned ones as accepted in source', async () => {
    const json = JSON.parse((await cli(['--format', 'json', '--fail-on', 'none', path.join(dir, 'unreasoned.md')])).stdout) as { files: { requirements: { id: string; status: string }[]; diagnostics: { code: string }[] }[] };
    const file = json.files[0]!;
    assert.notEqual(file.requirements.find((r) => r.id === 'backup.testing')!.status, 'accepted');
    assert.ok(file.diagnostics.some((d) => d.code === 'backup.testing'), 'the finding stays');
    assert.ok(file.diagnostics.some((d) => d.code === 'suppression-without-reason'), 'with a warning that a reason is needed');

    const csv = (await cli(['--format', 'csv', '--fail-on', 'none', path.join(dir, 'unreasoned.md')])).stdout;
    assert.doesNotMatch(csv, /accepted/);

    const sarif = JSON.parse((await cli(['--format', 'sarif', '--fail-on', 'none', path.join(dir, 'reasoned.md')])).stdout) as Sarif.Log;
    const accepted = sarif.runs[0]!.results!.filter((r) => r.suppressions?.length);
    assert.deepEqual(accepted.map((r) => [r.ruleId, r.suppressions![0]!.kind, r.suppressions![0]!.status, r.suppressions![0]!.justification]), [
      ['backup.testing', 'inSource', 'accepted', "restore tests are run by the Customer's own team"],
    ]);
  });
});
