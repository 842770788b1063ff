import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, cliProcess, ensureBuilt, jsonReport, ROOT, tempDir } from './cli-process';

const SAMPLE_REL = 'examples/msp-master-services-agreement.md';
/** A shorter draft with errors, warnings and info findings: most cases only need that. */
const SHORT = 'test/fixtures/contracts/strong.md';
const ANSI = /\u001b\[/;

describe('CLI: text report and exit codes', function () {
  // Each case starts a process that loads the catalog and analyses a whole draft.
  this.timeout(180_000);
  before(() => ensureBuilt());

  it('prints the sample draft\'s findings grouped by file with line:column, severity, id and message', async () => {
    const run = (await cliProcess([SAMPLE_REL]));
    assert.equal(run.code, 1, 'the sample has error findings');
    const lines = run.stdout.split('\n');
    assert.equal(lines[0], SAMPLE_REL);
    const findings = lines.filter((l) => /^ {2}\d+:\d+ /.test(l));
    assert.ok(findings.length > 0);
    for (const l of findings) assert.match(l, /^ {2}\d+:\d+ +(error|warning|info) +[a-z0-9-]+\.[a-z0-9.-]+ +\S/);
    // Same findings, same positions as the JSON report (1-based there in text, 0-based in JSON).
    const json = jsonReport((await cliProcess(['--format', 'json', SAMPLE_REL]))).files[0]!;
    const fromJson = json.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code}`).sort();
    const fromText = findings.map((l) => l.trim().split(/ +/).slice(0, 3).join(' ')).sort();
    assert.deepEqual(fromText, fromJson);
    assert.match(run.stdout, /logging\.retention +Below threshold/);
    assert.match(lines.at(-2)!, /^✖ \d+ findings \(\d+ errors?, \d+ warnings?, \d+ info\) · 1 contract draft checked$/);
    assert.equal(run.stderr, '');
    assert.doesNotMatch(run.stdout, ANSI, 'no colour when stdout is not a terminal');
  });

  it('colours only on request, and never with --no-color', async () => {
    assert.match((await cli(['--color', SHORT])).stdout, ANSI);
    assert.doesNotMatch((await cli(['--color', '--no-color', SHORT])).stdout, ANSI);
    assert.doesNotMatch((await cli([SHORT], { env: { NO_COLOR: '1' } })).stdout, ANSI);
  });

  it('exit codes follow --fail-on and --max-warnings', async () => {
    const report = jsonReport((await cli(['--format', 'json', SHORT]))).files[0]!;
    const errors = report.diagnostics.filter((d) => d.severity === 'error');
    const warnings = report.diagnostics.filter((d) => d.severity === 'warning');
    assert.ok(errors.length && warnings.length, 'the draft has both errors and warnings');

    assert.equal((await cli(['--fail-on', 'none', SHORT])).code, 0);
    assert.equal((await cli(['--fail-on', 'none', '--max-warnings', String(warnings.length), SHORT])).code, 0);
    assert.equal((await cli(['--fail-on', 'none', '--max-warnings', String(warnings.length - 1), SHORT])).code, 1);

    // Turn every error into a warning: the default gate (error) passes, --fail-on warning fails.
    const demote = [...new Set(errors.map((d) => d.code))].flatMap((id) => ['--severity', `${id}=warning`]);
    const demoted = (await cli([...demote, SHORT]));
    assert.equal(demoted.code, 0, demoted.stdout);
    assert.match(demoted.stdout, /\(0 errors, /);
    assert.equal((await cli([...demote, '--fail-on', 'warning', SHORT])).code, 1);
    assert.equal((await cli([...demote, '--fail-on', 'info', SHORT])).code, 1);
  });

  it('--quiet reports and counts errors only', async () => {
    const run = (await cli(['--quiet', SHORT]));
    assert.equal(run.code, 1);
    const rows = run.stdout.split('\n').filter((l) => /^ {2}\d+:\d+ /.test(l));
    assert.ok(rows.length > 0);
    for (const r of rows) assert.match(r, / error /);
    const json = jsonReport((await cli(['--quiet', '--format', 'json', SHORT]))).files[0]!;
    assert.ok(json.diagnostics.every((d) => d.severity === 'error'));
    // The coverage (requirements) stays complete: --quiet filters findings, not the matrix.
    assert.ok(json.requirements.some((r) => r.severity === 'warning'));
    // Warnings are not counted either: with every error demoted, even --fail-on warning passes.
    const demote = [...new Set(json.diagnostics.map((d) => d.code))].flatMap((id) => ['--severity', `${id}=warning`]);
    const quiet = (await cli([...demote, '--quiet', '--fail-on', 'warning', SHORT]));
    assert.equal(quiet.code, 0);
    assert.match(quiet.stdout, /^✔ no findings/m);
  });

  it('a file that is not a contract passes with no findings when found in a folder', async () => {
    const run = (await cli(['test/fixtures/not-a-contract']));
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^✔ no findings · 0 contract drafts checked, 1 file skipped/m);
  });

  it('usage and configuration errors exit with 2 and say why on stderr, with nothing on stdout', async () => {
    const cases: [string[], RegExp][] = [
      [[], /missing required argument 'paths'/],
      [['--bogus', SAMPLE_REL], /unknown option '--bogus'/],
      [['--format', 'pdf', SAMPLE_REL], /Allowed choices are text, json, sarif, markdown, html, csv/],
      [['--fail-on', 'fatal', SAMPLE_REL], /Allowed choices are error, warning, info, none/],
      [['--severity', 'mfa.provider-access', SAMPLE_REL], /expected REQUIREMENT=LEVEL/],
      [['--severity', 'mfa.provider-access=critical', SAMPLE_REL], /expected REQUIREMENT=LEVEL/],
      [['--max-warnings', 'many', SAMPLE_REL], /whole number/],
      [['--perspective', 'vendor', SAMPLE_REL], /Allowed choices are customer, provider/],
      [['examples/no-such-draft.md'], /no such file or folder: examples\/no-such-draft\.md/],
      [['--error-on-no-files', '"contracts-nowhere/**/*.md"'.slice(1, -1)], /no Markdown files match "contracts-nowhere\/\*\*\/\*\.md"/],
      [['--pack', 'no-such-pack', SAMPLE_REL], /no clause pack with id "no-such-pack"/],
      [['--config', 'nowhere.json', SAMPLE_REL], /--config: no such file: nowhere\.json/],
    ];
    for (const [args, message] of cases) {
      const run = (await cliProcess(args));
      assert.equal(run.code, 2, `${args.join(' ')} → ${run.code}\n${run.stderr}`);
      assert.match(run.stderr, message, args.join(' '));
      assert.equal(run.stdout, '', args.join(' '));
    }
  });

  it('--help and --version exit with 0', async () => {
    const help = (await cliProcess(['--help']));
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: clauselint \[options\] <paths\.\.\.>/);
    assert.match(help.stdout, /Exit codes: 0/);
    const version = (await cliProcess(['--version']));
    assert.equal(version.code, 0);
    assert.equal(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('--output writes the report to a file and nothing to stdout', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const target = path.join(dir, 'reports', 'sample.txt');
      const run = (await cli(['--output', target, '--color', SHORT]));
      assert.equal(run.code, 1);
      assert.equal(run.stdout, '');
      const text = fs.readFileSync(target, 'utf8');
      assert.match(text, ANSI, '--color is honoured in a file when asked for');
      assert.match(text.replace(/\u001b\[\d+m/g, ''), /^test\/fixtures\/contracts\/strong\.md\n/);
      assert.equal((await cli(['--output', target, SHORT])).stdout, '');
      assert.doesNotMatch(fs.readFileSync(target, 'utf8'), ANSI, 'no colour in a file by default');
    } finally {
      cleanup();
    }
  });
});
