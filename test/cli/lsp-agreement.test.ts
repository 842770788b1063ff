/**
 * The CLI and the language server must never disagree: the same documents with the same settings
 * give the same codes, ranges, severities and messages in the Problems panel and in CI.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HELD_OUT_NOT_READ_AS_CONTRACTS } from '../../scripts/msp-drafts';
import { TestClient } from '../protocol/lsp-client';
import { cli, ensureBuilt, jsonReport, ROOT, tempDir, write } from './cli-process';

const SEVERITY_NAMES: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

type Row = string;
const row = (r: { start: { line: number; character: number }; end: { line: number; character: number } }, severity: string, code: unknown, message: string): Row =>
  `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${severity} ${String(code)} ${message}`;
const serverRows = (diagnostics: { range: Parameters<typeof row>[0]; severity?: number; code?: unknown; message: string | { value: string } }[]): Row[] =>
  diagnostics.map((d) => row(d.range, SEVERITY_NAMES[d.severity ?? 1]!, d.code, typeof d.message === 'string' ? d.message : d.message.value)).sort();

describe('CLI and language server agree', function () {
  this.timeout(360_000); // a bound for a hang, not a benchmark: the MSP drafts grow by four a session
  let client: TestClient;

  before(async () => {
    ensureBuilt();
    client = new TestClient();
    client.settings = {}; // the defaults, as the CLI's --no-config
    await client.initialize(ROOT);
  });
  after(async () => {
    if (client) assert.equal(await client.shutdown(), 0);
  });

  /** Open every file the CLI reported in the server; both must give the same rows. Returns how many rows were compared. */
  async function compareWithServer(files: string[], everyFileHasFindings: boolean): Promise<number> {
    const report = jsonReport((await cli(['--no-config', '--format', 'json', ...files])));
    assert.deepEqual(report.files.map((f) => f.path), files);
    let compared = 0;
    for (const file of report.files) {
      const absolute = path.join(ROOT, file.path);
      const fromServer = serverRows(await client.open(pathToFileURL(absolute).href, fs.readFileSync(absolute, 'utf8')));
      const fromCli = file.diagnostics.map((d) => row(d.range, d.severity, d.code, d.message)).sort();
      if (everyFileHasFindings) assert.ok(fromCli.length > 0, `${file.path} has findings`);
      assert.deepEqual(fromCli, fromServer, file.path);
      compared += fromCli.length;
    }
    return compared;
  }

  it('on the sample and the contract fixtures (CRLF, emoji, front matter, other party names)', async () => {
    const files = ['examples/msp-master-services-agreement.md', ...fs.readdirSync(path.join(ROOT, 'test/fixtures/contracts')).filter((f) => f.endsWith('.md')).map((f) => `test/fixtures/contracts/${f}`)];
    assert.ok(files.length >= 5);
    assert.ok((await compareWithServer(files, true)) > 20);
  });

  it('on every original MSP draft (many party names, tables, letters, questionnaires)', async () => {
    // The drafts are the widest set of document shapes we own: a reader that depends on state the
    // CLI and the server hold differently (settings, document order, caches) shows here.
    const dir = 'test/fixtures/msp-drafts';
    // A held-out draft the server does not read as a contract has no findings there (see HELD_OUT_NOT_READ_AS_CONTRACTS).
    const files = fs.readdirSync(path.join(ROOT, dir)).filter((f) => /^\d\d-.*\.md$/.test(f) && !HELD_OUT_NOT_READ_AS_CONTRACTS.includes(f)).sort().map((f) => `${dir}/${f}`);
    assert.ok(files.length >= 30);
    assert.ok((await compareWithServer(files, false)) > 30);
  });

  it('on suppression comments and bracketed template values, not only requirement findings', async () => {
    const t = tempDir();
    try {
      const draft = fs.readFileSync(path.join(ROOT, 'test/fixtures/contracts/strong.md'), 'utf8');
      const text =
        draft +
        '\n<!-- clauselint-disable backup.testing -->\n\n<!-- clauselint-disable no.such-requirement -- we decided so -->\n\n' +
        'The Provider shall notify the Customer of any Security Incident within [24] hours and shall report to the [Security Committee].\n';
      const file = write(path.join(t.dir, 'draft.md'), text);
      const cliDiagnostics = jsonReport((await cli(['--no-config', '--format', 'json', file]))).files[0]!.diagnostics;
      const fromCli = cliDiagnostics.map((d) => row(d.range, d.severity, d.code, d.message)).sort();
      const fromServer = serverRows(await client.open(pathToFileURL(file).href, text));
      assert.deepEqual(fromCli, fromServer);
      const codes = new Set(cliDiagnostics.map((d) => d.code));
      for (const code of ['suppression-without-reason', 'suppression-unknown-id', 'placeholder']) assert.ok(codes.has(code), code);
    } finally {
      t.cleanup();
    }
  });

  it('on conflicting clauses: both report the conflict warning (the CLI once left it out)', async () => {
    const t = tempDir();
    try {
      const draft = fs.readFileSync(path.join(ROOT, 'test/fixtures/contracts/strong.md'), 'utf8');
      const text = `${draft}\n## 30. Backup exceptions\n\n30.1 Notwithstanding any other clause, the Provider is not required to back up the Customer Data.\n`;
      const file = write(path.join(t.dir, 'draft.md'), text);
      const fromCli = jsonReport((await cli(['--no-config', '--format', 'json', file]))).files[0]!.diagnostics.map((d) => row(d.range, d.severity, d.code, d.message)).sort();
      const fromServer = serverRows(await client.open(pathToFileURL(file).href, text));
      assert.deepEqual(fromCli, fromServer);
      assert.ok(fromCli.some((r) => /\.conflict /.test(r)), fromCli.join('\n'));
    } finally {
      t.cleanup();
    }
  });

  it('with the same settings from .clauselint.json and from the editor', async () => {
    const t = tempDir();
    const settings = { perspective: 'provider', severity: { 'mfa.provider-access': 'info', 'backup.testing': 'off' }, exclude: ['archive/**'] };
    const other = new TestClient();
    try {
      write(path.join(t.dir, '.clauselint.json'), JSON.stringify(settings));
      const text = fs.readFileSync(path.join(ROOT, 'examples/msp-master-services-agreement.md'), 'utf8');
      const file = write(path.join(t.dir, 'contracts/draft.md'), text);
      const archived = write(path.join(t.dir, 'archive/old.md'), text);
      other.settings = settings;
      await other.initialize(t.dir);
      const report = jsonReport((await cli(['--format', 'json', '.'], { cwd: t.dir })));
      const byPath = new Map(report.files.map((f) => [f.path, f]));
      for (const [name, absolute] of [['contracts/draft.md', file], ['archive/old.md', archived]] as const) {
        const fromCli = byPath.get(name)!.diagnostics.map((d) => row(d.range, d.severity, d.code, d.message)).sort();
        const fromServer = serverRows(await other.open(pathToFileURL(absolute).href, text));
        assert.deepEqual(fromCli, fromServer, name);
      }
      assert.equal(byPath.get('archive/old.md')!.diagnostics.length, 0, 'excluded in both');
      assert.ok(byPath.get('contracts/draft.md')!.diagnostics.some((d) => d.code === 'mfa.provider-access' && d.severity === 'info'));
    } finally {
      assert.equal(await other.shutdown(), 0);
      t.cleanup();
    }
  });

  it('on a README that is not a contract: both stay silent', async () => {
    const readme = path.join(ROOT, 'test/fixtures/not-a-contract/README.md');
    const report = jsonReport((await cli(['--no-config', '--format', 'json', path.dirname(readme)])));
    assert.deepEqual(report.files.map((f) => [f.path, f.isContract, f.diagnostics.length]), [['test/fixtures/not-a-contract/README.md', false, 0]]);
    assert.deepEqual(await client.open(pathToFileURL(readme).href, fs.readFileSync(readme, 'utf8')), []);
  });
});
