import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../server/src/engine/analyze';
import {
  defaultPackDir,
  findWorkspacePacks,
  loadCatalog,
  parsePackManifest,
  parseRequirementFile,
} from '../../server/src/engine/catalog/load';
import { type Catalog, type LoadProblem, type Requirement } from '../../server/src/engine/types';
import { billionLaughs } from './yaml-bomb';

const BROKEN = path.resolve(__dirname, '../fixtures/packs/broken');

function problemsIn(catalog: Catalog, file: string): LoadProblem[] {
  return catalog.problems.filter((p) => path.basename(p.file) === file);
}

const temps: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clauselint-catalog-'));
  temps.push(dir);
  return dir;
}
after(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

const MANIFEST = 'id: tmp\ntitle: Temp\nversion: "1"\nsource: { title: T, url: "https://example.com" }\nlicense: CC0-1.0\n';

describe('catalog loader', () => {
  it('loads the bundled pack with zero problems', () => {
    const catalog = loadCatalog([defaultPackDir()]);
    assert.deepEqual(catalog.problems, []);
    assert.equal(catalog.packs.length, 1);
    assert.equal(catalog.packs[0]!.id, 'aa22-131a');
    const mfa = catalog.requirements.find((r) => r.id === 'mfa.provider-access');
    assert.ok(mfa, 'mfa.provider-access is loaded');
    assert.equal(mfa.pack, 'aa22-131a');
    assert.deepEqual(mfa.perspectives, ['customer', 'provider']);
    assert.ok(mfa.template.startsWith('The {{provider}} shall'));
  });

  describe('a deliberately broken pack', () => {
    const catalog = loadCatalog([defaultPackDir(), BROKEN]);
    const expect = (file: string, line: number, text: string): void => {
      const found = problemsIn(catalog, file);
      assert.ok(
        found.some((p) => p.line === line && p.message.includes(text)),
        `${file}: expected line ${line} "${text}", got ${JSON.stringify(found)}`,
      );
    };

    it('reports an out-of-enum value at its line', () =>
      expect('bad-severity.md', 5, 'severity: must be one of error, warning, info (got "critical")'));
    it('reports malformed YAML', () => {
      const [p] = problemsIn(catalog, 'bad-yaml.md');
      assert.ok(p?.message.startsWith('YAML'), JSON.stringify(p));
      assert.ok(p.line! >= 7 && p.line! <= 10, `line ${p.line}`);
    });
    it('reports a missing front matter', () => expect('no-front-matter.md', 1, 'missing front matter'));
    it('reports an unknown key with a suggestion', () => expect('unknown-key.md', 15, 'wekaen: unknown key. Did you mean "weaken"?'));
    it('reports an empty template', () => expect('empty-template.md', 15, 'empty template'));
    it('rejects regular expressions in terms', () =>
      expect('regex-term.md', 14, 'detect[0][1]: terms are plain words, not regular expressions'));
    it('reports an unknown placeholder in the template', () =>
      expect('bad-placeholder.md', 17, 'unknown placeholder "{{custmer}}"'));
    it('reports a duplicate id within a pack and keeps the first', () => {
      expect('z-duplicate.md', 2, 'duplicate id "fixture.good": already defined in broken/fixture.good.md');
      const kept = catalog.requirements.filter((r) => r.id === 'fixture.good');
      assert.equal(kept.length, 1);
      assert.equal(path.basename(kept[0]!.file), 'fixture.good.md');
    });
    it('reports a duplicate id across packs and keeps the bundled one', () => {
      expect('z-cross-pack-duplicate.md', 2, 'duplicate id "mfa.provider-access"');
      const mfa = catalog.requirements.filter((r) => r.id === 'mfa.provider-access');
      assert.equal(mfa.length, 1);
      assert.equal(mfa[0]!.pack, 'aa22-131a');
    });
    it('still loads the valid requirement of the broken pack, with defaults', () => {
      const good = catalog.requirements.find((r) => r.id === 'fixture.good');
      assert.ok(good);
      assert.equal(good.pack, 'broken-fixture');
      assert.deepEqual([good.exclude, good.weaken, good.thresholds, good.fallbacks], [[], [], [], []]);
      assert.equal(good.template, 'The {{provider}} shall test restoration from Backups every [quarter].');
    });
    it('leaves the bundled pack unaffected and ignores README.md', () => {
      const alone = loadCatalog([defaultPackDir()]);
      const bundled = catalog.requirements.filter((r) => r.pack === 'aa22-131a');
      assert.deepEqual(bundled.map((r) => r.id), alone.requirements.map((r) => r.id));
      assert.equal(problemsIn(catalog, 'README.md').length, 0);
      assert.ok(catalog.problems.every((p) => p.file.startsWith(BROKEN)), 'no problem outside the broken pack');
    });
  });

  describe('pack manifests', () => {
    it('reports a missing pack.yaml', () => {
      const dir = tempDir();
      const catalog = loadCatalog([dir]);
      assert.equal(catalog.problems.length, 1);
      assert.match(catalog.problems[0]!.message, /missing pack\.yaml/);
      assert.equal(catalog.problems[0]!.file, path.join(dir, 'pack.yaml'));
    });

    it('reports an invalid pack.yaml and skips the pack', () => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 'pack.yaml'), 'id: Bad Pack\ntitle: x\n');
      fs.copyFileSync(path.join(BROKEN, 'fixture.good.md'), path.join(dir, 'fixture.good.md'));
      const catalog = loadCatalog([dir]);
      assert.equal(catalog.requirements.length, 0);
      assert.ok(catalog.problems.some((p) => p.line === 1 && p.message.startsWith('id: must be lower-case letters')));
      assert.ok(catalog.problems.some((p) => p.message === 'missing required key "version"'));
    });

    it('checks the topic words of a heading like detect terms, and leaves a bad one out', () => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 'pack.yaml'), `${MANIFEST}headings:\n  - { id: mfa, title: MFA, topics: [authentication, "log(s)?"] }\n`);
      const catalog = loadCatalog([dir]);
      assert.ok(catalog.problems.some((p) => p.line === 7 && /headings\[0\]\.topics\[1\] "log\(s\)\?": terms are plain words/.test(p.message)), JSON.stringify(catalog.problems));
      assert.deepEqual(catalog.headings[0]!.topics, ['authentication']);
    });

    it('reports a listed file that does not exist, at its line in pack.yaml', () => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 'pack.yaml'), `${MANIFEST}requirements:\n  - fixture.good.md\n  - missing.md\n`);
      fs.copyFileSync(path.join(BROKEN, 'fixture.good.md'), path.join(dir, 'fixture.good.md'));
      const catalog = loadCatalog([dir]);
      assert.deepEqual(catalog.requirements.map((r) => r.id), ['fixture.good']);
      assert.equal(catalog.problems.length, 1);
      assert.equal(catalog.problems[0]!.line, 8);
      assert.match(catalog.problems[0]!.message, /requirements\[1\]: file "missing\.md" not found/);
    });

    it('refuses listed files outside the pack folder', () => {
      const { manifest, problems } = parsePackManifest(`${MANIFEST}requirements: [../../secret.md]\n`, 'pack.yaml');
      assert.equal(manifest, undefined);
      assert.match(problems[0]!.message, /must be a file inside the pack folder/);
    });
  });

  describe('parseRequirementFile', () => {
    const good = fs.readFileSync(path.join(BROKEN, 'fixture.good.md'), 'utf8');

    it('handles a BOM and CRLF line endings', () => {
      const { requirement, problems } = parseRequirementFile(`\uFEFF${good.replace(/\n/g, '\r\n')}`, 'x.md', 'p');
      assert.deepEqual(problems, []);
      assert.equal(requirement?.template, 'The {{provider}} shall test restoration from Backups every [quarter].');
    });

    it('never throws on hostile input', () => {
      const inputs = ['', '---', '---\n---', '---\n: : :\n---\nx', '---\n- a\n---\nx', '---\na: &x [*x]\n---\nx', '---\nid: !!js/function "f"\n---\nx', '\u0000'];
      for (const text of inputs) {
        const { requirement, problems } = parseRequirementFile(text, 'x.md', 'p');
        assert.equal(requirement, undefined, JSON.stringify(text));
        assert.ok(problems.length > 0 && problems.every((p) => p.line! >= 1), JSON.stringify({ text, problems }));
      }
    });

    it('refuses front matter whose aliases would expand without bound, and says so', () => {
      const { requirement, problems } = parseRequirementFile(`---\nid: x.y\n${billionLaughs()}\n---\nbody`, 'x.md', 'p');
      assert.equal(requirement, undefined);
      assert.equal(problems.length, 1);
      assert.match(problems[0]!.message, /too many alias references \(\*name\).*at most 20.*not loaded/);
    });

    it('reports a value of the wrong type with a hint', () => {
      const text = good.replace('title: A valid requirement next to broken ones', 'title: 42');
      const { problems } = parseRequirementFile(text, 'x.md', 'p');
      assert.deepEqual(problems, [{ file: 'x.md', line: 3, column: 8, message: 'title: must be text (got 42) (put it in quotes)' }]);
    });
  });

  describe('findWorkspacePacks', () => {
    it('lists .clauselint/packs/* folders that hold a pack.yaml', () => {
      const root = tempDir();
      for (const name of ['b-pack', 'a-pack', 'no-manifest']) fs.mkdirSync(path.join(root, '.clauselint', 'packs', name), { recursive: true });
      fs.writeFileSync(path.join(root, '.clauselint', 'packs', 'a-pack', 'pack.yaml'), MANIFEST);
      fs.writeFileSync(path.join(root, '.clauselint', 'packs', 'b-pack', 'pack.yaml'), MANIFEST);
      assert.deepEqual(findWorkspacePacks(root), [
        path.join(root, '.clauselint', 'packs', 'a-pack'),
        path.join(root, '.clauselint', 'packs', 'b-pack'),
      ]);
      assert.deepEqual(findWorkspacePacks(path.join(root, 'nowhere')), []);
    });
  });
});

describe('the AA22-131A catalog', () => {
  const catalog = loadCatalog([defaultPackDir()]);
  const requirements = catalog.requirements;
  const base = fs.readFileSync(path.resolve(__dirname, '../fixtures/catalog/generic-msa.md'), 'utf8');
  const fill = (text: string): string => text.replace(/\{\{provider\}\}/g, 'Provider').replace(/\{\{customer\}\}/g, 'Customer');
  /** The generic contract plus one clause, under a heading that supplies no concept of its own. */
  const withClause = (text: string): string => `${base}\n## 12. Additional Terms\n\n12.1 ${fill(text)}\n`;
  const statusOf = (text: string, req: Requirement): string =>
    analyze(text, { catalog, force: true }).findings.find((f) => f.requirement.id === req.id)?.status ?? 'no finding';

  it('loads every file without problems', () => assert.deepEqual(catalog.problems, []));

  it('has at least 35 requirements with unique ids, each in <id>.md', () => {
    assert.ok(requirements.length >= 35, `${requirements.length} requirements`);
    assert.equal(new Set(requirements.map((r) => r.id)).size, requirements.length);
    for (const r of requirements) assert.equal(path.basename(r.file), `${r.id}.md`);
  });

  it('declares the twelve advisory headings in pack.yaml, and its requirements cover exactly those', () => {
    assert.equal(catalog.headings.length, 12);
    assert.equal(new Set(catalog.headings.map((h) => h.id)).size, 12);
    assert.deepEqual(new Set(requirements.map((r) => r.heading)), new Set(catalog.headings.map((h) => h.id)));
    assert.equal(catalog.headings.find((h) => h.id === 'mfa')?.title, 'Enforce multifactor authentication (MFA)');
  });

  it('reports a requirement whose heading its pack does not declare', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clauselint-headings-'));
    try {
      fs.writeFileSync(path.join(dir, 'pack.yaml'), 'id: h\ntitle: H\nversion: "1"\nsource: { title: S, url: https://example.com }\nlicense: CC0\nheadings:\n  - { id: mfa, title: MFA }\n');
      const bundledMfa = fs.readFileSync(path.join(defaultPackDir(), 'mfa.provider-access.md'), 'utf8');
      fs.writeFileSync(path.join(dir, 'x.md'), bundledMfa.replace(/^id: .*$/m, 'id: h.x').replace(/^heading: .*$/m, 'heading: mfa-typo'));
      const loaded = loadCatalog([dir]);
      assert.equal(loaded.problems.length, 1, JSON.stringify(loaded.problems));
      assert.match(loaded.problems[0]!.message, /heading "mfa-typo" is not one of the headings in pack.yaml \(mfa\)/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the severity policy of the research catalog (15 error, 20 warning, 5 info) plus security reporting (info)', () => {
    const count = (s: string): number => requirements.filter((r) => r.severity === s).length;
    assert.deepEqual([count('error'), count('warning'), count('info')], [15, 20, 6]);
  });

  it('explains every unverified citation in a note', () => {
    for (const r of requirements.filter((x) => !x.citation.verified)) {
      assert.match(r.citation.note ?? '', /from memory/, `${r.id} needs a note saying the wording is from memory`);
    }
  });

  it('writes every template and fallback with party placeholders', () => {
    for (const r of requirements) {
      for (const text of [r.template, ...r.fallbacks.map((f) => f.text)]) {
        assert.match(text, /\{\{(provider|customer)\}\}/, `${r.id}: ${text.slice(0, 60)}`);
      }
    }
  });

  it('is listed in the pack README and the unverified citations in docs/clauses.md', () => {
    const readme = fs.readFileSync(path.join(defaultPackDir(), 'README.md'), 'utf8');
    for (const r of requirements) {
      const row = readme.split('\n').find((line) => line.startsWith(`| [${r.id}]`));
      assert.ok(row, `${r.id} is missing from the README table`);
      assert.ok(row.includes(`| ${r.severity} | ${r.heading} | ${r.citation.verified ? 'yes' : '**no**'} |`), row);
    }
    const docs = fs.readFileSync(path.resolve(__dirname, '../../docs/clauses.md'), 'utf8');
    const section = docs.slice(docs.indexOf('## Citations that are not verified'), docs.indexOf('## Known limits'));
    const listed = [...section.matchAll(/^\| `([a-z0-9.-]+)` \|/gm)].map((m) => m[1]).sort();
    assert.deepEqual(listed, requirements.filter((r) => !r.citation.verified).map((r) => r.id).sort());
  });

  it('gives every error-severity requirement a fallback position', () => {
    for (const r of requirements.filter((x) => x.severity === 'error')) assert.ok(r.fallbacks.length > 0, r.id);
  });

  it('finds nothing in a generic contract full of look-alike words', () => {
    const found = analyze(base, { catalog, force: true }).findings.filter((f) => f.status !== 'missing');
    assert.deepEqual(
      found.map((f) => `${f.requirement.id}: ${f.status} (${f.evidence[0]?.text})`),
      [],
    );
  });

  describe('each template satisfies its own requirement', () => {
    for (const r of loadCatalog([defaultPackDir()]).requirements) {
      it(r.id, () => {
        assert.equal(statusOf(withClause(r.template), r), 'present');
        for (const fallback of r.fallbacks) assert.equal(statusOf(withClause(fallback.text), r), 'present', `${fallback.position} fallback`);
      });
    }
  });
});
