/**
 * npx tsx scripts/frameworks-fixture.ts [FRAMEWORKS_DIR]
 *
 * Writes test/fixtures/frameworks/controls.json: the official statements of every control the
 * bundled pack's requirements map to (`controls:` in clauses/aa22-131a/*.md), plus the controls
 * of families that no requirement maps to (the "unrelated" set), copied from the catalogs in
 * ../shared/frameworks (see its SOURCES.md). The test suite reads only the fixture, so it runs
 * without the shared folder; test/engine/framework-crosswalk.test.ts checks the fixture still
 * holds every mapped id. Run again after changing a `controls:` list.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultPackDir, loadCatalog } from '../server/src/engine/catalog/load';
import type { ControlFramework } from '../server/src/engine/types';
import type { FixtureControl } from './eval-frameworks';

const repoRoot = path.resolve(__dirname, '..');
const sourceDir = path.resolve(process.argv[2] ?? path.join(repoRoot, '../shared/frameworks'));
const outFile = path.join(repoRoot, 'test/fixtures/frameworks/controls.json');


/** NIST 800-53 families and 800-171 families that no requirement of the pack maps to. */
const UNRELATED_53 = new Set(['AT', 'MA', 'MP', 'PE', 'PL', 'PT']);
const UNRELATED_171 = new Set(['Awareness and Training', 'Maintenance', 'Media Protection', 'Physical Protection', 'Planning']);
/** ISM guidelines and topics no requirement maps to (physical security, media, email, training). */
const UNRELATED_ISM = /^Guidelines for (physical security|media|email|ICT equipment)\b|^Guidelines for personnel security \/ Cyber security awareness/i;

interface Line {
  id: string;
  title: string;
  text: string;
  family: string;
  withdrawn?: boolean;
}

function readJsonl(file: string): Line[] {
  return fs
    .readFileSync(path.join(sourceDir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Line)
    .filter((l) => !l.withdrawn);
}

interface OscalGroup {
  title?: string;
  groups?: OscalGroup[];
  controls?: { id: string; title?: string; parts?: { name: string; prose?: string }[] }[];
}

function readIsm(): Line[] {
  const catalog = JSON.parse(fs.readFileSync(path.join(sourceDir, 'ISM_catalog.json'), 'utf8')) as { catalog: OscalGroup };
  const out: Line[] = [];
  const walk = (g: OscalGroup, trail: string[]): void => {
    for (const c of g.controls ?? []) {
      if (!/^ism-\d{4}$/.test(c.id)) continue;
      const text = (c.parts ?? []).filter((p) => p.name === 'statement').map((p) => p.prose ?? '').join(' ');
      // Guideline and topic ("Guidelines for system management / System patching"): the ISM's families.
      out.push({ id: c.id.toUpperCase(), title: c.title ?? '', text, family: trail.slice(0, 2).join(' / ') });
    }
    for (const s of g.groups ?? []) walk(s, [...trail, s.title ?? '']);
  };
  for (const g of catalog.catalog.groups ?? []) walk(g, [g.title ?? '']);
  return out;
}

function readNcsc(): Line[] {
  const dir = path.join(sourceDir, 'ncsc-cloud-security-principles');
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d\d_.*\.md$/.test(f))
    .map((f) => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const field = (name: string): string => /^(\w+): "?(.*?)"?$/m.exec(text.split('\n').find((l) => l.startsWith(`${name}:`)) ?? '')?.[2] ?? '';
      return { id: String(Number(field('principle'))), title: field('title'), text: field('summary'), family: field('title') };
    });
}

function main(): void {
  const catalog = loadCatalog([defaultPackDir()]);
  if (catalog.problems.length) throw new Error(`the bundled pack has problems: ${JSON.stringify(catalog.problems)}`);
  const sources: Record<ControlFramework, Line[]> = {
    'nist-800-53r5': readJsonl('nist-800-53r5-statements.jsonl'),
    'nist-800-171r2': readJsonl('nist-800-171r2-statements.jsonl'),
    'nist-800-171r3': readJsonl('nist-800-171r3-statements.jsonl'),
    ism: readIsm(),
    'ncsc-cloud': readNcsc(),
  };
  const mapped = new Map<string, FixtureControl>();
  for (const req of catalog.requirements) {
    for (const [framework, ids] of Object.entries(req.controls) as [ControlFramework, (string | number)[]][]) {
      for (const id of ids.map(String)) {
        const line = sources[framework].find((l) => l.id === id);
        if (!line) throw new Error(`${req.id}: ${framework} ${id} is not in the catalogs of ${sourceDir}`);
        mapped.set(`${framework}:${id}`, toFixture(framework, line));
      }
    }
  }
  const unrelated: FixtureControl[] = [
    ...sources['nist-800-53r5'].filter((l) => UNRELATED_53.has(l.id.slice(0, 2)) && !l.id.includes('(')).map((l) => toFixture('nist-800-53r5', l)),
    ...sources['nist-800-171r2'].filter((l) => UNRELATED_171.has(l.family)).map((l) => toFixture('nist-800-171r2', l)),
    ...sources.ism.filter((l) => UNRELATED_ISM.test(l.family)).map((l) => toFixture('ism', l)),
  ].filter((c) => !mapped.has(`${c.framework}:${c.id}`));

  const fixture = {
    about:
      'Official statements of the controls that clauselint requirements map to (mapped) and of control families no requirement maps to (unrelated). ' +
      'Generated by scripts/frameworks-fixture.ts from ../shared/frameworks; do not edit by hand.',
    attribution: {
      'nist-800-53r5': 'NIST SP 800-53 Rev. 5 (5.0.1), usnistgov/oscal-content; public domain (CC0 1.0).',
      'nist-800-171r2': 'NIST SP 800-171 Rev. 2 requirement statements; public domain.',
      'nist-800-171r3': 'NIST SP 800-171 Rev. 3, usnistgov/oscal-content; public domain (CC0 1.0).',
      ism: 'Australian Government Information Security Manual (ISM) release 2025.12.9, © Commonwealth of Australia (Australian Signals Directorate), licensed under CC BY 4.0.',
      'ncsc-cloud':
        'UK NCSC Cloud Security Principles v2.1: contains public sector information licensed under the Open Government Licence v3.0.',
    },
    mapped: [...mapped.values()].sort((a, b) => a.framework.localeCompare(b.framework) || a.id.localeCompare(b.id)),
    unrelated,
  };
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, `${JSON.stringify(fixture, null, 1)}\n`);
  console.log(`wrote ${path.relative(repoRoot, outFile)}: ${fixture.mapped.length} mapped, ${unrelated.length} unrelated controls`);
}

function toFixture(framework: ControlFramework, l: Line): FixtureControl {
  return { framework, id: l.id, title: l.title, family: framework === 'nist-800-53r5' ? l.id.replace(/-.*/, '') : l.family, text: l.text };
}

main();
