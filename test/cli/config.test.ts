import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, ensureBuilt, jsonReport, ROOT, tempDir, write, type JsonReportShape } from './cli-process';

const DRAFT = fs.readFileSync(path.join(ROOT, 'test/fixtures/contracts/strong.md'), 'utf8');
const README = fs.readFileSync(path.join(ROOT, 'test/fixtures/not-a-contract/README.md'), 'utf8');
const MFA = 'mfa.provider-access';

function file(report: JsonReportShape, suffix: string): JsonReportShape['files'][number] {
  const f = report.files.find((x) => x.path.endsWith(suffix));
  assert.ok(f, `${suffix} is in the report: ${report.files.map((x) => x.path).join(', ')}`);
  return f;
}

function severityOf(f: JsonReportShape['files'][number], id: string): string | undefined {
  return f.requirements.find((r) => r.id === id)?.severity;
}

describe('CLI: .clauselint.json discovery and flags', function () {
  this.timeout(180_000);
  let dir: string;
  let cleanup: () => void;
  let elsewhere: { dir: string; cleanup: () => void };
  let catalogSeverity: string;

  before(async () => {
    ensureBuilt();
    ({ dir, cleanup } = tempDir());
    elsewhere = tempDir();
    write(path.join(dir, '.clauselint.json'), JSON.stringify({ perspective: 'provider', severity: { [MFA]: 'info' }, exclude: ['archive/**'], include: ['notes/**'] }, null, 2));
    write(path.join(dir, 'a/b/draft.md'), DRAFT); // two levels below the config file
    write(path.join(dir, 'archive/old.md'), DRAFT);
    write(path.join(dir, 'notes/memo.md'), README);
    // A nearer config file wins; keys copied from VS Code settings keep their prefix.
    write(path.join(dir, 'other/.clauselint.json'), JSON.stringify({ 'clauselint.perspective': 'customer' }));
    write(path.join(dir, 'other/draft.md'), DRAFT);
    catalogSeverity = severityOf(jsonReport((await cli(['--no-config', '--format', 'json', path.join(dir, 'other/draft.md')]))).files[0]!, MFA)!;
    assert.notEqual(catalogSeverity, 'info');
  });
  after(async () => {
    cleanup?.();
    elsewhere?.cleanup();
  });

  it('uses the config file two levels up, from any working folder, exactly as the same flags would', async () => {
    const viaConfig = (await cli(['--format', 'json', path.join(dir, 'a/b/draft.md')], { cwd: elsewhere.dir }));
    assert.equal(viaConfig.stderr, '');
    const viaFlags = (await cli(['--no-config', '--perspective', 'provider', '--severity', `${MFA}=info`, '--format', 'json', path.join(dir, 'a/b/draft.md')], { cwd: elsewhere.dir }));
    const a = jsonReport(viaConfig).files[0]!;
    const b = jsonReport(viaFlags).files[0]!;
    assert.equal(severityOf(a, MFA), 'info');
    assert.deepEqual(a, b);
    const defaults = jsonReport((await cli(['--no-config', '--format', 'json', path.join(dir, 'a/b/draft.md')], { cwd: elsewhere.dir }))).files[0]!;
    assert.notDeepEqual(defaults, a, 'the config file changes the result');
  });

  it('folders follow the config file\'s include and exclude, relative to its folder; a named file is always checked', async () => {
    const report = jsonReport((await cli(['--format', 'json', '--fail-on', 'none', '.'], { cwd: dir })));
    assert.deepEqual(report.files.map((f) => f.path).sort(), ['a/b/draft.md', 'archive/old.md', 'notes/memo.md', 'other/draft.md']);
    assert.equal(file(report, 'archive/old.md').isContract, false, 'excluded');
    assert.equal(file(report, 'notes/memo.md').isContract, true, 'included, although not contract-shaped');
    assert.equal(file(report, 'a/b/draft.md').isContract, true);
    assert.equal(severityOf(file(report, 'a/b/draft.md'), MFA), 'info');
    assert.equal(severityOf(file(report, 'other/draft.md'), MFA), catalogSeverity, 'the nearer config file replaces the outer one');

    const named = jsonReport((await cli(['--format', 'json', 'archive/old.md'], { cwd: dir })));
    assert.equal(named.files[0]!.isContract, true);
  });

  it('--config replaces discovery, --no-config ignores config files, flags go on top', async () => {
    const target = path.join(dir, 'a/b/draft.md');
    const withOther = jsonReport((await cli(['--format', 'json', '--config', path.join(dir, 'other/.clauselint.json'), target]))).files[0]!;
    assert.equal(severityOf(withOther, MFA), catalogSeverity);
    const flagOnTop = jsonReport((await cli(['--format', 'json', '--severity', `${MFA}=warning`, target]))).files[0]!;
    assert.equal(severityOf(flagOnTop, MFA), 'warning');
    const off = jsonReport((await cli(['--format', 'json', '--severity', `${MFA}=off`, target]))).files[0]!;
    assert.equal(severityOf(off, MFA), undefined, '"off" drops the requirement');
  });

  it('a broken configuration exits with 2, names the file and the problem, and checks nothing', async () => {
    const cases: [string, RegExp][] = [
      ['{\n  "perspective": "provider",\n}\n', /\.clauselint\.json:3:1: not valid JSON/],
      ['["customer"]', /expected a JSON object/],
      ['{"perspectives": "provider"}', /unknown setting "perspectives"/],
      // Values are checked with the schema VS Code uses for the file (schemas/clauselint.schema.json).
      ['{"perspective": "vendor"}', /"perspective" must be one of: customer, provider/],
      ['{"severity": {"backup.testing": "critical"}}', /"severity\.backup\.testing" must be one of: error, warning, info, off/],
      ['{"debounceMs": 2.5}', /"debounceMs" must be integer/],
      ['{"packs": ["aa22-131a", "house-rules"]}', /no clause pack with id "house-rules"/],
      ['{"perspective": "provider", "clauselint.perspective": "customer"}', /"perspective" is set twice/],
    ];
    for (const [config, message] of cases) {
      const t = tempDir();
      try {
        write(path.join(t.dir, '.clauselint.json'), config);
        write(path.join(t.dir, 'deep/er/draft.md'), DRAFT);
        const run = (await cli(['deep/er/draft.md'], { cwd: t.dir }));
        assert.equal(run.code, 2, `${config}\n${run.stderr}`);
        assert.match(run.stderr, message, config);
        assert.match(run.stderr, /\.clauselint\.json/, 'names the file');
        assert.match(run.stderr, /nothing was checked/);
        assert.equal(run.stdout, '');
      } finally {
        t.cleanup();
      }
    }
  });

  it('a severity for an unknown requirement is a warning on stderr, not an error', async () => {
    const t = tempDir();
    try {
      write(path.join(t.dir, '.clauselint.json'), JSON.stringify({ severity: { 'no.such-requirement': 'off' } }));
      write(path.join(t.dir, 'draft.md'), DRAFT);
      const run = (await cli(['--format', 'json', '--fail-on', 'none', 'draft.md'], { cwd: t.dir }));
      assert.equal(run.code, 0);
      assert.match(run.stderr, /severity: no requirement "no\.such-requirement"/);
      assert.equal(jsonReport(run).files.length, 1);
    } finally {
      t.cleanup();
    }
  });
});
