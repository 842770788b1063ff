/**
 * A contingency or disaster recovery plan implies backups but names no backup duty: weak evidence
 * for the backup service, unless the same clause backs up (weaken cues with `unless`). Sentences
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import { loadCatalog } from '../../server/src/engine/catalog/load';
import type { Catalog } from '../../server/src/engine/types';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { aa22, bundledRequirement } from './matching-helpers';

const PREAMBLE = '# Managed Services Agreement\n\nThis Agreement is between Northwind Managed IT Ltd. (the "Provider") and Harbor Bank plc (the "Customer").\n\n';

function status(body: string, id = 'backup.contracted-service'): string {
  const catalog: Catalog = { ...aa22(), requirements: [bundledRequirement(id)] };
  return analyze(PREAMBLE + body + '\n', { catalog, force: true }).findings[0]!.status;
}

describe('recovery plans as backup evidence', () => {
  it('a disaster recovery or continuity of operations plan alone is weak evidence for the backup service', () => {
    // A contingency plan (CP-2) is the incident-response plan's own vocabulary and stays out.
    assert.equal(status('The Provider shall maintain a contingency plan for each hosted system.'), 'missing');
    assert.equal(status('The Provider shall maintain a continuity of operations plan for each hosted system and test it every year.'), 'weak');
    assert.equal(status('The Provider shall deliver a disaster recovery plan for the Services within thirty days.'), 'weak');
  });

  it('the plan does not weaken a clause that itself backs up', () => {
    assert.equal(status('The Provider shall back up all Customer Data every day in accordance with its disaster recovery plan.'), 'present');
    assert.equal(status('The Provider shall take daily backups of the hosted systems as part of its disaster recovery plan.'), 'present');
  });

  it('a weaken cue with an unless list is schema-checked like any term', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clauselint-weaken-unless-'));
    try {
      fs.writeFileSync(path.join(dir, 'pack.yaml'), 'id: w\ntitle: W\nversion: "1"\nsource: { title: S, url: https://example.com }\nlicense: CC0\nheadings:\n  - { id: backup, title: Backup }\n');
      const body = '---\nid: w.x\ntitle: X\nparty: provider\nseverity: info\nheading: backup\nrationale: r\ncitation: { document: D, heading: H, url: https://example.com, verified: true }\ndetect:\n  - [backup]\nweaken:\n  - phrase: plan\n    status: weak\n    reason: r\n    unless: ["*"]\n---\nThe {{provider}} shall back up.\n';
      fs.writeFileSync(path.join(dir, 'w.x.md'), body);
      const loaded = loadCatalog([dir]);
      assert.equal(loaded.problems.length, 1, JSON.stringify(loaded.problems));
      assert.match(loaded.problems[0]!.message, /weaken\[0\]\.unless\[0\]/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
