/** What a CLI worker sends back (parallel.ts) must give the main thread the same CheckResult it would have computed itself. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { checkInWorkers, fromWire, toWire } from '../../server/src/cli/parallel';
import type { Workspace } from '../../server/src/cli/workspace';
import { AnalysisService } from '../../server/src/host/service';
import { normalizeSettings } from '../../server/src/host/settings';
import { SAMPLE } from './cli-process';

describe('CLI worker results (parallel.ts)', () => {
  it('survive the thread boundary: same findings, same requirement objects, same positions', () => {
    const service = new AnalysisService([]);
    const settings = normalizeSettings(undefined).settings;
    const catalog = service.catalogFor(settings);
    const ws: Workspace = { root: '/', settings, catalog, service };
    const result = service.check(SAMPLE, fs.readFileSync(SAMPLE, 'utf8'), settings, { force: true });
    const back = fromWire(structuredClone(toWire(result)), ws);
    assert.equal(back.problems.length, result.problems.length);
    assert.ok(back.problems.length > 5);
    back.problems.forEach((p, i) => {
      assert.equal(p.requirement, result.problems[i]!.requirement, 'the catalog object, not a copy');
      assert.deepEqual({ ...p, requirement: undefined }, { ...result.problems[i]!, requirement: undefined });
      assert.deepEqual(back.lines.position(p.range.start), result.lines.position(p.range.start));
    });
    assert.ok(back.analysis && back.analysis.lines === back.lines);
    assert.equal(back.analysis.findings.find((f) => f.status === 'missing')?.requirement, result.analysis!.findings.find((f) => f.status === 'missing')?.requirement);
  });

  it('send little more than the text: requirements by id, the document without its units', () => {
    const service = new AnalysisService([]);
    const settings = normalizeSettings(undefined).settings;
    const text = fs.readFileSync(SAMPLE, 'utf8');
    const result = service.check(SAMPLE, text, settings, { force: true });
    const wire = toWire(result);
    const bytes = serialize(wire).length;
    // The text (as UTF-16) and its line starts, plus findings and sections: not every requirement's templates.
    assert.ok(bytes < 2 * text.length * 2 + 60_000, `${bytes} bytes for ${text.length} characters`);
    assert.ok(serialize(result.problems[0]!.requirement).length > 1000, 'a requirement is large');
    const ws: Workspace = { root: '/', settings, catalog: service.catalogFor(settings), service };
    const back = fromWire(deserialize(serialize(wire)) as typeof wire, ws);
    assert.equal(back.analysis!.doc.text, text);
    assert.deepEqual(back.analysis!.doc.sections, result.analysis!.doc.sections);
    assert.equal(result.analysis!.doc.units.length > 0 && result.problems[0]!.requirement.template.length > 0, true, 'the worker side is untouched');
  });

  it('an empty task list finishes at once, without starting a worker', async () => {
    await checkInWorkers([], 4, { options: {} as never, cwd: '/' }, () => undefined as never, () => assert.fail('no result expected'), () => assert.fail('nothing to say'));
  });
});
