/**
 * Long runs read on another thread (remark-offload.ts): while an offload's job is pending the
 * analysis yields AWAITING_OTHER_THREAD and resumes with the tree it gets; the result is the one a
 * reading on this thread gives. A worker that overflows its stack behaves like a local overflow;
 * one that fails otherwise leaves the run to this thread.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import { readBlockStructure } from '../../server/src/engine/block-reader';
import { defaultPackDir, loadCatalog } from '../../server/src/engine/catalog/load';
import { IncrementalAnalyzer } from '../../server/src/engine/incremental';
import { AWAITING_OTHER_THREAD, type RemarkOffload, type RemarkOutcome } from '../../server/src/engine/remark-offload';
import { read } from '../protocol/editor-setup';

const catalog = loadCatalog([defaultPackDir()]);
const SAMPLE = read('examples/msp-master-services-agreement.md');
/** The sample with one long list in it (no blank line, items in inline code: remark must read it in one call). */
const WITH_LIST = SAMPLE.replace('## 8. Incident Response', `${'- The Provider shall keep an asset list.\n  - `item`\n'.repeat(200)}\n## 8. Incident Response`);

/** An offload whose jobs finish after `polls` looks, with `outcome` (default: the real tree). */
function fakeOffload(polls: number, outcome?: (markdown: string) => RemarkOutcome): RemarkOffload & { started: number } {
  return {
    minLength: 4 * 1024,
    started: 0,
    start(markdown) {
      this.started++;
      let left = polls;
      return {
        get outcome() {
          return left-- > 0 ? undefined : outcome ? outcome(markdown) : { tree: readBlockStructure(markdown) };
        },
      };
    },
  };
}

function run(text: string, offload: RemarkOffload): { result: ReturnType<typeof analyze>; awaited: number } {
  const steps = new IncrementalAnalyzer().steps(text, { catalog }, offload);
  let awaited = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { result: step.value, awaited };
    if (step.value === AWAITING_OTHER_THREAD) awaited++;
  }
}

const findings = (r: ReturnType<typeof analyze>): unknown => r.findings.map((f) => [f.requirement.id, f.status, f.range.start, f.range.end, f.message]);

describe('long runs read on another thread (remark-offload.ts)', function () {
  this.timeout(60_000);

  it('yields while the job is pending and gives the findings a reading on this thread gives', () => {
    const offload = fakeOffload(3);
    const { result, awaited } = run(WITH_LIST, offload);
    assert.ok(offload.started >= 1, 'the long list went to the offload');
    assert.ok(awaited >= 3, `yielded ${awaited} times while waiting`);
    assert.deepStrictEqual(findings(result), findings(analyze(WITH_LIST, { catalog })));
  });

  it('short runs stay on this thread', () => {
    const offload = fakeOffload(0);
    run(SAMPLE, offload);
    assert.equal(offload.started, 0);
  });

  it('a worker that failed leaves the run to this thread; a stack overflow there is read as one here', () => {
    const failed = run(WITH_LIST, fakeOffload(1, () => ({ error: 'worker died', rangeError: false })));
    assert.deepStrictEqual(findings(failed.result), findings(analyze(WITH_LIST, { catalog })));
    // An overflow makes the analyzer read the whole document with its fallback (as without workers).
    const overflow = run(WITH_LIST, fakeOffload(1, () => ({ error: 'Maximum call stack size exceeded', rangeError: true })));
    assert.ok(overflow.result.findings.length > 0);
  });
});
