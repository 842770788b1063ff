import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, tempDir, write } from './cli-process';
import { run } from './in-process';

const SAMPLE = fs.readFileSync(path.join(ROOT, 'examples/msp-master-services-agreement.md'), 'utf8');
const RETENTION = 'The Provider shall retain Security Logs for ninety (90) days.';
const MFA = '7.12 **MFA.** The Provider shall enforce multi-factor authentication on every Provider Account that can access the Customer Environment.\n\n## 8. Incident Response';
const WITH_MFA = SAMPLE.replace('## 8. Incident Response', MFA);

interface DiffJson {
  files: { old: string; new: string; regressions: number; changes: { id: string; kind: string; before: { status: string; evidence?: { text: string } }; after: { status: string; evidence?: { text: string } } }[] }[];
}

describe('CLI: diff', function () {
  this.timeout(120_000);
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  const diffJson = async (args: string[]): Promise<DiffJson> => {
    const r = await run(['diff', '--format', 'json', ...args], dir);
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout) as DiffJson;
  };
  const kind = (d: DiffJson, id: string) => d.files[0]!.changes.find((c) => c.id === id)?.kind;

  it('reports each kind of change between two files, with both clauses quoted', async () => {
    write(path.join(dir, 'v1.md'), WITH_MFA);
    // v2: MFA deleted (newly missing), retention raised (resolved), monitoring hedge removed (resolved).
    write(path.join(dir, 'v2.md'), SAMPLE.replace(RETENTION, 'The Provider shall retain Security Logs for twelve (12) months.').replace('shall, where possible, monitor', 'shall monitor'));
    const d = await diffJson(['v1.md', 'v2.md']);
    assert.equal(kind(d, 'mfa.provider-access'), 'newly-missing');
    assert.equal(kind(d, 'logging.retention'), 'resolved');
    const retention = d.files[0]!.changes.find((c) => c.id === 'logging.retention')!;
    assert.equal(retention.before.evidence?.text, RETENTION);
    assert.match(retention.after.evidence!.text, /twelve \(12\) months/);
    assert.equal(d.files[0]!.regressions, 2, 'the MFA clause evidenced two requirements');
    // And back: weakened, strengthened.
    write(path.join(dir, 'v3.md'), WITH_MFA.replace('shall enforce multi-factor', 'shall, where possible, enforce multi-factor'));
    assert.equal(kind(await diffJson(['v1.md', 'v3.md']), 'mfa.provider-access'), 'weakened');
    write(path.join(dir, 'v4.md'), WITH_MFA.replace('shall enforce multi-factor', 'is not required to enforce multi-factor'));
    assert.equal(kind(await diffJson(['v4.md', 'v3.md']), 'mfa.provider-access'), 'strengthened');
  });

  it('moved: a clause from the MSA into its security schedule', async () => {
    write(path.join(dir, 'old/msa.md'), WITH_MFA);
    write(path.join(dir, 'new/msa.md'), fs.readFileSync(path.join(ROOT, 'examples/msa.md'), 'utf8'));
    write(path.join(dir, 'new/schedule-3-security.md'), fs.readFileSync(path.join(ROOT, 'examples/schedule-3-security.md'), 'utf8'));
    const d = await diffJson(['old/msa.md', 'new/msa.md']);
    assert.equal(kind(d, 'mfa.provider-access'), 'moved');
    assert.equal(d.files[0]!.regressions, 0);
    const text = await run(['diff', 'old/msa.md', 'new/msa.md'], dir);
    assert.match(text.stdout, /moved +mfa\.provider-access/);
    assert.match(text.stdout, /before \(present, line \d+ \(7 Information Security\)\): “The Provider shall enforce multi-factor/);
    assert.match(text.stdout, /after +\(present, new\/schedule-3-security\.md line 49\)/);
  });

  it('exit codes: 1 with --fail-on-regression only when something got weaker; 2 on usage errors', async () => {
    write(path.join(dir, 'v1.md'), WITH_MFA);
    write(path.join(dir, 'v2.md'), SAMPLE);
    assert.equal((await run(['diff', 'v1.md', 'v2.md'], dir)).code, 0);
    assert.equal((await run(['diff', '--fail-on-regression', 'v1.md', 'v2.md'], dir)).code, 1);
    assert.equal((await run(['diff', '--fail-on-regression', 'v2.md', 'v1.md'], dir)).code, 0);
    assert.equal((await run(['diff', 'v1.md'], dir)).code, 2);
    assert.equal((await run(['diff', 'v1.md', 'missing.md'], dir)).code, 2);
  });

  it('markdown: a pull-request comment with a row per change', async () => {
    write(path.join(dir, 'v1.md'), WITH_MFA);
    write(path.join(dir, 'v2.md'), SAMPLE);
    const md = (await run(['diff', '--format', 'markdown', 'v1.md', 'v2.md'], dir)).stdout;
    assert.match(md, /^### clauselint: AA22-131A coverage of `v2\.md`$/m);
    assert.match(md, /\*\*2 regressions, 0 improvements\*\*/);
    assert.match(md, /^\| 🔻 newly missing \| MFA on all provider accounts with customer access `mfa\.provider-access` \| “The Provider shall enforce multi-factor authentication/m);
  });

  it('--base compares with a git revision, parts of a contract set included', async function () {
    const git = (...args: string[]) => {
      const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
      if (r.error) this.skip();
      assert.equal(r.status, 0, r.stderr);
    };
    git('init', '-q');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'test');
    write(path.join(dir, 'msa.md'), fs.readFileSync(path.join(ROOT, 'examples/msa.md'), 'utf8'));
    const schedule = fs.readFileSync(path.join(ROOT, 'examples/schedule-3-security.md'), 'utf8');
    write(path.join(dir, 'schedule-3-security.md'), schedule);
    git('add', '-A');
    git('commit', '-qm', 'first draft');
    // The next turn weakens the MFA clause in the schedule; the MSA itself is unchanged.
    write(path.join(dir, 'schedule-3-security.md'), schedule.replace('shall enforce multi-factor', 'shall, where possible, enforce multi-factor'));
    const d = await diffJson(['--base', 'HEAD', 'msa.md']);
    assert.equal(d.files[0]!.old, 'msa.md@HEAD');
    assert.equal(kind(d, 'mfa.provider-access'), 'weakened');
    assert.equal((await run(['diff', '--base', 'HEAD', '--fail-on-regression', 'msa.md'], dir)).code, 1);
    const bad = await run(['diff', '--base', 'no-such-revision', 'msa.md'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /does not exist at no-such-revision/);
  });
});
