/**
 * Readings of a sentence that no requirement changes (its sentence kind, the lexicon's verbs in a
 * clause, a law statement, the customer's act in a clause) are worked out once per text and shared
 * by every requirement that classifies it (recent-answers.ts, TextReadings). A shared answer must
 * never leak across what it depends on, and must be the answer a first reading gives.
 */
import { strict as assert } from 'node:assert';
import { verbsIn } from '../../server/src/engine/clause-verbs';
import { TextReadings } from '../../server/src/engine/recent-answers';
import type { Requirement } from '../../server/src/engine/types';
import { req } from './matching-helpers';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
/** Agreements written in different drafting styles (the MSP drafts), read with a generated one. */
const DRAFTS = ['01-uk-msa.md', '04-plain-we-you.md', '60-'].map((prefix) => {
  const dir = path.join(root, 'test', 'fixtures', 'msp-drafts');
  return path.join(dir, fs.readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.md'))!);
});

describe('readings shared across requirements', () => {
  it('reads each text, range and pair of owners once, and keeps them apart', () => {
    const reads: string[] = [];
    const lexiconA = {};
    const lexiconB = {};
    const parties = {};
    const readings = new TextReadings<object, object, boolean>((text, from, to, first) => {
      reads.push(`${first === lexiconA ? 'A' : 'B'}:${text}:${from}-${to}`);
      return text.slice(from, to).includes('shall');
    });
    const sentence = 'The Provider shall keep logs; the Customer may read them.';
    assert.equal(readings.get(lexiconA, parties, sentence, 0, 28), true);
    assert.equal(readings.get(lexiconA, parties, sentence, 29, sentence.length), false);
    assert.equal(readings.get(lexiconA, parties, sentence, 0, 28), true);
    assert.equal(readings.get(lexiconA, parties, sentence, 29, sentence.length), false, 'a false answer is kept too');
    assert.equal(readings.get(lexiconB, parties, sentence, 0, 28), true);
    assert.equal(readings.get(lexiconA, {}, sentence, 0, 28), true);
    assert.deepEqual(reads, [`A:${sentence}:0-28`, `A:${sentence}:29-${sentence.length}`, `B:${sentence}:0-28`, `A:${sentence}:0-28`]);
  });

  it('hands every caller the same frozen answer, and reads again once more texts come than it keeps', () => {
    let reads = 0;
    const owner = {};
    const readings = new TextReadings<object, object, { words: string[] }>((text) => {
      reads++;
      return { words: text.split(' ') };
    }, 2);
    const first = readings.get(owner, owner, 'keep the logs');
    assert.ok(Object.isFrozen(first));
    assert.equal(readings.get(owner, owner, 'keep the logs'), first);
    readings.get(owner, owner, 'patch the servers');
    readings.get(owner, owner, 'back up the data');
    assert.equal(reads, 3);
    assert.notEqual(readings.get(owner, owner, 'keep the logs'), first);
    assert.deepEqual(readings.get(owner, owner, 'keep the logs'), first);
    assert.equal(reads, 4);
  });

  it("shares a clause's lexicon verbs, but a cue inside one requirement's own words is no cue for it alone", () => {
    // "recommended" is a permissive cue; for a requirement about "recommended settings" it is the concept.
    const backup = req({ id: 't.shared-backup', detect: [['backup']] });
    const settings = req({ id: 't.shared-settings', detect: [['recommended settings']] });
    const cues = (text: string, r: Requirement): string[] => verbsIn(text, 0, text.length, r).map((v) => `${v.kind}:${v.term}`);
    for (const [text, order] of [
      ['Backups of the recommended settings are kept daily.', [backup, settings]],
      ['Backups of the recommended settings are kept weekly.', [settings, backup]],
    ] as const) {
      const read = new Map(order.map((r) => [r, cues(text, r)]));
      assert.ok(read.get(backup)!.includes('permissive:recommended'), `${text}: ${read.get(backup)}`);
      assert.ok(!read.get(settings)!.some((c) => c.startsWith('permissive')), `${text}: ${read.get(settings)}`);
    }
  });

  it('gives the same findings when a fresh process matches the requirements in the opposite order', function () {
    this.timeout(300_000);
    // A shared reading that depended on the requirement after all would give the requirement read
    // second the first one's answer: a fresh process (empty caches) reads them the other way round.
    const findings = (reverse: boolean): string => `
      const { analyzeParsed } = require('./server/src/engine/analyze');
      const { defaultPackDir, loadCatalog } = require('./server/src/engine/catalog/load');
      const { parseWholeDocument } = require('./server/src/engine/parse');
      const { generateContract } = require('./bench/generate');
      const catalog = loadCatalog([defaultPackDir()]);
      const requirements = ${reverse ? '[...catalog.requirements].reverse()' : 'catalog.requirements'};
      const drafts = [generateContract({ size: 40000, seed: 21 }), ...${JSON.stringify(DRAFTS)}.map((f) => require('node:fs').readFileSync(f, 'utf8'))];
      const out = [];
      for (const text of drafts) {
        const result = analyzeParsed(parseWholeDocument(text), { catalog: { ...catalog, requirements }, force: true });
        const byId = Object.fromEntries(result.findings.map((f) => [f.requirement.id, { status: f.status, evidence: f.evidence }]));
        out.push(...Object.keys(byId).sort().map((id) => [id, byId[id]]));
      }
      process.stdout.write(JSON.stringify(out));`;
    const run = (reverse: boolean): [string, unknown][] => {
      const out = spawnSync(process.execPath, ['--import', 'tsx', '-e', findings(reverse)], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      assert.equal(out.status, 0, out.stderr);
      return JSON.parse(out.stdout) as [string, unknown][];
    };
    const forward = run(false);
    const backward = run(true);
    assert.ok(forward.length > 40 * (DRAFTS.length + 1), 'every requirement has a finding in every draft');
    assert.ok(forward.filter(([, f]) => (f as { status: string }).status !== 'missing').length >= 10, 'the draft evidences many requirements');
    for (let i = 0; i < forward.length; i++) assert.deepStrictEqual(backward[i], forward[i], forward[i]![0]);
  });
});
