import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { Progress } from '../../server/src/cli/progress';
import { checkOrReport } from '../../server/src/cli/run';
import type { Workspace } from '../../server/src/cli/workspace';
import type { AnalysisService } from '../../server/src/host/service';
import { normalizeSettings } from '../../server/src/host/settings';
import { ConfigFinder, CONFIG_FILE_NAME, loadConfigFile } from '../../server/src/host/config';
import { csvField as csvCell, escapeHtml, escapeMarkdown as mdText } from '../../server/src/reporters/escape';
import { tempDir, write } from './cli-process';

describe('CLI building blocks', () => {
  it('csvCell quotes per RFC 4180 and neutralises formula starts', async () => {
    assert.equal(csvCell('present'), 'present');
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const cell = csvCell(`${start}1+1`);
      assert.ok(cell === `'${start}1+1` || cell === `"'${start}1+1"`, JSON.stringify(cell));
    }
    assert.equal(csvCell('=HYPERLINK("http://x","y")'), `"'=HYPERLINK(""http://x"",""y"")"`);
    assert.equal(csvCell('a=b'), 'a=b', 'only a leading character is a formula');
  });

  it('escapeHtml and mdText leave no markup', async () => {
    assert.equal(escapeHtml(`<img src=x onerror="a('b')">&amp;`), '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;amp;');
    assert.equal(mdText('[link](http://x) <b>*bold*</b> a|b `c`\nnext'), '\\[link\\]\\(http://x\\) \\<b\\>\\*bold\\*\\</b\\> a\\|b \\`c\\` next');
  });

  it('Progress draws only on a terminal, only for batches, and erases itself', async () => {
    const writes: string[] = [];
    let now = 0;
    const tty = { isTTY: true, columns: 40, write: (s: string) => writes.push(s) };
    const p = new Progress(tty, 3, () => now);
    p.start('contracts/a.md');
    p.finish();
    now += 10; // too soon to redraw
    p.start('contracts/b.md');
    p.finish();
    now += 1000;
    p.start('contracts/a-very-long-folder-name/and-a-long-file-name.md');
    p.finish();
    p.clear();
    assert.deepEqual(writes, ['\r\u001b[2Kclauselint: 0/3 contracts/a.md', '\r\u001b[2Kclauselint: 2/3 …nd-a-long-file-name.md', '\r\u001b[2K']);
    assert.ok(writes[1]!.length - '\r\u001b[2K'.length <= 40, 'fits the terminal width');

    const piped: string[] = [];
    const q = new Progress({ isTTY: false, write: (s: string) => piped.push(s) }, 3);
    q.start('a.md');
    q.clear();
    const single: string[] = [];
    const r = new Progress({ isTTY: true, write: (s: string) => single.push(s) }, 1);
    r.start('a.md');
    r.clear();
    assert.deepEqual([piped, single], [[], []]);
  });

  it('ConfigFinder finds the nearest config file and caches every folder on the way', async () => {
    const t = tempDir();
    try {
      const outer = write(path.join(t.dir, CONFIG_FILE_NAME), '{}');
      const inner = write(path.join(t.dir, 'a/b', CONFIG_FILE_NAME), '{}');
      const finder = new ConfigFinder();
      assert.equal(finder.find(path.join(t.dir, 'a/b/c/d')), inner);
      assert.equal(finder.find(path.join(t.dir, 'a/b')), inner);
      assert.equal(finder.find(path.join(t.dir, 'a')), outer);
      assert.equal(finder.find(path.join(t.dir, 'x/y')), outer);
    } finally {
      t.cleanup();
    }
  });

  it('loadConfigFile accepts editor-style keys and rejects unknown ones', async () => {
    const t = tempDir();
    try {
      const good = write(path.join(t.dir, 'good.json'), '\uFEFF{"$schema": "x", "clauselint.perspective": "provider", "packs": ["aa22-131a"]}');
      assert.deepEqual(loadConfigFile(good), { ok: true, config: { file: good, raw: { perspective: 'provider', packs: ['aa22-131a'] } } });
      const bad = write(path.join(t.dir, 'bad.json'), '{"perspectve": "provider"}');
      const loaded = loadConfigFile(bad);
      assert.equal(loaded.ok, false);
      assert.match(!loaded.ok ? loaded.errors[0]! : '', /unknown setting "perspectve"; known settings: enable, packs, perspective/);
    } finally {
      t.cleanup();
    }
  });

  it('an engine failure on one draft becomes an error notice on that draft, not a crash', async () => {
    const t = tempDir();
    try {
      const file = write(path.join(t.dir, 'draft.md'), '# Agreement\n');
      const failing = { check: () => { throw new Error('boom'); } } as unknown as AnalysisService;
      const ws: Workspace = { root: t.dir, settings: normalizeSettings(undefined).settings, catalog: { packs: [], headings: [], requirements: [], problems: [] }, service: failing };
      const said: string[] = [];
      const result = checkOrReport(file, true, ws, (line) => said.push(line));
      assert.equal(result.checked, false);
      assert.deepEqual(result.notices.map((n) => [n.code, n.severity]), [['document-check-failed', 'error']]);
      assert.match(result.notices[0]!.message, /internal error \(boom\)/);
      assert.match(said.join('\n'), /internal error while checking .*draft\.md: Error: boom/);
    } finally {
      t.cleanup();
    }
  });
});
