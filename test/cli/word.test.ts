import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { convertDocx } from '../../server/src/host/word';
import { msaDocx } from '../word/make-docx';
import { cliProcess, ROOT, tempDir, write } from './cli-process';
import { run } from './in-process';

describe('CLI: Word drafts', function () {
  this.timeout(120_000);
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it('converts headings, clause numbers, bold run-in titles, lists and tables', async () => {
    const c = await convertDocx(await msaDocx());
    assert.match(c.markdown, /^# Master Services Agreement$/m);
    assert.match(c.markdown, /^## 7\. Information Security$/m);
    assert.match(c.markdown, /^7\.1 \*\*Security Logs\.\*\* The Provider shall retain Security Logs for ninety \(90\) days\.$/m);
    assert.match(c.markdown, /^- +access reviews of all Provider Accounts;$/m);
    assert.match(c.markdown, /^\| Role \| Contact \|\n\| --- \| --- \|\n\| Security lead \| security@northwind\.example \|$/m);
    assert.match(c.markdown, /^## 1\. Incident Response$/m, 'an automatically numbered heading gets its number written out');
    assert.deepEqual(c.trackedChanges, { insertions: 0, deletions: 0 });
    const line = c.markdown.split('\n').findIndex((l) => l.startsWith('7.1 '));
    assert.equal(c.paragraphOfLine[line], 4, '7.1 is the fourth Word paragraph');
  });

  it('reads tracked changes as accepted', async () => {
    const c = await convertDocx(await msaDocx({ trackedChanges: true }));
    assert.deepEqual(c.trackedChanges, { insertions: 1, deletions: 1 });
    assert.match(c.markdown, /The Provider shall monitor the Customer Environment/, 'the deleted hedge is gone');
    assert.match(c.markdown, /7\.3 \*\*MFA\.\*\* The Provider shall enforce multi-factor authentication/, 'the inserted clause is there');
  });

  it('import writes the Markdown beside the .docx, says so about tracked changes, and will not overwrite', async () => {
    const docx = path.join(dir, 'counterparty draft.docx');
    fs.writeFileSync(docx, await msaDocx({ trackedChanges: true }));
    const r = await run(['import', 'counterparty draft.docx'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /wrote counterparty draft\.md from counterparty draft\.docx \(\d+ paragraphs\)/);
    assert.match(r.stdout, /tracked changes \(1 insertion, 1 deletion\); the text was read as if all of them were accepted/);
    assert.match(fs.readFileSync(path.join(dir, 'counterparty draft.md'), 'utf8'), /^# Master Services Agreement/);
    const again = await run(['import', 'counterparty draft.docx'], dir);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /exists; pass --force/);
    assert.equal((await run(['import', 'counterparty draft.docx', '--force'], dir)).code, 0);
  });

  it('import refuses what is not a Word document', async () => {
    write(path.join(dir, 'fake.docx'), 'not a zip');
    const r = await run(['import', 'fake.docx'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /not a Word document/);
    assert.equal((await run(['import', 'draft.md'], dir)).code, 2);
  });

  it('checks a .docx directly, with findings at Word paragraphs', async () => {
    fs.writeFileSync(path.join(dir, 'draft.docx'), await msaDocx({ trackedChanges: true }));
    const text = await run(['--fail-on', 'none', 'draft.docx'], dir);
    assert.match(text.stdout, /^ {2}¶4 +error +logging\.retention +Below threshold/m);
    assert.doesNotMatch(text.stdout, /mfa\.provider-access/, 'the accepted insertion holds the MFA clause');
    assert.match(text.stderr, /draft\.docx: the document has tracked changes/);
    const json = JSON.parse((await run(['--format', 'json', '--fail-on', 'none', 'draft.docx'], dir)).stdout) as { files: { diagnostics: { code: string; paragraph?: number }[] }[] };
    assert.equal(json.files[0]!.diagnostics.find((d) => d.code === 'logging.retention')!.paragraph, 4);
  });

  it('the built bin loads the Word libraries from their own bundle, and only for a .docx', async () => {
    const bundle = fs.readFileSync(path.join(ROOT, 'dist/cli-main.js'), 'utf8');
    for (const library of ['mammoth', 'jszip', 'turndown']) assert.doesNotMatch(bundle, new RegExp(`^// \\S*node_modules/${library}/`, 'm'), `${library} is not in the CLI bundle`);
    assert.match(fs.readFileSync(path.join(ROOT, 'dist/word-libs.js'), 'utf8'), /^\/\/ \S*node_modules\/mammoth\//m);
    fs.writeFileSync(path.join(dir, 'draft.docx'), await msaDocx());
    const r = await cliProcess(['--format', 'json', '--fail-on', 'none', 'draft.docx'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout) as { files: { diagnostics: { code: string; paragraph?: number }[] }[] };
    assert.equal(json.files[0]!.diagnostics.find((d) => d.code === 'logging.retention')!.paragraph, 4);
  });

  describe('a .docx written by a real word processor (LibreOffice)', () => {
    let docx: string | undefined;
    before(function () {
      const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
      if (soffice.error || soffice.status !== 0) {
        console.warn('    SKIPPED: LibreOffice (soffice) is not installed; apt-get install -y libreoffice-writer-nogui to run these tests.');
        this.skip();
      }
      const out = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'clauselint-lo-')));
      const convert = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${out}/profile`, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, path.join(ROOT, 'test/fixtures/word/libreoffice-msa.html')], { encoding: 'utf8', timeout: 90_000 });
      docx = path.join(out, 'libreoffice-msa.docx');
      assert.ok(fs.existsSync(docx), `soffice did not convert the fixture: ${convert.stderr}`);
    });

    it('imports and checks it', async () => {
      const c = await convertDocx(fs.readFileSync(docx!));
      assert.match(c.markdown, /^# Master Services Agreement$/m);
      assert.match(c.markdown, /^## 7\. Information Security$/m, 'LibreOffice outline levels add no number of their own');
      assert.match(c.markdown, /^7\.1 \*\*Security Logs\.\*\* The Provider shall retain Security Logs for ninety \(90\) days\.$/m);
      assert.match(c.markdown, /^\| Role \| Contact \|$/m);
      fs.copyFileSync(docx!, path.join(dir, 'lo.docx'));
      const r = await run(['--fail-on', 'none', 'lo.docx'], dir);
      assert.match(r.stdout, /¶\d+ +error +logging\.retention +Below threshold/);
    });
  });
});
