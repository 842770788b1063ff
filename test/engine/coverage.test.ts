import { strict as assert } from 'node:assert';
import { coverageOf } from '../../server/src/engine/coverage';
import { coverageCsv, coverageMarkdown } from '../../server/src/reporters/coverage-export';
import { check, read } from './editor-helpers';

describe('coverage', () => {
  const sample = read('examples/msp-master-services-agreement.md');
  const coverage = coverageOf(check(sample));

  it('groups every checked requirement under its advisory heading, in the advisory order', () => {
    assert.deepEqual(coverage.groups.map((g) => [g.heading, g.items.map((i) => `${i.id}:${i.status}`)]), [
      ['monitoring-logging', ['t.log-retention:below-threshold', 't.monitoring:weak']],
      ['mfa', ['t.mfa:missing']],
      ['backup', ['t.backup:missing']],
      ['incident-response', ['t.incident-notice:present']],
    ]);
    assert.deepEqual(coverage.score, { met: 1, total: 5, percent: 20 });
    assert.equal(coverage.counts.missing, 2);
    const retention = coverage.groups[0]!.items[0]!;
    assert.equal(retention.statusLabel, 'below threshold');
    const best = retention.evidence[0]!;
    assert.equal(best.line, 201);
    assert.equal(sample.slice(best.start, best.end), 'The Provider shall retain Security Logs for ninety (90) days.');
    assert.deepEqual(JSON.parse(JSON.stringify(coverage)), coverage, 'plain JSON');
  });

  it('exports Markdown with escaped document text', () => {
    const md = coverageMarkdown(coverage, 'msp|draft.md');
    assert.match(md, /^# AA22-131A coverage: msp\\\|draft\.md/);
    assert.match(md, /\| Security logs kept at least six months \| `t\.log-retention` \| below threshold \| error \| line 201: The Provider shall retain Security Logs for ninety \\\(90\\\) days\.(<br>| \|)/);
  });

  it('exports CSV that a spreadsheet cannot run as a formula', () => {
    const hostile = structuredClone(coverage);
    const item = hostile.groups[0]!.items[0]!;
    item.evidence = [{ ...item.evidence[0]!, text: '=HYPERLINK("https://x.example") and, "quoted"' }];
    const lines = coverageCsv(hostile).split('\r\n');
    assert.equal(lines[0], 'heading,id,requirement,status,severity,party,lines,evidence,reason,citation,url,controls');
    const row = lines.find((l) => l.includes('t.log-retention'))!;
    assert.ok(row.includes(`,201,"'=HYPERLINK(""https://x.example"") and, ""quoted""",`), row);
  });
});
