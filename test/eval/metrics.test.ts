import { strict as assert } from 'node:assert';
import { f1, parseCsv, parseLabels, predictArea, score, statusToLabel, total, type ReportFile } from '../../scripts/eval-lib';

const file = (requirements: [string, string, string][]): ReportFile => ({
  path: 'x.md',
  isContract: true,
  requirements: requirements.map(([id, heading, status]) => ({ id, heading, status, evidence: [], message: '' })),
});

describe('eval harness: labels and scoring', () => {
  it('parses quoted CSV with commas, doubled quotes and newlines', () => {
    assert.deepEqual(parseCsv('a,b\n"x, y","say ""hi""\nthere"\n'), [
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
  });

  it('reads label rows with line ranges', () => {
    const rows = parseLabels('file,area,label,lines,note\nf.md,mfa,strong,68-72;80,"note, with comma"\n');
    assert.deepEqual(rows[0], { file: 'f.md', area: 'mfa', label: 'strong', lines: [{ from: 68, to: 72 }, { from: 80, to: 80 }], note: 'note, with comma' });
    assert.throws(() => parseLabels('file,area,label,lines,note\nf.md,mfa,maybe,,\n'), /unknown label/);
  });

  it('maps statuses to labels', () => {
    assert.deepEqual(['present', 'weak', 'below-threshold', 'wrong-party', 'negated', 'missing'].map(statusToLabel), ['strong', 'weak', 'weak', 'negated', 'negated', 'absent']);
  });

  it('predicts an area from its best requirement, retention and incidents by their own rules', () => {
    const f = file([
      ['logging.retention', 'monitoring-logging', 'below-threshold'],
      ['logging.security-event-management', 'monitoring-logging', 'present'],
      ['incident.notification', 'monitoring-logging', 'negated'],
      ['ir.plan-contracted', 'incident-response', 'missing'],
    ]);
    assert.equal(predictArea(f, 'logging').label, 'strong');
    assert.equal(predictArea(f, 'log-retention-6m').label, 'weak');
    assert.equal(predictArea(f, 'incident-response').label, 'negated');
    assert.equal(predictArea(f, 'encryption').mapped, 0);
  });

  it('scores presence and class agreement', () => {
    const row = (label: 'strong' | 'weak' | 'negated' | 'absent') => ({ file: 'x', area: 'mfa', label, lines: [], note: '' });
    const pred = (label: 'strong' | 'weak' | 'negated' | 'absent') => ({ label, mapped: 1 });
    const [s] = score(
      [
        { row: row('strong'), predicted: pred('strong') },
        { row: row('weak'), predicted: pred('strong') },
        { row: row('absent'), predicted: pred('weak') },
        { row: row('negated'), predicted: pred('absent') },
        { row: row('absent'), predicted: pred('absent') },
      ],
      ['mfa'],
    );
    assert.deepEqual([s!.tp, s!.fp, s!.fn, s!.tn, s!.classAgree, s!.classTotal, s!.exact], [2, 1, 1, 1, 1, 2, 2]);
    assert.equal(f1(s!)!.toFixed(3), '0.667');
    assert.equal(total([s!, s!]).tp, 4);
  });
});
