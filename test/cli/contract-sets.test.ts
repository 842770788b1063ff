import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cliProcess, ROOT, tempDir, write } from './cli-process';
import { run } from './in-process';

const MSA = fs.readFileSync(path.join(ROOT, 'examples/msa.md'), 'utf8');
const SCHEDULE = fs.readFileSync(path.join(ROOT, 'examples/schedule-3-security.md'), 'utf8');
const MFA_CLAUSE = /\n3\.12 \*\*Multi-factor authentication\.\*\*[\s\S]*?tools\.\n/;
/** The MSA without its link to the schedule (so the schedule is named another way). */
const UNLINKED = MSA.replace('[Schedule 3 (Information Security)](schedule-3-security.md)', 'Schedule 3 (Information Security)');

interface JsonOut {
  files: { path: string; requirements: { id: string; status: string; file?: string; evidence: { file?: string; line: number }[] }[]; diagnostics: { code: string }[]; parts?: { path: string; diagnostics: { code: string }[] }[] }[];
}

describe('CLI: contract sets', function () {
  this.timeout(120_000);
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  const json = async (args: string[]): Promise<JsonOut> => {
    const r = await run(['--format', 'json', '--fail-on', 'none', ...args], dir);
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout) as JsonOut;
  };
  const mfa = (out: JsonOut) => out.files[0]!.requirements.find((r) => r.id === 'mfa.provider-access')!;

  it('links: the schedule linked from the MSA is read with it, and the folder reports one contract', async () => {
    write(path.join(dir, 'msa.md'), MSA);
    write(path.join(dir, 'schedule-3-security.md'), SCHEDULE);
    const out = await json(['.']);
    assert.deepEqual(out.files.map((f) => f.path), ['msa.md'], 'the part is not reported as a contract of its own');
    assert.equal(mfa(out).status, 'present');
    assert.equal(mfa(out).file, 'schedule-3-security.md');
    assert.equal(mfa(out).evidence[0]!.file, 'schedule-3-security.md');
    assert.ok(!out.files[0]!.diagnostics.some((d) => d.code === 'mfa.provider-access'));
    assert.deepEqual(out.files[0]!.parts!.map((p) => p.path), ['schedule-3-security.md']);
    assert.ok(out.files[0]!.parts![0]!.diagnostics.some((d) => d.code === 'logging.retention'), 'the clause finding stays on the schedule');
  });

  it('reports missing MFA once, on the MSA, when neither file has it', async () => {
    write(path.join(dir, 'msa.md'), MSA);
    write(path.join(dir, 'schedule-3-security.md'), SCHEDULE.replace(MFA_CLAUSE, '\n'));
    const out = await json(['msa.md', 'schedule-3-security.md']);
    assert.equal(mfa(out).status, 'missing');
    assert.equal(out.files[0]!.diagnostics.filter((d) => d.code === 'mfa.provider-access').length, 1);
    assert.ok(!out.files[0]!.parts![0]!.diagnostics.some((d) => d.code === 'mfa.provider-access'));
  });

  it('with --jobs (worker threads) a set is still checked as one contract', async () => {
    write(path.join(dir, 'msa.md'), MSA);
    write(path.join(dir, 'schedule-3-security.md'), SCHEDULE);
    // Enough text for the worker pool to start.
    write(path.join(dir, 'big.md'), fs.readFileSync(path.join(ROOT, 'examples/msp-master-services-agreement.md'), 'utf8').repeat(16));
    // Worker threads run the built bundle (dist/cli-main.js, through the bin): as a process.
    const r = await cliProcess(['--format', 'json', '--fail-on', 'none', '--jobs', '2', '.'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as JsonOut;
    assert.deepEqual(out.files.map((f) => f.path), ['big.md', 'msa.md']);
    assert.equal(out.files[1]!.requirements.find((r) => r.id === 'mfa.provider-access')!.status, 'present');
    assert.deepEqual(out.files[1]!.parts!.map((p) => p.path), ['schedule-3-security.md']);
  });

  it('front matter names the parts (link discovery off in the config)', async () => {
    write(path.join(dir, 'msa.md'), `---\nclauselint:\n  parts: [annexes/security.md]\n---\n${UNLINKED}`);
    write(path.join(dir, 'annexes/security.md'), SCHEDULE);
    write(path.join(dir, '.clauselint.json'), '{"partLinks": false}');
    assert.equal(mfa(await json(['msa.md'])).status, 'present');
  });

  it('the config names the parts', async () => {
    write(path.join(dir, 'contracts/msa.md'), UNLINKED);
    write(path.join(dir, 'contracts/schedule-3-security.md'), SCHEDULE);
    write(path.join(dir, '.clauselint.json'), JSON.stringify({ contracts: [{ main: 'contracts/msa.md', parts: ['contracts/schedule-3-security.md'] }] }));
    const out = await json(['contracts']);
    assert.deepEqual(out.files.map((f) => f.path), ['contracts/msa.md']);
    assert.equal(mfa(out).status, 'present');
  });

  it('a missing part is a warning on the main document, and the rest is checked', async () => {
    write(path.join(dir, 'msa.md'), MSA);
    const r = await run(['--fail-on', 'none', 'msa.md'], dir);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /warning +contract-set +clauselint: the part schedule-3-security\.md \(named in a link\) was not found or cannot be read; the contract is checked without it\./);
    assert.match(r.stdout, /mfa\.provider-access +Missing clause/);
  });

  it('a cycle of parts is refused with a message', async () => {
    write(path.join(dir, 'msa.md'), MSA);
    write(path.join(dir, 'schedule-3-security.md'), SCHEDULE + '\nThis Schedule is read with [Schedule 3 of the Agreement](msa.md).\n');
    const r = await run(['--fail-on', 'none', 'msa.md'], dir);
    assert.match(r.stdout, /contract parts form a cycle \(msa\.md → schedule-3-security\.md → msa\.md\)/);
    assert.match(r.stdout, /1 contract draft checked \(with 1 part in other files\)/);
  });

  it('a part outside the workspace folder is refused', async () => {
    write(path.join(dir, 'ws/.clauselint.json'), '{}');
    write(path.join(dir, 'ws/msa.md'), MSA.replace('(schedule-3-security.md)', '(../outside/schedule-3-security.md)'));
    write(path.join(dir, 'outside/schedule-3-security.md'), SCHEDULE);
    const r = await run(['--fail-on', 'none', 'ws/msa.md'], dir);
    assert.match(r.stdout, /is outside the workspace folder; it was not read/);
    assert.match(r.stdout, /mfa\.provider-access +Missing clause/);
  });

  it('the CSV matrix has one row per contract; the text report groups the part under it', async () => {
    write(path.join(dir, 'msa.md'), MSA);
    write(path.join(dir, 'schedule-3-security.md'), SCHEDULE);
    write(path.join(dir, 'other.md'), fs.readFileSync(path.join(ROOT, 'examples/msp-master-services-agreement.md'), 'utf8'));
    const csv = await run(['--format', 'csv', '--fail-on', 'none', '.'], dir);
    const rows = csv.stdout.trim().split('\r\n');
    assert.deepEqual(rows.slice(1).map((r) => r.split(',')[0]), ['msa.md', 'other.md']);
    const text = await run(['--fail-on', 'none', '.'], dir);
    assert.match(text.stdout, /^msa\.md \(contract with schedule-3-security\.md\)$/m);
    assert.match(text.stdout, /^schedule-3-security\.md \(part of msa\.md\)\n {2}37:65 +error +logging\.retention/m);
    const md = await run(['--format', 'markdown', '--fail-on', 'none', 'msa.md'], dir);
    assert.match(md.stdout, /One contract in 2 files/);
    assert.match(md.stdout, /schedule-3-security\.md line 37/);
  });
});
