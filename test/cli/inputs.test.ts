import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, cli, cliProcess, ensureBuilt, jsonReport, ROOT, tempDir, write } from './cli-process';

const DRAFT = fs.readFileSync(path.join(ROOT, 'test/fixtures/contracts/strong.md'), 'utf8');

describe('CLI: files, folders, globs and awkward files', function () {
  this.timeout(180_000);
  before(() => ensureBuilt());

  it('a quoted glob picks contract drafts the way the editor does; a named README is checked anyway', async () => {
    const report = jsonReport((await cli(['--format', 'json', '--fail-on', 'none', 'test/fixtures/{contracts,not-a-contract}/*.md'])));
    const byPath = new Map(report.files.map((f) => [f.path, f]));
    assert.equal(byPath.get('test/fixtures/not-a-contract/README.md')?.isContract, false);
    assert.deepEqual(byPath.get('test/fixtures/not-a-contract/README.md')?.diagnostics, []);
    for (const name of ['crlf-emoji', 'front-matter', 'strong', 'supplier-client']) {
      assert.equal(byPath.get(`test/fixtures/contracts/${name}.md`)?.isContract, true, name);
    }
    const named = jsonReport((await cli(['--format', 'json', '--fail-on', 'none', 'test/fixtures/not-a-contract/README.md'])));
    assert.equal(named.files[0]!.isContract, true, 'named on the command line: always checked');
  });

  it('front matter clauselint: false silences a draft found in a folder', async () => {
    const t = tempDir();
    try {
      write(path.join(t.dir, 'drafts/off.md'), `---\nclauselint: false\n---\n${DRAFT}`);
      write(path.join(t.dir, 'drafts/on.md'), DRAFT);
      write(path.join(t.dir, 'drafts/notes.txt'), DRAFT);
      write(path.join(t.dir, 'drafts/node_modules/pkg/README.md'), DRAFT);
      const report = jsonReport((await cli(['--format', 'json', '--fail-on', 'none', 'drafts'], { cwd: t.dir })));
      assert.deepEqual(report.files.map((f) => [f.path, f.isContract]), [['drafts/off.md', false], ['drafts/on.md', true]]);
    } finally {
      t.cleanup();
    }
  });

  it('binary, oversized and non-regular files are reported, not checked, and never crash the run', async () => {
    const t = tempDir();
    try {
      write(path.join(t.dir, '.clauselint.json'), JSON.stringify({ maxFileSizeKB: 4 }));
      fs.writeFileSync(path.join(t.dir, 'scan.md'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0, 0xff, 0xfe]));
      write(path.join(t.dir, 'big.md'), DRAFT.repeat(3).slice(0, 8 * 1024)); // over 4 KB, read and measured
      write(path.join(t.dir, 'huge.md'), 'x'.repeat(64 * 1024)); // over 3 × 4 KB: not even read
      write(path.join(t.dir, 'fine.md'), DRAFT.slice(0, 3000));
      const fifo = path.join(t.dir, 'pipe.md');
      const mkfifo = spawnSync('mkfifo', [fifo]);
      const names = ['scan.md', 'big.md', 'huge.md', 'fine.md', ...(mkfifo.status === 0 ? ['pipe.md'] : [])];

      const run = (await cliProcess(['--format', 'json', ...names], { cwd: t.dir }));
      assert.equal(run.code, 1, `fine.md has error findings; the notices alone are not errors\n${run.stderr}`);
      const report = jsonReport(run);
      const code = (name: string): string | undefined => report.files.find((f) => f.path === name)?.diagnostics[0]?.code;
      assert.equal(code('scan.md'), 'document-binary');
      assert.equal(code('big.md'), 'document-too-large');
      assert.equal(code('huge.md'), 'document-too-large');
      if (mkfifo.status === 0) assert.equal(code('pipe.md'), 'document-unreadable');
      assert.equal(report.files.find((f) => f.path === 'fine.md')?.isContract, true);
      for (const name of names.filter((n) => n !== 'fine.md')) {
        assert.equal(report.files.find((f) => f.path === name)?.isContract, false, name);
        assert.match(run.stderr, new RegExp(`^clauselint: ${name.replace('.', '\\.')}: `, 'm'), `${name} is reported on stderr`);
      }
      assert.match(run.stderr, /huge\.md: this document is 64 KB, over the clauselint\.maxFileSizeKB limit of 4 KB/);

      // The text report shows the notices in place.
      const text = (await cliProcess(['--fail-on', 'none', 'scan.md', 'huge.md'], { cwd: t.dir }));
      assert.equal(text.code, 0);
      assert.match(text.stdout, /^scan\.md\n {2}1:1 +info +document-binary +clauselint: this file looks binary/m);
      assert.match(text.stdout, /^huge\.md\n {2}1:1 +info +document-too-large /m);
    } finally {
      t.cleanup();
    }
  });

  it('a byte order mark does not shift positions', async () => {
    const t = tempDir();
    try {
      write(path.join(t.dir, 'plain.md'), DRAFT);
      write(path.join(t.dir, 'bom.md'), `\uFEFF${DRAFT}`);
      const report = jsonReport((await cli(['--format', 'json', 'plain.md', 'bom.md'], { cwd: t.dir })));
      assert.ok(report.files[0]!.diagnostics.length > 0);
      assert.deepEqual(report.files[1]!.diagnostics, report.files[0]!.diagnostics);
    } finally {
      t.cleanup();
    }
  });

  it('shows progress on stderr only when stderr is a terminal, and colour only on a terminal', async function () {
    // Plain pipes: not a single control character on stderr.
    const piped = (await cliProcess(['--fail-on', 'none', 'test/fixtures/contracts']));
    assert.equal(piped.stderr, '');
    // A pseudo-terminal through util-linux `script`, as a person at a terminal sees it.
    const hasScript = spawnSync('script', ['--version']).status === 0;
    if (!hasScript) this.skip();
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} --fail-on none --format json --output /dev/null test/fixtures/contracts`;
    const tty = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
    assert.equal(tty.status, 0, tty.stderr);
    assert.match(tty.stdout, /\r\u001b\[2Kclauselint: 0\/4 test\/fixtures\/contracts\/crlf-emoji\.md/);
    assert.match(tty.stdout, /\r\u001b\[2K$/, 'the progress line is erased at the end');

    // And the text report is coloured on a terminal, unless NO_COLOR is set.
    const report = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} --fail-on none test/fixtures/contracts/strong.md`;
    const coloured = spawnSync('script', ['-qec', report, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
    assert.match(coloured.stdout, /\u001b\[31merror/);
    const plain = spawnSync('script', ['-qec', report, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.match(plain.stdout, /^test\/fixtures\/contracts\/strong\.md\r?\n {2}\d+:\d+ +\w+ /);
    assert.doesNotMatch(plain.stdout, /\u001b\[/);
  });
});
