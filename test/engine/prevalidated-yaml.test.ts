/**
 * The build bakes the bundled pack's validated YAML into the bundles (catalog/validate.ts): a
 * catalog read from that table must equal one parsed afresh, and a file that is not in the
 * table (edited, or another pack) is parsed and checked as before, problems and positions included.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { defaultPackDir, loadCatalog } from '../../server/src/engine/catalog/load';
import { recordValidated, usePrevalidated } from '../../server/src/engine/catalog/validate';

const BROKEN = path.resolve(__dirname, '../fixtures/packs/broken');

describe('prevalidated clause YAML', () => {
  afterEach(() => {
    recordValidated(undefined);
    usePrevalidated(new Map());
  });

  /** Records the values that validate while both packs load, then serves them from the table. */
  function withTable(): { fresh: ReturnType<typeof loadCatalog>; cached: ReturnType<typeof loadCatalog>; table: Map<string, string> } {
    const table = new Map<string, string>();
    recordValidated(table);
    const fresh = loadCatalog([defaultPackDir(), BROKEN]);
    recordValidated(undefined);
    usePrevalidated(table);
    return { fresh, cached: loadCatalog([defaultPackDir(), BROKEN]), table };
  }

  it('gives the same catalog, problems and their positions as parsing (duplicate ids included)', () => {
    const { fresh, cached, table } = withTable();
    assert.ok(table.size > 30, `${table.size} values recorded`);
    assert.deepEqual(cached.requirements, fresh.requirements);
    assert.deepEqual(cached.packs, fresh.packs);
    assert.deepEqual(cached.problems, fresh.problems);
    assert.ok(cached.problems.some((p) => p.message.includes('duplicate id') && p.line === 2));
  });

  it('parses a file whose text is not in the table, so its problems are still found', () => {
    usePrevalidated(new Map([['not a key of any file', '{"id":"x"}']]));
    const catalog = loadCatalog([defaultPackDir(), BROKEN]);
    assert.ok(catalog.problems.some((p) => path.basename(p.file) === 'bad-severity.md' && p.line === 5));
  });

  it('hands out a fresh copy on every read', () => {
    withTable();
    const a = loadCatalog([defaultPackDir()]).requirements[0]!;
    const b = loadCatalog([defaultPackDir()]).requirements[0]!;
    assert.notEqual(a.detect, b.detect);
    assert.deepEqual(a.detect, b.detect);
  });
});
