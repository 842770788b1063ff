/**
 * Weaken cues cancelled by `unless` terms in the same sentence. A disaster recovery plan implies
 * backups but names no backup duty, and a notice that a person has left removes no access: weak
 * evidence for the backup service and for deprovisioning. Sentences written for the test.
 */
import { strict as assert } from 'node:assert';
import { loadCatalog } from '../../server/src/engine/catalog/load';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bundledStatus } from './matching-helpers';

const status = (body: string, id = 'backup.contracted-service'): string => bundledStatus(body, id);

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

describe('notice of a leaver as deprovisioning evidence', () => {
  const id = 'accounts.deprovisioning';
  it('telling the other party that a person with access has left is weak: it removes nothing', () => {
    assert.equal(status('The Provider shall notify the Customer within one day when any of its staff with access to the Customer systems leaves its employ.', id), 'weak');
    assert.equal(status('The Provider shall inform the Customer when a technician with access to the Customer systems leaves its employ.', id), 'weak');
  });
  it('a notice that goes with removing the access stays a binding removal duty', () => {
    assert.equal(status('When any of its staff with access to the Customer systems leaves its employ, the Provider shall disable their accounts the same day and notify the Customer.', id), 'present');
    assert.equal(status('The Provider shall revoke the credentials of each leaver within 24 hours and inform the Customer of the revocation.', id), 'present');
  });
});
