// A one-requirement workspace pack with a lexicon of the test's own, for tests that show the
// lexicon's words drive detection: "back up every Customer server nightly".
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze, type AnalysisResult } from '../../server/src/engine/analyze';
import { loadCatalog } from '../../server/src/engine/catalog/load';
import { defaultPackDir } from '../../server/src/engine/catalog/paths';
import type { Catalog } from '../../server/src/engine/types';

const HOUSE_PREAMBLE = '# Services Agreement\n\nThis Agreement is between Northwind Managed IT Ltd. (the "Provider") and Harbor Bank plc (the "Customer").\n\n';
const MANIFEST = 'id: house\ntitle: House rules\nversion: 1.0.0\nsource: { title: In-house, url: https://example.invalid }\nlicense: CC0-1.0\nlexicon: lexicon.yaml\n';
const REQUIREMENT = `---
id: house.backup
title: Nightly backups
party: provider
severity: error
heading: backup
rationale: Backups are needed.
citation: { document: AA22-131A, heading: Backup, url: https://example.invalid, verified: false }
detect:
  - [back up, backup]
---
The {{provider}} shall back up every Customer server nightly.
`;

/** The status of the house requirement in `body` (after `preamble`), read with a pack whose lexicon is `lexicon`. */
export function houseStatus(lexicon: string, body: string, preamble = HOUSE_PREAMBLE): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clauselint-house-'));
  fs.writeFileSync(path.join(dir, 'pack.yaml'), MANIFEST);
  fs.writeFileSync(path.join(dir, 'house.backup.md'), REQUIREMENT);
  fs.writeFileSync(path.join(dir, 'lexicon.yaml'), lexicon);
  const catalog = loadCatalog([dir]);
  assert.deepEqual(catalog.problems, []);
  return analyze(preamble + body + '\n', { catalog, force: true }).findings.find((f) => f.requirement.id === 'house.backup')!.status;
}

const packCopies = new Map<string, Catalog>();

/** A copy of the bundled pack whose own lexicon is `lexicon` (added to the bundled one, as any workspace pack's is). */
export function packCopy(lexicon: string): Catalog {
  let catalog = packCopies.get(lexicon);
  if (!catalog) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clauselint-copy-'));
    for (const file of fs.readdirSync(defaultPackDir())) if (file.endsWith('.md') || file === 'pack.yaml') fs.copyFileSync(path.join(defaultPackDir(), file), path.join(dir, file));
    fs.writeFileSync(path.join(dir, 'lexicon.yaml'), lexicon);
    catalog = loadCatalog([dir]);
    assert.deepEqual(catalog.problems, []);
    packCopies.set(lexicon, catalog);
  }
  return catalog;
}

/** The analysis of `body` (after `preamble`) for the bundled requirement `id` alone, read with `packCopy(lexicon)`. */
export function packCopyAnalysis(lexicon: string, body: string, id: string, options: { preamble?: string; perspective?: 'customer' | 'provider' } = {}): AnalysisResult {
  const catalog = packCopy(lexicon);
  const requirement = catalog.requirements.find((r) => r.id === id)!;
  return analyze((options.preamble ?? HOUSE_PREAMBLE) + body + '\n', { catalog: { ...catalog, requirements: [requirement] }, force: true, perspective: options.perspective });
}

/** The status of the bundled requirement `id` in `body` (after `preamble`), read with `packCopy(lexicon)`. */
export function packCopyStatus(lexicon: string, body: string, id: string, preamble = HOUSE_PREAMBLE): string {
  return packCopyAnalysis(lexicon, body, id, { preamble }).findings[0]!.status;
}

/** A sentence read once with the bundled words and once with a pack that adds `pack`'s. */
export interface PackCase {
  name: string;
  pack: string;
  body: string;
  bundled: string;
  withPack: string;
}

/** One test per case, its status read by `status` (the house requirement's unless given). */
export function itReadsWithPack(cases: readonly PackCase[], status: (lexicon: string, body: string) => string = houseStatus): void {
  for (const c of cases) {
    it(`added by a pack, ${c.name}`, () => {
      assert.equal(status('hedges: []\n', c.body), c.bundled);
      assert.equal(status(c.pack, c.body), c.withPack);
    });
  }
}
