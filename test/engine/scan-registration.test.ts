/**
 * A check registers its requirements' term sets for the shared sentence scans in one batch
 * (match.ts prepareMatching): each set registered later makes the anchor automaton stale, and it
 * is rebuilt on the next scan. A block too long to match in one pass is matched a requirement
 * at a time; registered one requirement at a time, its sets rebuilt the automaton once per
 * requirement (about forty times on a short CLI run, a third of it).
 */
import { strict as assert } from 'node:assert';
import { IncrementalAnalyzer } from '../../server/src/engine/incremental';
import { anchorAutomatonBuilds } from '../../server/src/engine/text-scan';
import type { Catalog } from '../../server/src/engine/types';
import { aa22, MSA_PREAMBLE } from './matching-helpers';

/** The bundled requirements, each group with a word of its own: sets no earlier test registered. */
function freshCatalog(tag: string): Catalog {
  const base = aa22();
  return { ...base, requirements: base.requirements.map((r, i) => ({ ...r, detect: r.detect.map((g, k) => [...g, `${tag}word${i}x${k}`]) })) };
}

/** A draft whose body is one block longer than a block matched in one pass (32 KB): no headings after the title. */
function longBlockDraft(): string {
  const clauses = [
    'The Provider shall keep the service running during business hours.',
    'The Customer shall pay each invoice within thirty days of its date.',
    'Either party may end this agreement on ninety days written notice.',
  ];
  let body = '';
  for (let i = 0; body.length < 40 * 1024; i++) body += `${clauses[i % clauses.length]} Paragraph ${i}.\n\n`;
  return `${MSA_PREAMBLE}${body}`;
}

describe('term set registration for shared scans', () => {
  it('a long block matched a requirement at a time rebuilds the anchor automaton at most twice', () => {
    const catalog = freshCatalog('regone');
    const before = anchorAutomatonBuilds();
    const result = new IncrementalAnalyzer().analyze(longBlockDraft(), { catalog, force: true });
    assert.ok(result.findings.length > 0, 'the draft is checked');
    const builds = anchorAutomatonBuilds() - before;
    assert.ok(builds <= 2, `the automaton was built ${builds} times`);
  });

  it('a draft of short blocks gives the same findings as one long block of the same clauses', () => {
    const catalog = freshCatalog('regtwo');
    const long = longBlockDraft();
    // The same text with a heading every few paragraphs: blocks short enough to match together.
    let n = 0;
    const short = long.replace(/\n\n(?=The Provider)/g, () => `\n\n## Part ${++n}\n\n`);
    const statuses = (text: string): string[] => new IncrementalAnalyzer().analyze(text, { catalog, force: true }).findings.map((f) => `${f.requirement.id} ${f.status}`).sort();
    assert.deepEqual(statuses(short), statuses(long));
  });
});
