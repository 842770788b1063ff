import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import type * as Sarif from 'sarif';
import { cli, ensureBuilt, jsonReport, ROOT, SAMPLE, tempDir, write, type CliRun, type JsonReportShape } from './cli-process';

/**
 * The official SARIF 2.1.0 JSON schema (the final "rtm.5" draft, JSON Schema draft-04) as shipped in
 * @microsoft/jest-sarif. Its one `pattern` is not valid with the `u` flag, hence unicodeRegExp off.
 */
function sarifSchemaValidator(): (log: unknown) => string[] {
  const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/'));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  const validate = ajv.compile(schema);
  return (log) => (validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
}

/**
 * What GitHub code scanning needs beyond the schema (docs: "SARIF support for code scanning"):
 * rule metadata it displays, results tied to rules, a physical location with a region whose
 * lines and columns are 1-based, and fingerprints so alerts stay the same across runs.
 */
function githubProblems(log: Sarif.Log): string[] {
  const problems: string[] = [];
  const need = (ok: unknown, what: string): void => void (ok || problems.push(what));
  need(log.version === '2.1.0', 'version 2.1.0');
  need(typeof log.$schema === 'string', '$schema');
  need(log.runs.length === 1, 'one run');
  for (const run of log.runs) {
    const rules = run.tool.driver.rules ?? [];
    need(run.tool.driver.name === 'clauselint', 'tool.driver.name');
    need(run.columnKind === 'utf16CodeUnits', 'columnKind utf16CodeUnits');
    need(rules.length > 0 && rules.length <= 25_000, 'rules');
    need(new Set(rules.map((r) => r.id)).size === rules.length, 'unique rule ids');
    for (const r of rules) {
      const at = `rule ${r.id}`;
      need(r.name && r.name !== r.id, `${at}: name`);
      need(r.shortDescription?.text, `${at}: shortDescription`);
      need(r.fullDescription?.text, `${at}: fullDescription`);
      need(r.help?.text && r.help.markdown, `${at}: help text and markdown`);
      if (r.properties?.pack) need(r.helpUri && URL.canParse(r.helpUri), `${at}: helpUri (the advisory)`);
      else need(r.helpUri === undefined || URL.canParse(r.helpUri), `${at}: helpUri`);
      need(['none', 'note', 'warning', 'error'].includes(r.defaultConfiguration?.level ?? ''), `${at}: defaultConfiguration.level`);
      need(((r.properties?.tags as string[] | undefined) ?? []).length <= 20, `${at}: at most 20 tags`);
    }
    const fingerprints = new Set<string>();
    for (const res of run.results ?? []) {
      const at = `result ${res.ruleId}`;
      need(res.ruleIndex !== undefined && rules[res.ruleIndex]?.id === res.ruleId, `${at}: ruleIndex points at its rule`);
      need(['none', 'note', 'warning', 'error'].includes(res.level ?? ''), `${at}: level`);
      need(res.message.text, `${at}: message.text`);
      const loc = res.locations?.[0]?.physicalLocation;
      need(res.locations?.length === 1 && loc?.artifactLocation?.uri, `${at}: one physical location with a uri`);
      const region = loc?.region;
      need(region && region.startLine! >= 1 && region.startColumn! >= 1 && region.endLine! >= region.startLine! && region.endColumn! >= 1, `${at}: 1-based region`);
      if (region && region.endLine === region.startLine) need(region.endColumn! >= region.startColumn!, `${at}: region end after start`);
      const fp = Object.values(res.partialFingerprints ?? {});
      need(fp.length > 0, `${at}: partialFingerprints`);
      const key = `${loc?.artifactLocation?.uri}\u0000${fp.join()}`;
      need(!fingerprints.has(key), `${at}: fingerprint unique in its file`);
      fingerprints.add(key);
    }
  }
  return problems;
}

/** RFC 4180 parsing, strict enough to notice a broken quote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (cell += c), i++;
    } else if (c === '"') {
      assert.equal(cell, '', `a quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (c === ',') (row.push(cell), (cell = ''), i++);
    else if (c === '\r' && text[i + 1] === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), (i += 2));
    else {
      assert.notEqual(c, '\n', `a bare LF at ${i}: RFC 4180 rows end with CRLF`);
      cell += c;
      i++;
    }
  }
  assert.equal(quoted, false, 'unterminated quoted field');
  assert.equal(cell + row.join(''), '', 'the last row must end with CRLF');
  return rows;
}

function lineText(text: string, line1: number): string {
  return text.split(/\r\n|\r|\n/)[line1 - 1] ?? '';
}

describe('CLI: report formats', function () {
  this.timeout(180_000);
  // A folder with two drafts: the sample with emoji before a hedge and markup characters in its
  // evidence, and a short draft whose file name is a spreadsheet formula with HTML in it.
  const HOSTILE_NAME = '=SUM(1+1) <b>&"x".md';
  let dir: string;
  let cleanup: () => void;
  let draftText: string;
  const runs = new Map<string, CliRun>();
  let json: JsonReportShape;

  before(async () => {
    ensureBuilt();
    ({ dir, cleanup } = tempDir());
    const sample = fs.readFileSync(SAMPLE, 'utf8');
    draftText = sample
      .replace('The Provider shall, where possible,', '🔒📝 The Provider shall, where possible,')
      .replace('retain Security Logs for ninety (90) days.', 'retain Security Logs (the <b & "c" store) for ninety (90) days.')
      .concat('\n<!-- clauselint-disable backup.testing -->\n\nThe Provider shall report to the Customer every [30] days and every [30] days after any incident.\n');
    assert.ok(draftText.includes('🔒📝') && draftText.includes('<b &'), 'the sample still has the sentences this test edits');
    fs.mkdirSync(path.join(dir, '.git'));
    write(path.join(dir, 'drafts', 'draft.md'), draftText);
    write(path.join(dir, HOSTILE_NAME), fs.readFileSync(path.join(ROOT, 'test/fixtures/contracts/strong.md'), 'utf8'));
    for (const format of ['json', 'sarif', 'markdown', 'html', 'csv']) runs.set(format, (await cli(['--no-config', '--format', format, '.'], { cwd: dir })));
    json = jsonReport(runs.get('json')!);
  });
  after(() => cleanup?.());

  it('every format exits as the text report would and writes only the report to stdout', async () => {
    for (const [format, run] of runs) {
      assert.equal(run.code, 1, `${format}: the drafts have error findings`);
      assert.equal(run.stderr, '', `${format}: ${run.stderr}`);
    }
  });

  it('json keeps the stable version-1 shape', async () => {
    assert.equal(json.version, 1);
    assert.deepEqual(Object.keys(json), ['version', 'packs', 'files']);
    assert.ok(json.packs.some((p) => p.id === 'aa22-131a' && typeof p.version === 'string'));
    assert.deepEqual(json.files.map((f) => f.path), [HOSTILE_NAME, 'drafts/draft.md']);
    const headings = new Set(['initial-compromise', 'monitoring-logging', 'mfa', 'segregation', 'least-privilege', 'deprecate-accounts', 'updates', 'backup', 'incident-response', 'supply-chain', 'transparency', 'account-authentication']);
    const statuses = new Set(['present', 'weak', 'negated', 'below-threshold', 'wrong-party', 'missing', 'accepted']);
    for (const file of json.files) {
      assert.equal(file.isContract, true);
      for (const key of ['path', 'isContract', 'requirements', 'diagnostics']) assert.ok(key in file, key);
      for (const r of file.requirements) {
        for (const key of ['id', 'heading', 'party', 'severity', 'status', 'evidence', 'message']) assert.ok(key in r, `${r.id}: ${key}`);
        assert.ok(headings.has(r.heading), r.heading);
        assert.ok(statuses.has(r.status), r.status);
        for (const e of r.evidence) assert.ok(e.line >= 1 && e.endLine >= e.line && typeof e.text === 'string');
      }
      for (const d of file.diagnostics) {
        assert.deepEqual(Object.keys(d).sort(), ['code', 'message', 'range', 'severity']);
        assert.ok(d.range.start.line >= 0 && d.range.start.character >= 0);
      }
    }
  });

  it('sarif validates against the SARIF 2.1.0 schema and meets what GitHub code scanning requires', async () => {
    const log = JSON.parse(runs.get('sarif')!.stdout) as Sarif.Log;
    assert.deepEqual(sarifSchemaValidator()(log), []);
    assert.deepEqual(githubProblems(log), []);
    // The check must be able to fail: a broken copy is rejected by both.
    const broken = structuredClone(log);
    broken.runs[0]!.results![0]!.level = 'fatal' as Sarif.Result.level;
    delete broken.runs[0]!.results![0]!.locations;
    assert.notDeepEqual(sarifSchemaValidator()(broken), []);
    assert.notDeepEqual(githubProblems(broken), []);
  });

  it('sarif results are the JSON diagnostics, 1-based with UTF-16 columns, relative to the root', async () => {
    const run = (JSON.parse(runs.get('sarif')!.stdout) as Sarif.Log).runs[0]!;
    assert.equal(run.originalUriBaseIds?.['%SRCROOT%']?.uri, `file://${dir}/`);
    const expected = json.files.flatMap((f) =>
      f.diagnostics.map((d) => `${f.path.split('/').map(encodeURIComponent).join('/')} ${d.code} ${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.message}`),
    );
    const actual = (run.results ?? []).filter((r) => !r.suppressions).map((r) => {
      const loc = r.locations![0]!.physicalLocation!;
      assert.equal(loc.artifactLocation!.uriBaseId, '%SRCROOT%');
      const g = loc.region!;
      return `${loc.artifactLocation!.uri} ${r.ruleId} ${g.startLine}:${g.startColumn}-${g.endLine}:${g.endColumn} ${r.message.text}`;
    });
    assert.deepEqual(actual.sort(), expected.sort());
    // Drafting notices are results under rules of their own, each with its own fingerprint.
    const placeholders = (run.results ?? []).filter((r) => r.ruleId === 'placeholder');
    assert.equal(placeholders.length, 2);
    assert.notEqual(Object.values(placeholders[0]!.partialFingerprints!)[0], Object.values(placeholders[1]!.partialFingerprints!)[0]);
    assert.ok((run.results ?? []).some((r) => r.ruleId === 'suppression-without-reason'));
    // Two emoji (four UTF-16 code units) precede the hedge on its line: UTF-16 columns find it.
    const hedge = (run.results ?? []).find((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri === 'drafts/draft.md' && r.properties?.status === 'weak' && lineText(draftText, r.locations![0]!.physicalLocation!.region!.startLine!).includes('🔒📝'));
    assert.ok(hedge, 'the hedged monitoring clause is reported');
    const g = hedge.locations![0]!.physicalLocation!.region!;
    assert.equal(lineText(draftText, g.startLine!).slice(g.startColumn! - 1, g.endColumn! - 1), 'where possible');
  });

  it('sarif locations are relative to the repository root wherever the CLI runs', async () => {
    // The temporary folder is a repository (it has a .git); the CLI runs in a subfolder of it.
    const log = JSON.parse((await cli(['--no-config', '--format', 'sarif', '--fail-on', 'none', 'draft.md'], { cwd: path.join(dir, 'drafts') })).stdout) as Sarif.Log;
    const uris = new Set(log.runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri));
    assert.deepEqual([...uris], ['drafts/draft.md']);
    assert.equal(log.runs[0]!.originalUriBaseIds!['%SRCROOT%']!.uri, `file://${dir}/`);
  });

  it('every format that describes requirements names the controls they map to', () => {
    const mfa = json.files[1]!.requirements.find((r) => r.id === 'mfa.provider-access')!;
    assert.deepEqual((mfa as unknown as { controls: unknown }).controls, {
      'nist-800-53r5': ['IA-2(1)', 'IA-2(2)'],
      'nist-800-171r2': ['3.5.3'],
      'nist-800-171r3': ['03.05.03'],
      ism: ['ISM-1173'],
      'ncsc-cloud': [12],
    });
    const rules = (JSON.parse(runs.get('sarif')!.stdout) as Sarif.Log).runs[0]!.tool.driver.rules!;
    const rule = rules.find((r) => r.id === 'mfa.provider-access')!;
    assert.ok((rule.properties!.tags as string[]).includes('nist-800-53r5:IA-2(1)'));
    assert.ok((rule.properties!.tags as string[]).includes('ism:ISM-1173'));
    assert.equal(rule.properties!['controls'], 'NIST SP 800-53 IA-2(1), IA-2(2); SP 800-171 3.5.3; SP 800-171r3 03.05.03; ASD ISM ISM-1173; NCSC Cloud Principle 12');
    assert.ok(rule.help!.markdown!.includes('Also: NIST SP 800-53 IA-2(1)'));
    const mdRow = runs.get('markdown')!.stdout.split('\n').find((l) => l.includes('`mfa.provider-access`'))!;
    assert.ok(mdRow.includes('<br>Also: NIST SP 800-53 IA-2\\(1\\), IA-2\\(2\\)'), mdRow);
    assert.ok(runs.get('html')!.stdout.includes('<span class="muted">Also: NIST SP 800-53 IA-2(1), IA-2(2); SP 800-171 3.5.3'));
  });

  it('markdown: requirements by advisory heading with status, evidence and score, text escaped', async () => {
    const md = runs.get('markdown')!.stdout;
    assert.match(md, /^# clauselint coverage report\n/);
    const draft = json.files.find((f) => f.path === 'drafts/draft.md')!;
    const section = md.slice(md.indexOf('## drafts/draft.md'));
    assert.ok(section.length > 0 && md.includes('## drafts/draft.md'));
    const met = draft.requirements.filter((r) => r.status === 'present' || r.status === 'accepted').length;
    assert.ok(section.includes(`Score: **${Math.round((100 * met) / draft.requirements.length)}% (${met} of ${draft.requirements.length} met)**`));
    assert.match(section, /^### Enforce multifactor authentication \\\(MFA\\\) — /m);
    for (const r of draft.requirements) {
      const row = section.split('\n').find((l) => l.includes(`\`${r.id}\``));
      assert.ok(row, `row for ${r.id}`);
      const label = { present: 'present', weak: 'hedged', negated: 'negated', 'below-threshold': 'below threshold', 'wrong-party': 'wrong party', missing: 'missing', accepted: 'accepted' }[r.status];
      assert.ok(row.includes(` ${label} |`), `${r.id}: ${r.status}\n${row}`);
      if (r.evidence[0]) assert.ok(row.includes(`line ${r.evidence[0].line}:`), `${r.id}: evidence line`);
    }
    assert.ok(!md.includes('<b &') && md.includes('\\(the \\<b \\& "c" store\\)'), 'markup characters from a draft are escaped');
    assert.ok(md.includes('## =SUM\\(1+1\\) \\<b\\>\\&"x".md\n'), 'the file name is escaped');
  });

  it('html: self-contained, escaped, no scripts or external resources', async () => {
    const html = runs.get('html')!.stdout;
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
    assert.doesNotMatch(html, /<script|<link|<img|<iframe|\ssrc=|url\(|@import/i);
    assert.ok(html.includes('(the &lt;b &amp; &quot;c&quot; store)'), 'markup characters from a draft are shown as text');
    assert.ok(html.includes('=SUM(1+1) &lt;b&gt;&amp;&quot;x&quot;.md'), 'the file name is escaped');
    assert.ok(!html.includes('<b>&'));
    for (const f of json.files) for (const r of f.requirements) assert.ok(html.includes(`<code>${r.id}</code>`), r.id);
    assert.match(html, /<h3>Enforce multifactor authentication \(MFA\) <span class="muted">— \d+% \(\d+ of \d+ met\)<\/span><\/h3>/);
  });

  it('csv: an RFC 4180 file × requirement matrix whose cells cannot run as formulas', async () => {
    const text = runs.get('csv')!.stdout;
    const rows = parseCsv(text);
    const header = rows[0]!;
    const ids = [...new Set(json.files.flatMap((f) => f.requirements.map((r) => r.id)))].sort();
    assert.deepEqual(header.slice(0, 5), ['file', 'checked', 'score', 'met', 'total']);
    assert.deepEqual([...header.slice(5)].sort(), ids);
    for (const row of rows) assert.equal(row.length, header.length);
    assert.equal(rows.length, 1 + json.files.length);
    for (const file of json.files) {
      const row = rows.find((r) => r[0] === file.path || r[0] === `'${file.path}`)!;
      assert.ok(row, file.path);
      for (const r of file.requirements) assert.equal(row[header.indexOf(r.id)], r.status, `${file.path} ${r.id}`);
    }
    // The hostile file name: an apostrophe first, quotes doubled inside a quoted field.
    assert.ok(text.includes(`\r\n"'=SUM(1+1) <b>&""x"".md",yes,`), 'the formula-like file name is neutralised and quoted');
    for (const row of rows) for (const cell of row) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `cell ${cell}`);
  });
});

describe('a glob that matches nothing (a repository without drafts yet)', () => {
  it('warns, exits 0 and writes an empty, valid SARIF log; --error-on-no-files exits 2 and writes nothing', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const out = path.join(dir, 'out/clauselint.sarif');
      const run = await cli(['contracts/**/*.md', '--format', 'sarif', '--output', out], { cwd: dir });
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stderr, /warning: no Markdown files match "contracts\/\*\*\/\*\.md"/);
      const log = JSON.parse(fs.readFileSync(out, 'utf8')) as Sarif.Log;
      assert.deepEqual(sarifSchemaValidator()(log), []);
      assert.deepEqual(log.runs[0]!.results, []);

      fs.rmSync(out);
      const strict = await cli(['contracts/**/*.md', '--format', 'sarif', '--output', out, '--error-on-no-files'], { cwd: dir });
      assert.equal(strict.code, 2);
      assert.match(strict.stderr, /no Markdown files match/);
      assert.equal(fs.existsSync(out), false);
    } finally {
      cleanup();
    }
  });

  it('a missing config file is one error, named as given', async () => {
    const run = await cli(['-c', '/no/such/dir/missing.json', SAMPLE]);
    assert.equal(run.code, 2);
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines.length, 1, run.stderr);
    assert.match(lines[0]!, /--config: no such file: \/no\/such\/dir\/missing\.json/);
  });
});
